import { ProjectAuthorized } from '@cpin/plugin-cloud-pi-native-common';
import { Router } from 'express';
import { parseRequest } from '../errors';
import {
  addMemberInputSchema,
  createRoleInputSchema,
  patchMembersInputSchema,
  patchRolesInputSchema,
} from '../schemas';
import { handle, originFor, projectScope, type RouteContext } from './context';

const MEMBERS = '/api/v1/projects/:projectId/members';
const ROLES = '/api/v1/projects/:projectId/roles';

const manageMembers = {
  permission: ProjectAuthorized.ManageMembers,
  notArchived: true,
  notLocked: true,
};
const manageRoles = {
  permission: ProjectAuthorized.ManageRoles,
  notArchived: true,
  notLocked: true,
};

/** Members and project roles (NestJS). */
export function teamRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { members, roles } = ctx.services;

  router.get(
    MEMBERS,
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ListMembers,
      });
      res.json(members.list(project));
    }),
  );

  router.post(
    MEMBERS,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageMembers,
      );
      const input = parseRequest(addMemberInputSchema, req.body, 'body');
      res
        .status(201)
        .json(members.add(project, input, originFor(req, requestor)));
    }),
  );

  router.patch(
    MEMBERS,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageMembers,
      );
      const input = parseRequest(patchMembersInputSchema, req.body, 'body');
      res.json(members.patch(project, input, originFor(req, requestor)));
    }),
  );

  // NestJS answers 200 with the remaining members (the contract says 204).
  router.delete(
    `${MEMBERS}/:userId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageMembers,
      );
      res.json(
        members.remove(project, req.params.userId, originFor(req, requestor)),
      );
    }),
  );

  router.get(
    ROLES,
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ListRoles,
      });
      res.json(roles.list(project));
    }),
  );

  router.get(
    `${ROLES}/member-counts`,
    handle(async (req, res) => {
      const { project } = await projectScope(ctx, req, 'nest', {
        permission: ProjectAuthorized.ListRoles,
      });
      res.json(roles.memberCounts(project));
    }),
  );

  router.post(
    ROLES,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageRoles,
      );
      const input = parseRequest(createRoleInputSchema, req.body, 'body');
      res
        .status(201)
        .json(await roles.create(project, input, originFor(req, requestor)));
    }),
  );

  router.patch(
    ROLES,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageRoles,
      );
      const input = parseRequest(patchRolesInputSchema, req.body, 'body');
      res.json(await roles.patch(project, input, originFor(req, requestor)));
    }),
  );

  router.delete(
    `${ROLES}/:roleId`,
    handle(async (req, res) => {
      const { requestor, project } = await projectScope(
        ctx,
        req,
        'nest',
        manageRoles,
      );
      await roles.delete(project, req.params.roleId, originFor(req, requestor));
      res.status(204).end();
    }),
  );

  return router;
}
