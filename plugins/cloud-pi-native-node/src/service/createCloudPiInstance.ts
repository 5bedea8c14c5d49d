import { LoggerService } from '@backstage/backend-plugin-api';
import { ArgoCdClient } from '../argocd/ArgoCdClient';
import { CloudPiInstanceConfig } from '../config/types';
import { CloudPiConsoleClient } from '../console/CloudPiConsoleClient';
import { GitLabClient } from '../gitlab/GitLabClient';
import { HarborClient } from '../harbor/HarborClient';
import { CloudPiRequestObserver } from '../http/observer';
import { KubernetesClient } from '../kubernetes/KubernetesClient';
import { SonarQubeClient } from '../sonarqube/SonarQubeClient';
import { VaultClient } from '../vault/VaultClient';
import { CloudPiInstance } from './types';
import { createCloudPiUrls } from './urls';

/**
 * Builds the clients of one instance. They are created once: the Argo CD
 * sessions and Vault tokens they cache are then shared by every caller.
 */
export function createCloudPiInstance(
  config: CloudPiInstanceConfig,
  options: { logger: LoggerService; onRequest?: CloudPiRequestObserver },
): CloudPiInstance {
  const logger = options.logger.child({ instance: config.name });
  const { onRequest } = options;
  const { timeouts, retries } = config;
  const timeoutMs = timeouts.requestMs;
  // Every client hides every credential of the instance, not only its own.
  const secrets = instanceSecrets(config);

  const console = CloudPiConsoleClient.create({
    baseUrl: config.consoleUrl,
    credential: { type: 'token', token: config.token },
    timeouts,
    retries,
    logger,
    onRequest,
    secrets,
  });
  const argocd = new Map(
    config.argocd.map(entry => [
      entry.zone,
      ArgoCdClient.create({
        baseUrl: entry.url,
        auth: entry.auth,
        timeouts,
        retries,
        logger,
        onRequest,
        secrets,
      }),
    ]),
  );
  const kubernetes = new Map(
    config.kubernetes.map(entry => [
      entry.cluster,
      KubernetesClient.create({
        ...entry,
        timeoutMs,
        logger,
        onRequest,
        secrets,
      }),
    ]),
  );

  return {
    name: config.name,
    title: config.title,
    consoleUrl: config.consoleUrl,
    projectsRootDir: config.projectsRootDir,
    concurrency: config.concurrency,
    console,
    consoleAs: credential => console.withCredential(credential),
    sonarqube:
      config.sonarqube &&
      SonarQubeClient.create({
        baseUrl: config.sonarqube.url,
        token: config.sonarqube.token,
        timeouts,
        retries,
        logger,
        onRequest,
        secrets,
      }),
    vault:
      config.vault &&
      VaultClient.create({
        ...config.vault,
        timeoutMs,
        logger,
        onRequest,
        secrets,
      }),
    gitlab:
      config.gitlab &&
      GitLabClient.create({
        ...config.gitlab,
        timeoutMs,
        logger,
        onRequest,
        secrets,
      }),
    harbor:
      config.harbor &&
      HarborClient.create({
        baseUrl: config.harbor.url,
        username: config.harbor.username,
        password: config.harbor.password,
        timeouts,
        retries,
        logger,
        onRequest,
        secrets,
      }),
    argocdZones: [...argocd.keys()],
    argocd: zone => argocd.get(zone),
    kubernetesClusters: [...kubernetes.keys()],
    kubernetes: cluster => kubernetes.get(cluster),
    urls: createCloudPiUrls(config),
  };
}

/** Every credential found in the configuration of an instance. */
function instanceSecrets(config: CloudPiInstanceConfig): string[] {
  const { vault } = config;
  return [
    config.token,
    config.gitlab?.token,
    config.sonarqube?.token,
    config.harbor?.password,
    vault?.auth.type === 'token' ? vault.auth.token : vault?.auth.secretId,
    ...config.argocd.map(entry =>
      entry.auth.type === 'token' ? entry.auth.token : entry.auth.password,
    ),
    ...config.kubernetes.flatMap(entry => [entry.token, entry.caData]),
  ].filter((secret): secret is string => Boolean(secret));
}
