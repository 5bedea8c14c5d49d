import {
  KvError,
  type KvSecret,
  type KvStore,
  type KvVersion,
} from './kvStore';
import {
  envelope,
  sendErrors,
  vaultTime,
  type VaultRequest,
} from './vaultRequest';
import type { VaultMount } from './vaultStore';

const V2_INVALID_PATH =
  "Invalid path for a versioned K/V secrets engine. See the API docs for the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv get' for this operation.";

/** Serves a request that falls in a KV mount (v2 or v1). */
export function handleKv(r: VaultRequest, mount: VaultMount): void {
  const kv = mount.kv!;
  const sub = r.path.slice(mount.path.length - 1).replace(/^\/+/, '');
  try {
    if (mount.options?.version === '2') handleKvV2(r, kv, sub);
    else handleKvV1(r, kv, sub);
  } catch (error) {
    if (!(error instanceof KvError)) throw error;
    sendErrors(r.res, 400, error.message);
  }
}

function handleKvV2(r: VaultRequest, kv: KvStore, sub: string): void {
  const { req, res, body } = r;
  const [operation, ...rest] = sub.split('/');
  const path = rest.join('/');
  const method = req.method;

  if (operation === 'config' && !path) {
    if (method === 'GET') {
      res.json(
        envelope(
          { cas_required: false, delete_version_after: '0s', max_versions: 0 },
          { mountType: 'kv' },
        ),
      );
    } else {
      res.status(204).end();
    }
    return;
  }

  if (operation === 'metadata') {
    if (r.isList) {
      const keys = kv.list(path);
      if (!keys) sendErrors(res, 404);
      else res.json(envelope({ keys }, { mountType: 'kv' }));
      return;
    }
    const secret = kv.metadata(path);
    if (method === 'GET') {
      if (!secret) sendErrors(res, 404);
      else res.json(envelope(metadataJson(secret), { mountType: 'kv' }));
    } else if (method === 'DELETE') {
      kv.deleteMetadata(path);
      res.status(204).end();
    } else if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      kv.updateMetadata(path, {
        maxVersions:
          typeof body.max_versions === 'number' ? body.max_versions : undefined,
        casRequired:
          typeof body.cas_required === 'boolean'
            ? body.cas_required
            : undefined,
        customMetadata: body.custom_metadata as
          | Record<string, string>
          | undefined,
      });
      res.status(204).end();
    } else {
      sendErrors(res, 405, 'unsupported operation');
    }
    return;
  }

  if (operation === 'data' && path) {
    if (method === 'GET') {
      const version =
        Number.parseInt(String(req.query.version ?? '0'), 10) || undefined;
      const found = kv.read(path, version);
      if (!found) {
        sendErrors(res, 404);
        return;
      }
      const live = !found.version.deletionTime && !found.version.destroyed;
      res.status(live ? 200 : 404).json(
        envelope(
          {
            data: live ? found.version.data : null,
            metadata: versionMetadataJson(
              kv.metadata(path)!,
              found.number,
              found.version,
            ),
          },
          { mountType: 'kv' },
        ),
      );
    } else if (method === 'POST' || method === 'PUT') {
      if (
        !body.data ||
        typeof body.data !== 'object' ||
        Array.isArray(body.data)
      ) {
        sendErrors(res, 400, 'no data provided');
        return;
      }
      const options = (body.options ?? {}) as { cas?: unknown };
      const cas = options.cas === undefined ? undefined : Number(options.cas);
      const written = kv.write(path, body.data as Record<string, unknown>, cas);
      res.json(
        envelope(
          versionMetadataJson(
            kv.metadata(path)!,
            written.number,
            written.version,
          ),
          {
            mountType: 'kv',
          },
        ),
      );
    } else if (method === 'PATCH') {
      const current = kv.readData(path);
      if (!current) {
        sendErrors(res, 404);
        return;
      }
      const patch = (body.data ?? {}) as Record<string, unknown>;
      const merged = { ...current };
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) delete merged[key];
        else merged[key] = value;
      }
      const written = kv.write(path, merged);
      res.json(
        envelope(
          versionMetadataJson(
            kv.metadata(path)!,
            written.number,
            written.version,
          ),
          {
            mountType: 'kv',
          },
        ),
      );
    } else if (method === 'DELETE') {
      kv.softDelete(path);
      res.status(204).end();
    } else {
      sendErrors(res, 405, 'unsupported operation');
    }
    return;
  }

  if (
    (operation === 'delete' ||
      operation === 'undelete' ||
      operation === 'destroy') &&
    path
  ) {
    const versions = Array.isArray(body.versions)
      ? body.versions.map(Number)
      : [];
    if (operation !== 'delete' && versions.length === 0) {
      sendErrors(res, 400, 'no version number provided');
      return;
    }
    if (operation === 'delete')
      kv.softDelete(path, versions.length ? versions : undefined);
    if (operation === 'undelete') kv.undelete(path, versions);
    if (operation === 'destroy') kv.destroy(path, versions);
    res.status(204).end();
    return;
  }

  res.status(404).json({ errors: [], warnings: [V2_INVALID_PATH] });
}

function handleKvV1(r: VaultRequest, kv: KvStore, path: string): void {
  const { req, res, body } = r;
  if (r.isList) {
    const keys = kv.list(path);
    if (!keys) sendErrors(res, 404);
    else res.json(envelope({ keys }, { mountType: 'kv' }));
  } else if (req.method === 'GET') {
    const data = kv.readData(path);
    if (!data) sendErrors(res, 404);
    else res.json(envelope(data, { mountType: 'kv' }));
  } else if (req.method === 'POST' || req.method === 'PUT') {
    kv.write(path, body);
    res.status(204).end();
  } else if (req.method === 'DELETE') {
    kv.deleteMetadata(path);
    res.status(204).end();
  } else {
    sendErrors(res, 405, 'unsupported operation');
  }
}

function versionMetadataJson(
  secret: KvSecret,
  number: number,
  version: KvVersion,
) {
  return {
    created_time: vaultTime(version.createdTime),
    custom_metadata: secret.customMetadata,
    deletion_time: vaultTime(version.deletionTime),
    destroyed: version.destroyed,
    version: number,
  };
}

function metadataJson(secret: KvSecret) {
  return {
    cas_required: secret.casRequired,
    created_time: vaultTime(secret.createdTime),
    current_version: secret.currentVersion,
    custom_metadata: secret.customMetadata,
    delete_version_after: '0s',
    max_versions: secret.maxVersions,
    oldest_version: secret.oldestVersion,
    updated_time: vaultTime(secret.updatedTime),
    versions: Object.fromEntries(
      [...secret.versions].map(([n, v]) => [
        String(n),
        {
          created_time: vaultTime(v.createdTime),
          deletion_time: vaultTime(v.deletionTime),
          destroyed: v.destroyed,
        },
      ]),
    ),
  };
}
