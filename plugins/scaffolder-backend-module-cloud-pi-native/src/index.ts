/**
 * Scaffolder actions creating Cloud π Native projects, environments,
 * repositories and members, GitLab commits and Vault secrets, always as the
 * requesting user.
 *
 * @packageDocumentation
 */

export { scaffolderModuleCloudPiNative as default } from './module';
export * from './actions';
export { CLOUD_PI_PAT_SECRET, CLOUD_PI_TOKEN_SECRET } from './lib/credentials';
export { CloudPiProvisioningError } from './lib/provisioning';
export type { CloudPiProvisioningOptions } from './lib/provisioning';
