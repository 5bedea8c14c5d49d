import { parseGoBool } from '../shared/queryParams';
import { envelope, sendErrors, type VaultRequest } from './vaultRequest';
import type { VaultMount, VaultStore } from './vaultStore';

/** Vault release the fake reports. */
export const VAULT_VERSION = '1.15.0';

/** `GET /v1/sys/health` (unauthenticated; the status code carries the state). */
export function handleHealth(
  store: VaultStore,
  r: Pick<VaultRequest, 'req' | 'res'>,
): void {
  const code =
    Number.parseInt(String(r.req.query.activecode ?? '200'), 10) || 200;
  const now = store.clock();
  const body = {
    initialized: true,
    sealed: false,
    standby: false,
    performance_standby: false,
    replication_performance_mode: 'disabled',
    replication_dr_mode: 'disabled',
    server_time_utc: Math.floor(now.getTime() / 1000),
    version: VAULT_VERSION,
    enterprise: false,
    cluster_name: `vault-cluster-${store.clusterId.slice(0, 8)}`,
    cluster_id: store.clusterId,
    echo_duration_ms: 0,
    clock_skew_ms: 0,
  };
  if (r.req.method === 'HEAD') r.res.status(code).end();
  else r.res.status(code).json(body);
}

/** `sys/mounts` (list), `sys/mounts/<path>` (read, enable, disable). */
export function handleMounts(r: VaultRequest): boolean {
  const { store, req, res, path } = r;
  if (path === 'sys/mounts' && req.method === 'GET') {
    const mounts = Object.fromEntries(
      [...store.mounts.values()].map(m => [m.path, mountJson(m)]),
    );
    // Vault still duplicates the mounts at the top level for old clients.
    res.json({ ...mounts, ...envelope(mounts, { mountType: 'system' }) });
    return true;
  }
  const match = /^sys\/mounts\/(.+)$/.exec(path);
  if (!match || match[1].endsWith('/tune')) return false;
  const mountPath = `${match[1].replace(/\/+$/, '')}/`;
  const existing = store.mounts.get(mountPath);
  if (req.method === 'GET') {
    if (!existing)
      sendErrors(res, 400, `No secret engine mount at ${mountPath}`);
    else res.json(envelope(mountJson(existing), { mountType: 'system' }));
    return true;
  }
  if (req.method === 'DELETE') {
    store.unmount(mountPath);
    res.status(204).end();
    return true;
  }
  if (req.method === 'POST' || req.method === 'PUT') {
    const type = String(r.body.type ?? '');
    const options = (r.body.options ?? {}) as Record<string, string>;
    const config = (r.body.config ?? {}) as Record<string, unknown>;
    if (!type) {
      sendErrors(res, 400, 'backend type must be specified as a string');
      return true;
    }
    if (type !== 'kv' && type !== 'kv-v2') {
      sendErrors(res, 400, `plugin not found in the catalog: ${type}`);
      return true;
    }
    if (existing) {
      sendErrors(res, 400, `path is already in use at ${mountPath}`);
      return true;
    }
    const version =
      type === 'kv-v2' || String(options.version) === '2' ? '2' : '1';
    store.mount(
      mountPath,
      'kv',
      String(r.body.description ?? ''),
      { version },
      {
        force_no_cache:
          parseGoBool(String(config.force_no_cache ?? 'false')) ?? false,
      },
    );
    res.status(204).end();
    return true;
  }
  return false;
}

/** One entry of `GET sys/mounts`. */
function mountJson(mount: VaultMount) {
  const builtin =
    mount.type === 'kv' ? 'v0.16.1+builtin' : `v${VAULT_VERSION}+builtin.vault`;
  return {
    accessor: mount.accessor,
    config: mount.config,
    deprecation_status: mount.type === 'kv' ? 'supported' : undefined,
    description: mount.description,
    external_entropy_access: false,
    local: mount.type === 'cubbyhole',
    options: mount.options,
    plugin_version: '',
    running_plugin_version: builtin,
    running_sha256: '',
    seal_wrap: mount.type === 'system',
    type: mount.type,
    uuid: mount.uuid,
  };
}
