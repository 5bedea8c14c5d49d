import { CloudPiService } from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiProvisioningOptions } from '../lib/provisioning';

/** Dependencies and settings shared by every Cloud π Native action. @public */
export interface CloudPiActionOptions {
  /** The configured Cloud π Native instances (`cloudPiServiceRef`). */
  cloudPi: CloudPiService;
  /** How long to wait for provisioning to settle. */
  provisioning?: CloudPiProvisioningOptions;
}
