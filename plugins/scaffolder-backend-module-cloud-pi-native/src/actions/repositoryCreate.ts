import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  Repository,
  createRepositoryRequestSchema,
  gitlabProjectPath,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import { checkpointJson } from '../lib/checkpoint';
import { announceProjectChange } from '../lib/projectEvents';
import { DRY_RUN_ID } from '../lib/dryRun';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import { assertProvisioned, waitForProjectStatus } from '../lib/provisioning';
import { openSession } from '../lib/session';
import {
  instanceField,
  optionalTrimmed,
  parseFields,
  parseWith,
  projectTargetFields,
  secretNameSchema,
  trimmed,
} from '../lib/validation';
import {
  consoleUrlOutput,
  instanceInput,
  projectIdOutput,
  projectInput,
} from './inputProperties';
import { examples } from './repositoryCreate.examples';
import { CloudPiActionOptions } from './types';

/** Default name of the task secret holding a private repository's token. @public */
export const DEFAULT_EXTERNAL_TOKEN_SECRET = 'externalRepoToken';

/**
 * Creates a repository in a Cloud π project as the requesting user: a
 * standalone GitLab repository, or a mirror of an external (public or
 * private) one. The external token only comes from the task secrets.
 *
 * @public
 */
export function createRepositoryCreateAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:repository:create',
    description:
      'Creates a repository in a Cloud π Native project as the requesting user: a standalone GitLab repository, or a mirror of an external Git repository (public, or private with a token read from the task secrets). Infrastructure repositories are deployed by Argo CD in every environment. Checks MANAGE_REPOSITORIES before sending anything; an existing repository with the same name and source is adopted.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        instance: instanceInput,
        project: projectInput,
        name: z =>
          z
            .string()
            .describe(
              'Internal repository name: 2 to 20 lowercase letters, digits and hyphens, not "mirror", "infra-apps" nor "infra-observability".',
            ),
        externalRepoUrl: z =>
          z
            .string()
            .optional()
            .describe(
              'HTTPS URL ending in .git of the external repository to mirror. Empty or absent: a standalone repository.',
            ),
        isPrivate: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Whether the external repository needs credentials (default false).',
            ),
        externalUserName: z =>
          z
            .string()
            .optional()
            .describe('User name for the private external repository.'),
        externalTokenSecret: z =>
          z
            .string()
            .optional()
            .describe(
              `Name of the task secret (a Secret field of the template) holding the token of the private external repository. Default "${DEFAULT_EXTERNAL_TOKEN_SECRET}". The token is never an input, never logged and never output.`,
            ),
        isInfra: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Infrastructure repository, deployed by Argo CD in every environment (default false).',
            ),
        deployRevision: z =>
          z
            .string()
            .optional()
            .describe('Revision Argo CD deploys (default HEAD).'),
        deployPath: z =>
          z
            .string()
            .optional()
            .describe('Path Argo CD deploys in the repository (default ".").'),
        helmValuesFiles: z =>
          z
            .union([z.string(), z.array(z.string())])
            .optional()
            .describe(
              'Helm values files, as a list or comma-separated; "<env>" is replaced by the environment name.',
            ),
      },
      output: {
        repositoryId: z => z.string().describe('UUID of the repository.'),
        name: z => z.string().describe('Internal name of the repository.'),
        projectId: projectIdOutput,
        gitlabPath: z =>
          z.string().describe('Full path of the repository in GitLab.'),
        gitlabUrl: z =>
          z
            .string()
            .optional()
            .describe('Web URL of the repository in GitLab (when configured).'),
        cloneUrl: z =>
          z
            .string()
            .optional()
            .describe('HTTPS clone URL of the repository (when configured).'),
        sonarQubeProjectKey: z =>
          z
            .string()
            .describe('Key of the SonarQube project of the repository.'),
        consoleUrl: consoleUrlOutput,
        adopted: z =>
          z
            .boolean()
            .describe(
              'True when the repository already existed and was reused.',
            ),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const { instanceName, projectRef, tokenSecret } = parseFields({
        instanceName: instanceField(input.instance),
        projectRef: projectTargetFields(input).project,
        tokenSecret: [
          secretNameSchema,
          optionalTrimmed(input.externalTokenSecret) ??
            DEFAULT_EXTERNAL_TOKEN_SECRET,
        ],
      });
      const isPrivate = input.isPrivate ?? false;
      const token = isPrivate ? ctx.secrets?.[tokenSecret] : undefined;
      const body = parseWith(createRepositoryRequestSchema, {
        internalRepoName: trimmed(input.name),
        externalRepoUrl: trimmed(input.externalRepoUrl) ?? '',
        isInfra: input.isInfra ?? false,
        deployRevision: input.deployRevision,
        deployPath: input.deployPath,
        helmValuesFiles: helmValuesFileList(input.helmValuesFiles),
        isPrivate,
        ...(isPrivate
          ? {
              externalUserName: optionalTrimmed(input.externalUserName),
              externalToken: optionalTrimmed(token),
            }
          : {}),
      });
      if (isPrivate && !body.externalRepoUrl) {
        throw new InputError(
          "Un dépôt privé doit avoir l'URL de son dépôt externe (externalRepoUrl).",
        );
      }
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        instanceName,
      );

      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, projectRef, caller, ctx.logger)
        : await ProjectAccess.load(client, projectRef, caller, ctx.logger);
      access?.assertWritable();
      await access?.require(PERMISSIONS.manageRepositories);
      const project = access?.project;
      const name = body.internalRepoName;

      const existing = project
        ? (await client.repositories.list(project.id)).find(
            r => r.internalRepoName === name,
          )
        : undefined;
      if (
        existing &&
        existing.externalRepoUrl !== (body.externalRepoUrl ?? '')
      ) {
        throw new InputError(
          `Le nom du dépôt interne ${name} existe déjà en base pour ce projet (with another external repository: "${
            existing.externalRepoUrl || 'none'
          }")`,
        );
      }

      const projectId = project?.id ?? DRY_RUN_ID;
      const slug = project?.slug ?? projectRef;
      const consoleUrl = instance.urls.consoleProject(slug);
      const gitlabUrl = instance.urls.gitlabProject(slug, name);
      const publish = (repository: Repository, adopted: boolean) => {
        ctx.output('repositoryId', repository.id);
        ctx.output('name', name);
        ctx.output('projectId', projectId);
        ctx.output(
          'gitlabPath',
          gitlabProjectPath(instance.projectsRootDir, slug, name),
        );
        if (gitlabUrl) {
          ctx.output('gitlabUrl', gitlabUrl);
          ctx.output('cloneUrl', `${gitlabUrl}.git`);
        }
        ctx.output('sonarQubeProjectKey', sonarQubeProjectKey(slug, name));
        ctx.output('consoleUrl', consoleUrl);
        ctx.output('adopted', adopted);
      };

      if (ctx.isDryRun || !project) {
        ctx.logger.info(
          existing
            ? `Dry run: repository "${name}" already exists in "${slug}"; it would be adopted`
            : `Dry run: repository "${name}" would be created in "${slug}"`,
        );
        publish(
          existing ?? {
            id: DRY_RUN_ID,
            projectId,
            internalRepoName: name,
            externalRepoUrl: body.externalRepoUrl ?? '',
            isPrivate,
            isInfra: body.isInfra,
            createdAt: '',
            updatedAt: '',
          },
          Boolean(existing),
        );
        return;
      }

      // The key names the repository, never the token.
      const result = await checkpointJson(
        ctx,
        `cpin.repository.create.${instance.name}.${project.id}.${name}`,
        async () => {
          const current = (await client.repositories.list(project.id)).find(
            r => r.internalRepoName === name,
          );
          if (current) return { repository: current, adopted: true };
          try {
            return {
              repository: await client.repositories.create(project.id, body),
              adopted: false,
            };
          } catch (error) {
            // 422 after provisioning, timeout or lost answer: the row may
            // exist. The project status below tells how provisioning went.
            const written = (await client.repositories.list(project.id)).find(
              r => r.internalRepoName === name,
            );
            if (!written) throw error;
            return {
              repository: written,
              adopted: false,
              createError: String(error),
            };
          }
        },
      );
      const { repository, adopted } = result;
      if ('createError' in result) {
        ctx.logger.warn(
          `The console answered "${result.createError}" but the repository "${name}" was recorded`,
        );
      }
      if (adopted) {
        ctx.logger.warn(
          `The repository "${name}" already exists in "${project.slug}": it is reused as is`,
        );
      } else {
        ctx.logger.info(
          `Created the repository "${name}" in "${project.slug}"${
            body.externalRepoUrl ? `, mirroring ${body.externalRepoUrl}` : ''
          }`,
        );
      }

      const settled = await waitForProjectStatus(
        client,
        project.id,
        options.provisioning,
        ctx.signal,
      );
      await assertProvisioned(client, settled, ctx.logger, consoleUrl);
      await announceProjectChange(options.events, ctx, {
        instance: instance.name,
        projectId: project.id,
        parts: ['repositories'],
      });
      publish(repository, adopted);
    },
  });
}

/** The Helm values files as the console takes them: comma-separated. */
function helmValuesFileList(files: unknown): unknown {
  if (!Array.isArray(files)) return files;
  if (!files.every(file => typeof file === 'string')) {
    throw new InputError(
      'La liste des fichiers de valeurs Helm ne doit contenir que des chemins.',
    );
  }
  return files
    .map(file => file.trim())
    .filter(Boolean)
    .join(',');
}
