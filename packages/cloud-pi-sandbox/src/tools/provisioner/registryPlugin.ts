import { randomBytes } from 'node:crypto';
import type { ProjectSnapshot } from '../../types';
import {
  platformKv,
  platformSecretPath,
  registryHost,
  type ProvisioningContext,
} from './provisioningContext';
import { componentImage, imageRepositories } from './deployedComponents';
import { readSecret, writeSecret } from './vaultOps';

const ROBOTS = ['ro-robot', 'rw-robot'];

/**
 * `registry` (Harbor) on project.upsert: the Harbor project `<slug>`, and
 * the robot accounts' credentials in Vault (`REGISTRY/<robot>`), which the
 * namespace's pull secret reads; tokens are created once and kept. The
 * images the project deploys are pushed too, as if its CI had built,
 * signed and scanned them (the sandbox runs no CI).
 */
export function upsertRegistry(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const kv = platformKv(ctx);
  const host = registryHost(ctx);
  const { slug } = snapshot.project;
  ctx.stores.harbor.ensureProject(slug);
  const push = (reference: string) => {
    const [image, tag] = reference.slice(slug.length + 1).split(':');
    ctx.stores.harbor.push(slug, image, tag);
  };
  for (const repository of imageRepositories(snapshot)) {
    push(componentImage(slug, repository));
  }
  // The versions console Deployments pin run too.
  for (const source of snapshot.deployments.flatMap(
    d => d.deploymentSources ?? [],
  )) {
    const repository = snapshot.repositories.find(
      r => r.id === source.repositoryId,
    );
    if (repository && source.targetRevision) {
      push(componentImage(slug, repository, source.targetRevision));
    }
  }
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
  return `Project and robots of ${host}/${slug}`;
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
  ctx.stores.harbor.deleteProject(snapshot.project.slug);
  return `Removed the Harbor project and ${removed.length} robot secret(s)`;
}
