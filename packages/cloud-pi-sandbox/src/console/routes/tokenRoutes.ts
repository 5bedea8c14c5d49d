import { AdminAuthorized } from '@cpin/plugin-cloud-pi-native-common';
import { Router } from 'express';
import { LEGACY_FORBIDDEN_MESSAGE } from '../access';
import { forbidden, parseRequest } from '../errors';
import {
  createAdminTokenInputSchema,
  createPersonalTokenInputSchema,
  listAdminTokensQuerySchema,
} from '../schemas';
import { handle, type RouteContext } from './context';

/** Personal and admin tokens (legacy server). */
export function tokenRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { tokens } = ctx.services;

  const human = async (req: Parameters<typeof ctx.auth.authenticate>[0]) => {
    const requestor = await ctx.auth.authenticate(req, 'legacy');
    // The legacy router answers its default 403 to bots.
    if (requestor.user.type !== 'human') {
      throw forbidden(LEGACY_FORBIDDEN_MESSAGE);
    }
    return requestor;
  };

  router.get(
    '/api/v1/user/tokens',
    handle(async (req, res) => {
      const requestor = await human(req);
      res.json(tokens.listPersonal(requestor.user));
    }),
  );
  router.post(
    '/api/v1/user/tokens',
    handle(async (req, res) => {
      const requestor = await human(req);
      const input = parseRequest(
        createPersonalTokenInputSchema,
        req.body,
        'body',
      );
      const { token, password } = tokens.createPersonal(requestor.user, input);
      res.status(201).json({ ...token, password });
    }),
  );
  router.delete(
    '/api/v1/user/tokens/:tokenId',
    handle(async (req, res) => {
      const requestor = await human(req);
      tokens.deletePersonal(requestor.user, req.params.tokenId);
      res.status(204).end();
    }),
  );

  router.get(
    '/api/v1/admin/tokens',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'legacy');
      if (!AdminAuthorized.ListAdminToken(requestor.adminPermissions)) {
        throw forbidden(LEGACY_FORBIDDEN_MESSAGE);
      }
      const query = parseRequest(
        listAdminTokensQuerySchema,
        req.query,
        'query',
      );
      res.json(tokens.listAdmin(query.withRevoked ?? false));
    }),
  );
  router.post(
    '/api/v1/admin/tokens',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'legacy');
      if (!AdminAuthorized.ManageAdminToken(requestor.adminPermissions)) {
        throw forbidden(LEGACY_FORBIDDEN_MESSAGE);
      }
      const input = parseRequest(createAdminTokenInputSchema, req.body, 'body');
      const { token, password } = tokens.createAdmin(input);
      res.status(201).json({ ...token, password });
    }),
  );
  router.delete(
    '/api/v1/admin/tokens/:tokenId',
    handle(async (req, res) => {
      const requestor = await ctx.auth.authenticate(req, 'legacy');
      if (!AdminAuthorized.ManageAdminToken(requestor.adminPermissions)) {
        throw forbidden(LEGACY_FORBIDDEN_MESSAGE);
      }
      tokens.revokeAdmin(req.params.tokenId);
      res.status(204).end();
    }),
  );

  return router;
}
