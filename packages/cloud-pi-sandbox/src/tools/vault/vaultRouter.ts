import express, {
  Router,
  type ErrorRequestHandler,
  type Request,
} from 'express';
import { escapeHtml, htmlPage } from '../shared/htmlPage';
import { parseGoBool } from '../shared/queryParams';
import { handleAppRoleLogin, handleAuth } from './authRoutes';
import { handleKv } from './kvRoutes';
import { handleHealth, handleMounts } from './sysRoutes';
import { isAllowed, type Capability } from './vaultPolicy';
import {
  ACL_DENIED,
  sendErrors,
  sendNoHandler,
  type VaultRequest,
} from './vaultRequest';
import type { VaultStore, VaultToken } from './vaultStore';

/**
 * The Vault fake, to mount at `/vault`: the HTTP API under `/v1` (KV v1/v2,
 * `sys/health`, `sys/mounts`, token lookup, AppRole) and a stand-in page for
 * the UI links (`/ui/vault/secrets/<mount>`).
 */
export function createVaultRouter(store: VaultStore): Router {
  const router = Router();
  router.use('/v1', express.json({ type: () => true, limit: '10mb' }));

  router.all('/v1/*', (req, res) => {
    const path = String(
      (req.params as Record<string, string>)[0] ?? '',
    ).replace(/\/+$/, '');
    const isList =
      req.method === 'LIST' ||
      parseGoBool(String(req.query.list ?? '')) === true;
    const body = (
      req.body && typeof req.body === 'object' ? req.body : {}
    ) as Record<string, unknown>;

    if (
      path === 'sys/health' &&
      (req.method === 'GET' || req.method === 'HEAD')
    ) {
      handleHealth(store, { req, res });
      return;
    }
    if (
      path === 'auth/approle/login' &&
      (req.method === 'POST' || req.method === 'PUT')
    ) {
      handleAppRoleLogin(store, { res, body });
      return;
    }

    const token = store.lookupToken(tokenOf(req) ?? '');
    if (!token) {
      sendErrors(res, 403, 'permission denied');
      return;
    }
    if (!authorized(store, token, path, capabilityOf(req.method, isList))) {
      sendErrors(res, 403, ACL_DENIED);
      return;
    }

    const request: VaultRequest = {
      store,
      req,
      res,
      path,
      isList,
      token,
      body,
    };
    if (handleMounts(request) || handleAuth(request)) return;
    const mount = store.mountFor(path);
    if (mount?.kv) {
      handleKv(request, mount);
      return;
    }
    sendNoHandler(res, path);
  });

  router.get(
    ['/ui/vault/secrets/:mount', '/ui/vault/secrets/:mount/*'],
    (req, res) => {
      const mount = store.mounts.get(`${req.params.mount}/`);
      res
        .status(mount ? 200 : 404)
        .type('html')
        .send(
          htmlPage({
            tool: 'Vault',
            title: mount ? `Secrets engine ${req.params.mount}` : 'Not found',
            body: mount
              ? `<p>KV version ${escapeHtml(
                  mount.options?.version ?? '1',
                )} mount <code>${escapeHtml(mount.path)}</code> holding ${
                  mount.kv?.size ?? 0
                } secret(s). Sign in with the platform OIDC to browse them.</p>`
              : '<p>No such secrets engine.</p>',
          }),
        );
    },
  );

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    if (error?.type === 'entity.parse.failed') {
      sendErrors(res, 400, 'failed to parse JSON input: invalid character');
      return;
    }
    sendErrors(res, 500, String(error?.message ?? error));
  };
  router.use(onError);
  return router;
}

function tokenOf(req: Request): string | undefined {
  return (
    req.header('x-vault-token') ??
    /^Bearer\s+(.+)$/i.exec(req.header('authorization') ?? '')?.[1]
  );
}

function capabilityOf(method: string, isList: boolean): Capability[] {
  if (isList) return ['list'];
  switch (method) {
    case 'GET':
    case 'HEAD':
      return ['read'];
    case 'DELETE':
      return ['delete'];
    case 'PATCH':
      return ['patch'];
    default:
      return ['create', 'update'];
  }
}

function authorized(
  store: VaultStore,
  token: VaultToken,
  path: string,
  capabilities: Capability[],
): boolean {
  if (token.policies.includes('root')) return true;
  const rules = token.policies.flatMap(name => store.policies.get(name) ?? []);
  return capabilities.some(capability => isAllowed(rules, path, capability));
}
