import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  DEFAULT_PROJECT_ROLES,
  Member,
  Role,
  boundedEmailSchema,
  memberRolesSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';
import { checkpointJson } from '../lib/checkpoint';
import { announceProjectChange } from '../lib/projectEvents';
import { DRY_RUN_ID } from '../lib/dryRun';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import { assertProvisioned, waitForProjectStatus } from '../lib/provisioning';
import { openSession } from '../lib/session';
import { parseFields, projectTargetFields, trimmed } from '../lib/validation';
import {
  consoleUrlOutput,
  instanceInput,
  projectIdOutput,
  projectInput,
} from './inputProperties';
import { examples } from './memberAdd.examples';
import { CloudPiActionOptions } from './types';

/**
 * Adds a person to a Cloud π project by e-mail with roles named as in the
 * project, then replays the provisioning so that GitLab, Keycloak, Vault and
 * Argo CD know about them (the console does not propagate member changes by
 * itself).
 *
 * @public
 */
export function createMemberAddAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:member:add',
    description:
      'Adds a person to a Cloud π Native project by e-mail, gives them project roles by name (e.g. "DevOps", "Développeur"), then reprovisions the project so that the tools pick the change up. Acts as the requesting user and checks MANAGE_MEMBERS before sending anything. Existing roles of a member are kept.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        instance: instanceInput,
        project: projectInput,
        email: z => z.string().describe('E-mail of the person to add.'),
        roles: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'Names (or ids) of project roles to give, e.g. ["DevOps"]. Default roles: Administrateur, DevOps, Développeur, Lecture seule.',
            ),
      },
      output: {
        userId: z => z.string().describe('Console id of the member.'),
        projectId: projectIdOutput,
        roles: z =>
          z.array(z.string()).describe('Names of every role of the member.'),
        roleIds: z =>
          z.array(z.string()).describe('Ids of every role of the member.'),
        replayed: z =>
          z
            .boolean()
            .describe(
              'Whether the project was reprovisioned to propagate the change.',
            ),
        consoleUrl: consoleUrlOutput,
        adopted: z =>
          z.boolean().describe('True when the person already was a member.'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const fields = parseFields({
        ...projectTargetFields(input),
        email: [boundedEmailSchema, trimmed(input.email)],
        roles: [
          memberRolesSchema,
          Array.isArray(input.roles)
            ? input.roles.map(trimmed)
            : input.roles ?? [],
        ],
      });
      const { email, roles: wanted } = fields;
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        fields.instance,
      );

      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, fields.project, caller, ctx.logger)
        : await ProjectAccess.load(client, fields.project, caller, ctx.logger);
      if (!access) {
        // Dry run of a project an earlier step creates: it will have the default roles.
        const defaults = DEFAULT_PROJECT_ROLES.map(r => ({
          id: r.name,
          name: r.name,
          permissions: String(r.permissions),
        }));
        const roleIds = resolveRoles(defaults, wanted).map(r => r.id);
        ctx.output('userId', DRY_RUN_ID);
        ctx.output('projectId', DRY_RUN_ID);
        ctx.output('roleIds', roleIds);
        ctx.output('roles', roleIds);
        ctx.output('replayed', true);
        ctx.output('consoleUrl', instance.urls.consoleProject(fields.project));
        ctx.output('adopted', false);
        return;
      }
      access.assertWritable();
      await access.require(PERMISSIONS.manageMembers);
      const canReplay = await access.allows(PERMISSIONS.replayHooks);
      const { project } = access;
      if (project.owner.email.toLowerCase() === email.toLowerCase()) {
        throw new InputError(
          `Le owner ne peut pas être ajouté en tant que membre. (${email} owns "${project.slug}" and already has every permission)`,
        );
      }
      const roles = resolveRoles(project.roles, wanted);
      const consoleUrl = instance.urls.consoleProject(project.slug);
      const existing = findMember(project.members, email);

      if (ctx.isDryRun) {
        const roleIds = union(
          existing?.roleIds ?? [],
          roles.map(r => r.id),
        );
        ctx.logger.info(
          existing
            ? `Dry run: ${email} already is a member of "${project.slug}"`
            : `Dry run: ${email} would be added to "${project.slug}"`,
        );
        ctx.output('userId', existing?.userId ?? DRY_RUN_ID);
        ctx.output('projectId', project.id);
        ctx.output('roleIds', roleIds);
        ctx.output('roles', roleNames(project.roles, roleIds));
        ctx.output('replayed', canReplay);
        ctx.output('consoleUrl', consoleUrl);
        ctx.output('adopted', Boolean(existing));
        return;
      }

      const keyBase = `${instance.name}.${project.id}`;
      const added = await checkpointJson(
        ctx,
        `cpin.member.add.${keyBase}.${email.toLowerCase()}`,
        () => addOrFind(client, project.id, email),
      );
      if (added.adopted) {
        ctx.logger.warn(
          `${email} already is a member of "${project.slug}": keeping their roles and adding the requested ones`,
        );
      } else {
        ctx.logger.info(`Added ${email} to "${project.slug}"`);
      }

      const target = union(
        added.member.roleIds,
        roles.map(r => r.id),
      );
      const member = await checkpointJson(
        ctx,
        `cpin.member.roles.${keyBase}.${added.member.userId}`,
        async () => {
          const current = findMember(
            await client.members.list(project.id),
            email,
          );
          const roleIds = union(current?.roleIds ?? [], target);
          if (current && roleIds.length === current.roleIds.length) {
            return current;
          }
          const members = await client.members.setRoles(project.id, [
            { userId: added.member.userId, roles: roleIds },
          ]);
          return findMember(members, email) ?? { ...added.member, roleIds };
        },
      );

      if (canReplay) {
        await checkpointJson(
          ctx,
          `cpin.member.replay.${keyBase}.${member.userId}`,
          async () => {
            await client.projects.replayHooks(project.id);
            return { replayed: true };
          },
        );
        const settled = await waitForProjectStatus(
          client,
          project.id,
          options.provisioning,
          ctx.signal,
        );
        await assertProvisioned(client, settled, ctx.logger, consoleUrl);
      } else {
        ctx.logger.warn(
          `You may not reprovision "${project.slug}" (REPLAY_HOOKS): GitLab, Vault and Argo CD will know ${email} after the next provisioning of the project`,
        );
      }

      await announceProjectChange(options.events, ctx, {
        instance: instance.name,
        projectId: project.id,
        parts: ['project'],
      });
      ctx.output('userId', member.userId);
      ctx.output('projectId', project.id);
      ctx.output('roleIds', member.roleIds);
      ctx.output('roles', roleNames(project.roles, member.roleIds));
      ctx.output('replayed', canReplay);
      ctx.output('consoleUrl', consoleUrl);
      ctx.output('adopted', added.adopted);
    },
  });
}

/** Adds the person, or finds them when they already are a member. */
async function addOrFind(
  client: CloudPiConsoleClient,
  projectId: string,
  email: string,
): Promise<{ member: Member; adopted: boolean }> {
  const current = findMember(await client.members.list(projectId), email);
  if (current) return { member: current, adopted: true };
  try {
    const member = findMember(
      await client.members.add(projectId, { email }),
      email,
    );
    if (member) return { member, adopted: false };
  } catch (error) {
    // Added meanwhile ("L'utilisateur est déjà membre du projet.").
    const raced = findMember(await client.members.list(projectId), email);
    if (raced && error instanceof InputError) {
      return { member: raced, adopted: true };
    }
    throw error;
  }
  const member = findMember(await client.members.list(projectId), email);
  if (!member) {
    throw new Error(
      `The console did not list ${email} among the members after adding them`,
    );
  }
  return { member, adopted: false };
}

function findMember(members: Member[], email: string): Member | undefined {
  const wanted = email.toLowerCase();
  return members.find(m => m.email.toLowerCase() === wanted);
}

/** Project roles by name (case-insensitive) or id. */
function resolveRoles(projectRoles: Role[], wanted: string[]): Role[] {
  const unknown: string[] = [];
  const found = wanted.flatMap(ref => {
    const role =
      projectRoles.find(r => r.id === ref) ??
      projectRoles.find(r => r.name.toLowerCase() === ref.toLowerCase());
    if (!role) unknown.push(ref);
    return role ? [role] : [];
  });
  if (unknown.length > 0) {
    throw new InputError(
      `Rôle introuvable : ${unknown.join(
        ', ',
      )} (roles of the project: ${projectRoles.map(r => r.name).join(', ')})`,
    );
  }
  return found;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function roleNames(projectRoles: Role[], ids: string[]): string[] {
  return ids.map(id => projectRoles.find(r => r.id === id)?.name ?? id);
}
