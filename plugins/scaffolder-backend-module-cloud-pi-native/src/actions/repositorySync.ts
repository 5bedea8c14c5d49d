import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  CONSOLE_LOG_SUCCESS_SUMMARY,
  repositoryRefSchema,
  syncRepositoryRequestSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { checkpointJson } from '../lib/checkpoint';
import { DRY_RUN_ID } from '../lib/dryRun';
import { findRepository } from '../lib/lookups';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import {
  CloudPiProvisioningError,
  lastProvisioningMessage,
} from '../lib/provisioning';
import { openSession } from '../lib/session';
import {
  optionalTrimmed,
  parseFields,
  projectTargetFields,
  trimmed,
} from '../lib/validation';
import {
  consoleUrlOutput,
  instanceInput,
  projectIdOutput,
  projectInput,
} from './inputProperties';
import { examples } from './repositorySync.examples';
import { CloudPiActionOptions } from './types';

/**
 * Starts the mirroring of an external repository into its Cloud π GitLab
 * repository, as the requesting user.
 *
 * @public
 */
export function createRepositorySyncAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:repository:sync',
    description:
      'Synchronises a mirrored Cloud π Native repository from its external repository (all branches, or one branch) as the requesting user. Checks MANAGE_REPOSITORIES before sending anything.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        instance: instanceInput,
        project: projectInput,
        repository: z =>
          z.string().describe('Internal name (or id) of the repository.'),
        branchName: z =>
          z
            .string()
            .optional()
            .describe('Branch to synchronise. Absent: every branch.'),
        syncAllBranches: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Synchronise every branch (default: true unless branchName is set).',
            ),
      },
      output: {
        repositoryId: z => z.string().describe('UUID of the repository.'),
        projectId: projectIdOutput,
        syncAllBranches: z =>
          z.boolean().describe('Whether every branch was synchronised.'),
        branchName: z =>
          z
            .string()
            .optional()
            .describe('The branch synchronised, if only one.'),
        consoleUrl: consoleUrlOutput,
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const branch = optionalTrimmed(input.branchName);
      const syncAll = input.syncAllBranches ?? branch === undefined;
      const fields = parseFields({
        ...projectTargetFields(input),
        repository: [repositoryRefSchema, trimmed(input.repository)],
        body: [
          syncRepositoryRequestSchema,
          syncAll === true
            ? { syncAllBranches: true }
            : { syncAllBranches: syncAll, branchName: branch ?? '' },
        ],
      });
      const { body } = fields;
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        fields.instance,
      );

      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, fields.project, caller, ctx.logger)
        : await ProjectAccess.load(client, fields.project, caller, ctx.logger);
      const ref = fields.repository;
      const placeholder = (projectId: string, slug: string) => {
        ctx.output('repositoryId', DRY_RUN_ID);
        ctx.output('projectId', projectId);
        ctx.output('syncAllBranches', body.syncAllBranches);
        if (!body.syncAllBranches) ctx.output('branchName', body.branchName);
        ctx.output('consoleUrl', instance.urls.consoleProject(slug));
      };
      if (!access) {
        placeholder(DRY_RUN_ID, fields.project);
        return;
      }
      access.assertWritable();
      await access.require(PERMISSIONS.manageRepositories);
      const { project } = access;
      const repositories = await client.repositories.list(project.id);
      if (
        ctx.isDryRun &&
        !repositories.some(r => r.id === ref || r.internalRepoName === ref)
      ) {
        ctx.logger.warn(
          `Dry run: the repository "${ref}" does not exist yet in "${project.slug}" (an earlier step may create it)`,
        );
        placeholder(project.id, project.slug);
        return;
      }
      const repository = findRepository(repositories, ref, project.slug);
      if (!repository.externalRepoUrl) {
        throw new InputError(
          `The repository "${repository.internalRepoName}" has no external repository to synchronise from (it is a standalone repository).`,
        );
      }
      const what = body.syncAllBranches
        ? 'every branch'
        : `branch "${body.branchName}"`;
      const consoleUrl = instance.urls.consoleProject(project.slug);
      const publish = () => {
        ctx.output('repositoryId', repository.id);
        ctx.output('projectId', project.id);
        ctx.output('syncAllBranches', body.syncAllBranches);
        if (!body.syncAllBranches) ctx.output('branchName', body.branchName);
        ctx.output('consoleUrl', consoleUrl);
      };

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: ${what} of "${repository.internalRepoName}" would be synchronised from ${repository.externalRepoUrl}`,
        );
        publish();
        return;
      }

      await checkpointJson(
        ctx,
        `cpin.repository.sync.${instance.name}.${project.id}.${repository.id}.${
          body.syncAllBranches ? '*' : body.branchName
        }`,
        async () => {
          try {
            await client.repositories.sync(project.id, repository.id, body);
          } catch (error) {
            // 422: the mirror pipeline could not be started.
            if (!(error instanceof InputError)) throw error;
            const summary = await lastProvisioningMessage(
              client,
              project.id,
              ctx.logger,
            );
            throw new CloudPiProvisioningError(
              `The synchronisation of "${
                repository.internalRepoName
              }" failed: ${error.message}${
                summary && summary !== CONSOLE_LOG_SUCCESS_SUMMARY
                  ? ` (${summary})`
                  : ''
              }`,
            );
          }
          return { synchronised: true };
        },
      );
      ctx.logger.info(
        `Started the synchronisation of ${what} of "${repository.internalRepoName}" from ${repository.externalRepoUrl}`,
      );
      publish();
    },
  });
}
