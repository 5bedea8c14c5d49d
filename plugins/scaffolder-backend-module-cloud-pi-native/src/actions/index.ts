import { CloudPiActionOptions } from './types';
import { createCatalogWaitAction } from './catalogWait';
import { createDeploymentCreateAction } from './deploymentCreate';
import { createEnvironmentCreateAction } from './environmentCreate';
import { createGitlabPushAction } from './gitlabPush';
import { createMemberAddAction } from './memberAdd';
import { createProjectCreateAction } from './projectCreate';
import { createProjectReprovisionAction } from './projectReprovision';
import { createRepositoryCreateAction } from './repositoryCreate';
import { createRepositorySyncAction } from './repositorySync';
import { createVaultWriteAction } from './vaultWrite';

export { createCatalogWaitAction } from './catalogWait';
export type { CloudPiCatalogWaitOptions } from './catalogWait';
export { createDeploymentCreateAction } from './deploymentCreate';
export { createEnvironmentCreateAction } from './environmentCreate';
export { createGitlabPushAction } from './gitlabPush';
export { createMemberAddAction } from './memberAdd';
export { createProjectCreateAction } from './projectCreate';
export { createProjectReprovisionAction } from './projectReprovision';
export {
  DEFAULT_EXTERNAL_TOKEN_SECRET,
  createRepositoryCreateAction,
} from './repositoryCreate';
export { createRepositorySyncAction } from './repositorySync';
export { createVaultWriteAction } from './vaultWrite';
export type { CloudPiActionOptions } from './types';

/**
 * Every Cloud π Native scaffolder action, for adopters composing their own
 * module; `cpin:catalog:wait` only when `options.catalog` is given.
 *
 * @public
 */
export function createCloudPiNativeActions(options: CloudPiActionOptions) {
  return [
    createProjectCreateAction(options),
    createProjectReprovisionAction(options),
    createEnvironmentCreateAction(options),
    createRepositoryCreateAction(options),
    createRepositorySyncAction(options),
    createDeploymentCreateAction(options),
    createMemberAddAction(options),
    createGitlabPushAction(options),
    createVaultWriteAction(options),
    ...(options.catalog
      ? [createCatalogWaitAction({ catalog: options.catalog })]
      : []),
  ];
}
