import { vaultPlatformPath } from '@cpin/plugin-cloud-pi-native-common';
import type { PlatformSettings, ProjectSnapshot } from '../../types';
import type { ToolStores } from '../toolStores';
import type { KvStore } from '../vault/kvStore';

/** What every provisioning plugin works with. */
export interface ProvisioningContext {
  settings: PlatformSettings;
  stores: ToolStores;
}

/** The platform KV mount (`forge-dso`). */
export function platformKv(ctx: ProvisioningContext): KvStore {
  const kv = ctx.stores.vault.kvMount(ctx.settings.vaultKvName);
  if (!kv)
    throw new Error(`Vault mount ${ctx.settings.vaultKvName} is missing`);
  return kv;
}

/** A path of the project's technical secrets: `<root>/<slug>/<suffix>`. */
export function platformSecretPath(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
  suffix: string,
): string {
  return `${vaultPlatformPath(
    ctx.settings.projectsRootDir,
    snapshot.project.slug,
  )}/${suffix}`;
}

/** `PROJECTS_ROOT_DIR` without surrounding slashes. */
export function rootDir(ctx: ProvisioningContext): string {
  return ctx.settings.projectsRootDir.replace(/^\/+|\/+$/g, '');
}

/** Public GitLab URL without trailing slash. */
export function gitlabBaseUrl(ctx: ProvisioningContext): string {
  return ctx.settings.gitlabUrl.replace(/\/+$/, '');
}

/** Host of the image registry the sandbox advertises (the Harbor stand-in's host). */
export function registryHost(ctx: ProvisioningContext): string {
  return new URL(ctx.settings.publicUrl).host;
}

/** The sandbox's public base URL without trailing slash. */
export function publicBaseUrl(ctx: ProvisioningContext): string {
  return ctx.settings.publicUrl.replace(/\/+$/, '');
}
