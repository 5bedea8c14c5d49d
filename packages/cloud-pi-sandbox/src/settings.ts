import type { PlatformSettings } from './types';

/** Console release the sandbox stands in for. @public */
export const SANDBOX_CONSOLE_VERSION = '9.24.0';
/** Keycloak realm of the sandbox. @public */
export const SANDBOX_REALM = 'cloud-pi';
/** Default GitLab `PROJECTS_ROOT_DIR`. */
export const DEFAULT_PROJECTS_ROOT_DIR = 'forge/projects';
/** Default Vault KV mount of the platform's technical secrets. */
export const DEFAULT_VAULT_KV_NAME = 'forge-dso';

/** Where each stand-in is mounted, relative to the public URL. @public */
export const SANDBOX_PATHS = {
  console: '/console',
  oidc: `/realms/${SANDBOX_REALM}`,
  gitlab: '/gitlab',
  vault: '/vault',
  sonarqube: '/sonarqube',
  argocd: '/argocd',
  kubernetes: '/kubernetes',
  grafana: '/grafana',
  harbor: '/harbor',
  control: '/_sandbox',
} as const;

/** The settings the console stand-in shares with the tool fakes. */
export function buildPlatformSettings(
  publicUrl: string,
  projectsRootDir = DEFAULT_PROJECTS_ROOT_DIR,
): PlatformSettings {
  return {
    publicUrl,
    projectsRootDir,
    gitlabUrl: `${publicUrl}${SANDBOX_PATHS.gitlab}`,
    grafanaUrl: `${publicUrl}${SANDBOX_PATHS.grafana}`,
    vaultKvName: DEFAULT_VAULT_KV_NAME,
    consoleVersion: SANDBOX_CONSOLE_VERSION,
  };
}

/** Base URL of the Argo CD stand-in of a zone. */
export function argocdUrlOf(publicUrl: string, zoneSlug: string): string {
  return `${publicUrl}${SANDBOX_PATHS.argocd}/${encodeURIComponent(zoneSlug)}`;
}

/** Base URL of the Kubernetes API stand-in of a cluster. */
export function kubernetesUrlOf(
  publicUrl: string,
  clusterLabel: string,
): string {
  return `${publicUrl}${SANDBOX_PATHS.kubernetes}/${encodeURIComponent(
    clusterLabel,
  )}`;
}
