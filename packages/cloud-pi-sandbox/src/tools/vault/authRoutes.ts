import { envelope, sendErrors, type VaultRequest } from './vaultRequest';
import type { VaultStore } from './vaultStore';

/** `POST auth/approle/login` (unauthenticated). */
export function handleAppRoleLogin(
  store: VaultStore,
  r: Pick<VaultRequest, 'res' | 'body'>,
): void {
  const roleId = r.body.role_id;
  const secretId = r.body.secret_id;
  if (typeof roleId !== 'string' || !roleId) {
    sendErrors(r.res, 400, 'missing role_id');
    return;
  }
  const login = store.appRoleLogin(
    roleId,
    typeof secretId === 'string' ? secretId : '',
  );
  if (!login) {
    sendErrors(r.res, 400, 'invalid role or secret ID');
    return;
  }
  const { token, role } = login;
  r.res.json(
    envelope(null, {
      auth: {
        client_token: token.id,
        accessor: token.accessor,
        policies: token.policies,
        token_policies: token.policies,
        metadata: { role_name: role.name },
        lease_duration: token.ttlSeconds,
        renewable: false,
        entity_id: '',
        token_type: 'batch',
        orphan: true,
        mfa_requirement: null,
        num_uses: 0,
      },
    }),
  );
}

/** `auth/token/lookup-self` and the AppRole role management routes. */
export function handleAuth(r: VaultRequest): boolean {
  const { store, res, path, req } = r;
  if (
    path === 'auth/token/lookup-self' &&
    (req.method === 'GET' || req.method === 'POST')
  ) {
    const token = r.token!;
    const ttl = store.remainingTtl(token);
    const created = Math.floor(token.creationTime.getTime() / 1000);
    res.json(
      envelope(
        {
          accessor: token.accessor,
          creation_time: created,
          creation_ttl: token.ttlSeconds,
          display_name: token.displayName,
          entity_id: '',
          expire_time: token.ttlSeconds
            ? new Date((created + token.ttlSeconds) * 1000).toISOString()
            : null,
          explicit_max_ttl: 0,
          id: token.id,
          meta: token.meta,
          num_uses: 0,
          orphan: true,
          path: token.path,
          policies: token.policies,
          renewable: false,
          ttl,
          type: token.type,
        },
        { mountType: 'token' },
      ),
    );
    return true;
  }

  if (path === 'auth/approle/role' && r.isList) {
    const keys = [...store.appRoles.keys()].sort();
    if (!keys.length) sendErrors(res, 404);
    else res.json(envelope({ keys }, { mountType: 'approle' }));
    return true;
  }
  const match = /^auth\/approle\/role\/([^/]+)(?:\/(role-id|secret-id))?$/.exec(
    path,
  );
  if (!match) return false;
  const [, name, sub] = match;
  const role = store.appRoles.get(name);
  if (!sub && (req.method === 'POST' || req.method === 'PUT')) {
    const policies = r.body.token_policies ?? r.body.policies ?? [];
    store.upsertAppRole(
      name,
      Array.isArray(policies)
        ? policies.map(String)
        : String(policies).split(','),
    );
    res.status(204).end();
    return true;
  }
  if (!role) {
    if (req.method === 'GET' && !sub) sendErrors(res, 404);
    else sendErrors(res, 400, `role "${name}" does not exist`);
    return true;
  }
  if (!sub && req.method === 'DELETE') {
    store.appRoles.delete(name);
    res.status(204).end();
  } else if (!sub && req.method === 'GET') {
    res.json(
      envelope(
        {
          bind_secret_id: true,
          local_secret_ids: false,
          secret_id_bound_cidrs: null,
          secret_id_num_uses: 0,
          secret_id_ttl: 0,
          token_bound_cidrs: [],
          token_explicit_max_ttl: 0,
          token_max_ttl: 0,
          token_no_default_policy: false,
          token_num_uses: 0,
          token_period: 0,
          token_policies: role.tokenPolicies,
          token_ttl: role.tokenTtlSeconds,
          token_type: 'batch',
        },
        { mountType: 'approle' },
      ),
    );
  } else if (sub === 'role-id' && req.method === 'GET') {
    res.json(envelope({ role_id: role.roleId }, { mountType: 'approle' }));
  } else if (
    sub === 'secret-id' &&
    (req.method === 'POST' || req.method === 'PUT')
  ) {
    const { secretId, accessor } = store.generateSecretId(role);
    res.json(
      envelope(
        {
          secret_id: secretId,
          secret_id_accessor: accessor,
          secret_id_num_uses: 0,
          secret_id_ttl: 0,
        },
        { mountType: 'approle' },
      ),
    );
  } else {
    return false;
  }
  return true;
}
