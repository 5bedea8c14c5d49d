import type {
  PlatformSettings,
  ProjectSnapshot,
  ProvisionResult,
  Provisioner,
} from '../../types';
import type { ToolStores } from '../toolStores';
import { deleteArgocd, upsertArgocd } from './argocdPlugin';
import { deleteGitlab, upsertGitlab } from './gitlabPlugin';
import {
  deleteObservability,
  upsertObservability,
} from './observabilityPlugin';
import type { ProvisioningContext } from './provisioningContext';
import { deleteRegistry, upsertRegistry } from './registryPlugin';
import { runPlugin } from './runPlugin';
import { deleteSonarqube, upsertSonarqube } from './sonarqubePlugin';
import { syncGitlabRepository } from './syncRepository';
import { deleteVault, upsertVault } from './vaultPlugin';

/**
 * The provisioner the console stand-in calls on `project.upsert`,
 * `project.delete` and `repository.sync`. Plugins run in an order that lets
 * later ones read what earlier ones wrote (Vault's AppRole, GitLab's
 * repositories); each reports its own result and never stops the others.
 */
export function createProvisioner(
  stores: ToolStores,
  settings: PlatformSettings,
): Provisioner {
  const ctx: ProvisioningContext = { settings, stores };
  return {
    async upsertProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]> {
      return [
        await runPlugin('vault', () => upsertVault(ctx, snapshot)),
        await runPlugin('gitlab', () => upsertGitlab(ctx, snapshot)),
        await runPlugin('registry', () => upsertRegistry(ctx, snapshot)),
        await runPlugin('sonarqube', () => upsertSonarqube(ctx, snapshot)),
        await runPlugin('observability', () =>
          upsertObservability(ctx, snapshot),
        ),
        await runPlugin('argocd', () => upsertArgocd(ctx, snapshot)),
      ];
    },
    async deleteProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]> {
      return [
        await runPlugin('argocd', () => deleteArgocd(ctx, snapshot)),
        await runPlugin('observability', () =>
          deleteObservability(ctx, snapshot),
        ),
        await runPlugin('sonarqube', () => deleteSonarqube(ctx, snapshot)),
        await runPlugin('registry', () => deleteRegistry(ctx, snapshot)),
        await runPlugin('gitlab', () => deleteGitlab(ctx, snapshot)),
        await runPlugin('vault', () => deleteVault(ctx, snapshot)),
      ];
    },
    async syncRepository(
      snapshot,
      repositoryName,
      options,
    ): Promise<ProvisionResult[]> {
      return [
        await runPlugin('gitlab', () =>
          syncGitlabRepository(ctx, snapshot, repositoryName, options),
        ),
      ];
    },
  };
}
