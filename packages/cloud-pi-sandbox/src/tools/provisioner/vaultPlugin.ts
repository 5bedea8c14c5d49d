import {
  vaultProjectMount,
  vaultZoneMount,
} from '@cpin/plugin-cloud-pi-native-common';
import type { ProjectSnapshot } from '../../types';
import type { PolicyRule } from '../vault/vaultPolicy';
import {
  platformKv,
  platformSecretPath,
  rootDir,
  type ProvisioningContext,
} from './provisioningContext';

const ALL: PolicyRule['capabilities'] = [
  'create',
  'read',
  'update',
  'delete',
  'list',
];

/** The AppRole role id and secret id the environments' values files carry. */
export interface ProjectAppRole {
  roleId: string;
  secretId: string;
}

/**
 * `vault` on project.upsert: zone mounts, the project's KV v2 mount, its ACL
 * policies and its AppRole (one long-lived secret id, reused on every upsert
 * so replaying is idempotent).
 */
export function upsertVault(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const { vault } = ctx.stores;
  const slug = snapshot.project.slug;
  for (const zone of snapshot.zones) {
    if (!vault.kvMount(vaultZoneMount(zone.slug))) {
      vault.mount(vaultZoneMount(zone.slug), 'kv', `Zone ${zone.label}`, {
        version: '2',
      });
    }
  }
  const mount = vaultProjectMount(slug);
  if (!vault.kvMount(mount)) {
    vault.mount(
      mount,
      'kv',
      `Secrets of project ${slug}`,
      { version: '2' },
      { force_no_cache: true },
    );
  }
  vault.policies.set(`app--${slug}--admin`, [
    { path: `${mount}/*`, capabilities: ALL },
  ]);
  vault.policies.set(`tech--${slug}--ro`, [
    {
      path: `${ctx.settings.vaultKvName}/data/${platformSecretPath(
        ctx,
        snapshot,
        'REGISTRY/ro-robot',
      )}`,
      capabilities: ['read'],
    },
  ]);
  vault.policies.set(`project--${slug}--devops`, [
    { path: `${mount}/data/*`, capabilities: ALL },
    { path: `${mount}/metadata/*`, capabilities: ['read', 'list'] },
    { path: `${mount}/delete/*`, capabilities: ['update'] },
    { path: `${mount}/undelete/*`, capabilities: ['update'] },
    { path: `${mount}/destroy/*`, capabilities: ['update'] },
  ]);
  for (const role of ['developer', 'readonly']) {
    vault.policies.set(`project--${slug}--${role}`, [
      { path: `${mount}/metadata/*`, capabilities: ['list'] },
    ]);
  }
  const role = vault.upsertAppRole(slug, [
    `tech--${slug}--ro`,
    `app--${slug}--admin`,
  ]);
  if (role.secretIds.size === 0) vault.generateSecretId(role);
  return `Mount ${mount}, AppRole ${slug}`;
}

/** The project's AppRole credentials, if the vault plugin created them. */
export function projectAppRole(
  ctx: ProvisioningContext,
  slug: string,
): ProjectAppRole {
  const role = ctx.stores.vault.appRoles.get(slug);
  return {
    roleId: role?.roleId ?? '',
    secretId: role ? [...role.secretIds.keys()][0] ?? '' : '',
  };
}

/** `vault` on project.delete: the mount, policies, AppRole and every technical secret. */
export function deleteVault(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const { vault } = ctx.stores;
  const slug = snapshot.project.slug;
  vault.unmount(vaultProjectMount(slug));
  for (const name of projectPolicyNames(slug)) vault.policies.delete(name);
  vault.appRoles.delete(slug);
  const removed = platformKv(ctx).deleteTree(`${rootDir(ctx)}/${slug}`);
  return `Removed mount ${slug} and ${removed} technical secret(s)`;
}

function projectPolicyNames(slug: string): string[] {
  return [
    `app--${slug}--admin`,
    `tech--${slug}--ro`,
    `project--${slug}--devops`,
    `project--${slug}--developer`,
    `project--${slug}--readonly`,
  ];
}
