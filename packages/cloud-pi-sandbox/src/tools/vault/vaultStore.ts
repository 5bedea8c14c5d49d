import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../shared/clock';
import { KvStore } from './kvStore';
import type { PolicyRule } from './vaultPolicy';

/** A secrets engine mounted under `/v1/<path>`. */
export interface VaultMount {
  /** Mount path with its trailing slash (`forge-dso/`). */
  path: string;
  type: 'kv' | 'system' | 'cubbyhole' | 'identity';
  description: string;
  accessor: string;
  uuid: string;
  options: Record<string, string> | null;
  config: {
    default_lease_ttl: number;
    max_lease_ttl: number;
    force_no_cache: boolean;
  };
  kv?: KvStore;
}

/** A token; batch tokens (AppRole logins) expire, the root token never does. */
export interface VaultToken {
  id: string;
  accessor: string;
  policies: string[];
  type: 'service' | 'batch';
  displayName: string;
  path: string;
  creationTime: Date;
  ttlSeconds: number;
  meta: Record<string, string> | null;
}

/** An AppRole role of the `approle/` auth mount. */
export interface AppRole {
  name: string;
  roleId: string;
  secretIds: Map<string, { accessor: string; createdAt: Date }>;
  tokenPolicies: string[];
  tokenTtlSeconds: number;
}

/** TTL of the batch tokens AppRole logins issue. */
export const APPROLE_TOKEN_TTL_SECONDS = 3600;

/** State of the Vault fake: mounts, tokens, AppRoles and ACL policies. */
export class VaultStore {
  readonly mounts = new Map<string, VaultMount>();
  readonly tokens = new Map<string, VaultToken>();
  readonly appRoles = new Map<string, AppRole>();
  readonly policies = new Map<string, PolicyRule[]>();
  readonly clusterId = randomUUID();

  constructor(readonly clock: Clock, rootToken: string) {
    this.tokens.set(rootToken, {
      id: rootToken,
      accessor: randomAccessor(),
      policies: ['root'],
      type: 'service',
      displayName: 'root',
      path: 'auth/token/root',
      creationTime: clock(),
      ttlSeconds: 0,
      meta: null,
    });
    this.policies.set('default', [
      { path: 'auth/token/lookup-self', capabilities: ['read'] },
      { path: 'auth/token/renew-self', capabilities: ['update'] },
      { path: 'auth/token/revoke-self', capabilities: ['update'] },
      { path: 'sys/capabilities-self', capabilities: ['update'] },
      {
        path: 'cubbyhole/*',
        capabilities: ['create', 'read', 'update', 'delete', 'list'],
      },
    ]);
    this.mount(
      'sys/',
      'system',
      'system endpoints used for control, policy and debugging',
    );
    this.mount('identity/', 'identity', 'identity store');
    this.mount('cubbyhole/', 'cubbyhole', 'per-token private secret storage');
    this.mount('secret/', 'kv', 'key/value secret storage', { version: '2' });
  }

  /** Enables a secrets engine; KV mounts get their storage. */
  mount(
    path: string,
    type: VaultMount['type'],
    description = '',
    options: Record<string, string> | null = null,
    config: Partial<VaultMount['config']> = {},
  ): VaultMount {
    const normalized = `${path.replace(/^\/+|\/+$/g, '')}/`;
    const mount: VaultMount = {
      path: normalized,
      type,
      description,
      accessor: `${type}_${randomBytes(4).toString('hex')}`,
      uuid: randomUUID(),
      options,
      config: {
        default_lease_ttl: 0,
        max_lease_ttl: 0,
        force_no_cache: false,
        ...config,
      },
      kv: type === 'kv' ? new KvStore(this.clock) : undefined,
    };
    this.mounts.set(normalized, mount);
    return mount;
  }

  /** Disables a mount and drops its data. */
  unmount(path: string): boolean {
    return this.mounts.delete(`${path.replace(/^\/+|\/+$/g, '')}/`);
  }

  /** The mount serving a request path (longest matching prefix). */
  mountFor(path: string): VaultMount | undefined {
    let best: VaultMount | undefined;
    for (const mount of this.mounts.values()) {
      if (
        `${path}/`.startsWith(mount.path) &&
        (!best || mount.path.length > best.path.length)
      ) {
        best = mount;
      }
    }
    return best;
  }

  /** A KV v2 mount by name (`forge-dso`, `<slug>`). */
  kvMount(name: string): KvStore | undefined {
    return this.mounts.get(`${name}/`)?.kv;
  }

  /** A live token (expired batch tokens are gone). */
  lookupToken(id: string): VaultToken | undefined {
    const token = this.tokens.get(id);
    if (!token) return undefined;
    if (token.ttlSeconds > 0 && this.remainingTtl(token) <= 0) {
      this.tokens.delete(id);
      return undefined;
    }
    return token;
  }

  /** Seconds a token has left (0 for tokens that never expire). */
  remainingTtl(token: VaultToken): number {
    if (token.ttlSeconds === 0) return 0;
    const elapsed =
      (this.clock().getTime() - token.creationTime.getTime()) / 1000;
    return Math.max(0, Math.floor(token.ttlSeconds - elapsed));
  }

  /** Creates or updates an AppRole role (its role id is kept). */
  upsertAppRole(name: string, tokenPolicies: string[]): AppRole {
    const existing = this.appRoles.get(name);
    if (existing) {
      existing.tokenPolicies = tokenPolicies;
      return existing;
    }
    const role: AppRole = {
      name,
      roleId: randomUUID(),
      secretIds: new Map(),
      tokenPolicies,
      tokenTtlSeconds: APPROLE_TOKEN_TTL_SECONDS,
    };
    this.appRoles.set(name, role);
    return role;
  }

  /** Generates a secret id for a role. */
  generateSecretId(role: AppRole): { secretId: string; accessor: string } {
    const secretId = randomUUID();
    const accessor = randomUUID();
    role.secretIds.set(secretId, { accessor, createdAt: this.clock() });
    return { secretId, accessor };
  }

  /** Logs in with a role id and secret id, issuing a batch token. */
  appRoleLogin(
    roleId: string,
    secretId: string,
  ): { token: VaultToken; role: AppRole } | undefined {
    const role = [...this.appRoles.values()].find(r => r.roleId === roleId);
    if (!role || !role.secretIds.has(secretId)) return undefined;
    for (const id of [...this.tokens.keys()]) this.lookupToken(id);
    const token: VaultToken = {
      id: `hvb.${randomBytes(48).toString('base64url')}`,
      accessor: '',
      policies: ['default', ...role.tokenPolicies],
      type: 'batch',
      displayName: 'approle',
      path: 'auth/approle/login',
      creationTime: this.clock(),
      ttlSeconds: role.tokenTtlSeconds,
      meta: { role_name: role.name },
    };
    this.tokens.set(token.id, token);
    return { token, role };
  }
}

function randomAccessor(): string {
  return randomBytes(12).toString('base64url');
}
