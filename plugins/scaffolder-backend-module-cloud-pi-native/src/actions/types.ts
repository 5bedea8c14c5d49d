import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { CloudPiService } from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiProvisioningOptions } from '../lib/provisioning';

/** Dependencies and settings shared by every Cloud π Native action. @public */
export interface CloudPiActionOptions {
  /** The configured Cloud π Native instances (`cloudPiServiceRef`). */
  cloudPi: CloudPiService;
  /** How long to wait for provisioning to settle. */
  provisioning?: CloudPiProvisioningOptions;
  /**
   * Receives `cloud-pi-native.project.changed` after every action that
   * changed a project, so the catalog refreshes it at once.
   */
  events?: EventsService;
  /** The catalog `cpin:catalog:wait` reads. */
  catalog?: Pick<CatalogService, 'getEntityByRef'>;
}
