import { randomBytes } from 'node:crypto';
import type { ProjectSnapshot } from '../../types';
import {
  platformKv,
  platformSecretPath,
  registryHost,
  type ProvisioningContext,
} from './provisioningContext';
import { readSecret, writeSecret } from './vaultOps';

const ROBOTS = ['ro-robot', 'rw-robot'];

/**
 * `registry` (Harbor) on project.upsert: the robot accounts' credentials in
 * Vault (`REGISTRY/<robot>`), which the namespace's pull secret reads. The
 * sandbox serves no registry API; tokens are created once and kept.
 */
export function upsertRegistry(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const kv = platformKv(ctx);
  const host = registryHost(ctx);
  for (const robot of ROBOTS) {
    const path = platformSecretPath(ctx, snapshot, `REGISTRY/${robot}`);
    const previous = readSecret(kv, path);
    const username = `robot$${snapshot.project.slug}+${robot}`;
    const token =
      previous?.HOST === host && previous.USERNAME === username
        ? previous.TOKEN
        : randomBytes(24).toString('base64url');
    const auth = Buffer.from(`${username}:${token}`).toString('base64');
    writeSecret(kv, path, {
      DOCKER_CONFIG: JSON.stringify({ auths: { [host]: { auth, email: '' } } }),
      HOST: host,
      TOKEN: token,
      USERNAME: username,
    });
  }
  return `Robots of ${host}/${snapshot.project.slug}`;
}

/** `registry` on project.delete: the robots' Vault secrets go with the Harbor project. */
export function deleteRegistry(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const kv = platformKv(ctx);
  const removed = ROBOTS.filter(robot =>
    kv.deleteMetadata(platformSecretPath(ctx, snapshot, `REGISTRY/${robot}`)),
  );
  return `Removed ${removed.length} robot secret(s)`;
}
