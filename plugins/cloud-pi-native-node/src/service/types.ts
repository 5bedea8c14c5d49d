import { ArgoCdClient } from '../argocd/ArgoCdClient';
import { CloudPiConsoleClient } from '../console/CloudPiConsoleClient';
import { CloudPiCredential } from '../console/credentials';
import { GitLabClient } from '../gitlab/GitLabClient';
import { HarborClient } from '../harbor/HarborClient';
import { CloudPiRequestEvent } from '../http/observer';
import { KubernetesClient } from '../kubernetes/KubernetesClient';
import { SonarQubeClient } from '../sonarqube/SonarQubeClient';
import { VaultClient } from '../vault/VaultClient';
import { CloudPiUrls } from './urls';

/**
 * One configured console with its tool clients. Optional tools that are not
 * configured are `undefined`.
 *
 * @public
 */
export interface CloudPiInstance {
  readonly name: string;
  readonly title: string;
  readonly consoleUrl: string;
  /** GitLab `PROJECTS_ROOT_DIR`. */
  readonly projectsRootDir: string;
  /** Bound for fan-outs over projects (see `mapWithConcurrency`). */
  readonly concurrency: number;
  /** The console as the configured admin token (service reads). */
  readonly console: CloudPiConsoleClient;
  /** The console as a user: use it for every mutation made for someone. */
  consoleAs(credential: CloudPiCredential): CloudPiConsoleClient;
  readonly sonarqube?: SonarQubeClient;
  readonly vault?: VaultClient;
  readonly gitlab?: GitLabClient;
  readonly harbor?: HarborClient;
  /** Zones with a configured Argo CD. */
  readonly argocdZones: string[];
  /** The Argo CD of a zone, if configured. */
  argocd(zone: string): ArgoCdClient | undefined;
  /** Cluster labels with a configured API server. */
  readonly kubernetesClusters: string[];
  /** The API server of a cluster, if configured. */
  kubernetes(cluster: string): KubernetesClient | undefined;
  readonly urls: CloudPiUrls;
}

/** A request event with the instance it was made for. @public */
export type CloudPiInstanceRequestEvent = CloudPiRequestEvent & {
  instance: string;
};

/**
 * Every configured Cloud π Native instance, shared by the backend plugins
 * through `cloudPiServiceRef`.
 *
 * @public
 */
export interface CloudPiService {
  listInstances(): CloudPiInstance[];
  /** Throws `NotFoundError` for an unknown name. */
  getInstance(name: string): CloudPiInstance;
  /**
   * Tells `observer` about every upstream request of every instance, e.g.
   * to count calls. Returns a function removing it.
   */
  addRequestObserver(
    observer: (event: CloudPiInstanceRequestEvent) => void,
  ): () => void;
}
