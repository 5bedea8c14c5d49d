import { InputError } from '@backstage/errors';
import {
  CloudPiInstance,
  CloudPiService,
} from '@cpin/plugin-cloud-pi-native-node';

/**
 * The console instance an action works on: the one named by the `instance`
 * input, or the only configured one.
 */
export function resolveInstance(
  cloudPi: CloudPiService,
  name: string | undefined,
): CloudPiInstance {
  const instances = cloudPi.listInstances();
  const wanted = name?.trim();
  if (wanted) {
    const instance = instances.find(i => i.name === wanted);
    if (!instance) {
      throw new InputError(
        `Unknown Cloud π Native instance "${wanted}"; configured instances: ${
          instances.map(i => i.name).join(', ') || 'none'
        }`,
      );
    }
    return instance;
  }
  if (instances.length === 1) return instances[0];
  throw new InputError(
    instances.length === 0
      ? 'No Cloud π Native instance is configured (cloudPiNative.instances)'
      : `Several Cloud π Native instances are configured (${instances
          .map(i => i.name)
          .join(', ')}): set the "instance" input`,
  );
}

/** The GitLab client of an instance, or a clear error when GitLab is not configured. */
export function requireGitLab(instance: CloudPiInstance) {
  if (!instance.gitlab) {
    throw new InputError(
      `GitLab is not configured for the Cloud π Native instance "${instance.name}" (cloudPiNative.instances[].gitlab)`,
    );
  }
  return instance.gitlab;
}

/** The Vault client of an instance, or a clear error when Vault is not configured. */
export function requireVault(instance: CloudPiInstance) {
  if (!instance.vault) {
    throw new InputError(
      `Vault is not configured for the Cloud π Native instance "${instance.name}" (cloudPiNative.instances[].vault)`,
    );
  }
  return instance.vault;
}
