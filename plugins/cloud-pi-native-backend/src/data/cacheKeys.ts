/**
 * Cache keys. Values inside keys are validated names and ids (instance,
 * slug, UUIDs), so they cannot collide. The version prefix changes when the
 * stored shapes do.
 */
const V = 'v1';

/** Keys of the cards backend. */
export const cacheKeys = {
  project: (instance: string, slug: string) =>
    `${V}:project:${instance}:${slug}`,
  environments: (instance: string, projectId: string) =>
    `${V}:environments:${instance}:${projectId}`,
  repositories: (instance: string, projectId: string) =>
    `${V}:repositories:${instance}:${projectId}`,
  deployments: (instance: string, projectId: string) =>
    `${V}:deployments:${instance}:${projectId}`,
  platform: (instance: string) => `${V}:platform:${instance}`,
  consoleVersion: (instance: string) => `${V}:console-version:${instance}`,
  view: (kind: string, instance: string, projectId: string) =>
    `${V}:view:${kind}:${instance}:${projectId}`,
  userEmail: (userEntityRef: string) => `${V}:user-email:${userEntityRef}`,
};
