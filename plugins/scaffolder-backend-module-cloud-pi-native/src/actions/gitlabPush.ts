import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  createTemplateAction,
  serializeDirectoryContents,
} from '@backstage/plugin-scaffolder-node';
import {
  CI_VARIABLE_VALUE_MAX_BYTES,
  Repository,
  ciVariableValueSchema,
  commitMessageSchema,
  gitBranchNameSchema,
  gitlabProjectPath,
  pushFilesProblem,
  repositoryRefSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  GitLabFile,
  GitLabPushResult,
} from '@cpin/plugin-cloud-pi-native-node';
import fs from 'node:fs/promises';
import { checkpointJson } from '../lib/checkpoint';
import { DRY_RUN_COMMIT, DRY_RUN_ID } from '../lib/dryRun';
import { requireGitLab } from '../lib/instances';
import { findRepository } from '../lib/lookups';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import { openSession } from '../lib/session';
import {
  VariableInput,
  sourcePathSchema,
  variablesSchema,
} from '../lib/inputSchemas';
import {
  assertNoProblems,
  optionalTrimmed,
  parseFields,
  projectTargetFields,
  trimmed,
} from '../lib/validation';
import { examples } from './gitlabPush.examples';
import {
  instanceInput,
  projectIdOutput,
  projectInput,
} from './inputProperties';
import { CloudPiActionOptions } from './types';

/**
 * Pushes the task workspace (or one of its folders) as a single commit into
 * a standalone repository of a Cloud π project, and optionally sets CI/CD
 * variables, with the platform's GitLab credentials once the user's own
 * MANAGE_REPOSITORIES permission is checked through the console.
 *
 * @public
 */
export function createGitlabPushAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:gitlab:push',
    description:
      'Pushes the task workspace (or a folder of it) as one commit into a standalone repository of a Cloud π Native project, e.g. a skeleton rendered by fetch:template, and optionally sets CI/CD variables (values from the input, or from the task secrets). Uses the platform GitLab credentials after checking the user’s MANAGE_REPOSITORIES permission through the console.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        instance: instanceInput,
        project: projectInput,
        repository: z =>
          z
            .string()
            .describe(
              'Internal name of the repository, created beforehand (e.g. with cpin:repository:create) without an external source.',
            ),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Folder of the workspace to push (default: the whole workspace). .git and .gitignore-d files are left out.',
            ),
        branch: z =>
          z
            .string()
            .optional()
            .describe(
              'Branch to commit to (default "main"); created from the default branch if missing.',
            ),
        commitMessage: z =>
          z
            .string()
            .optional()
            .describe(
              'Commit message (default "Initial content from Backstage").',
            ),
        variables: z =>
          z
            .array(
              z.object({
                key: z
                  .string()
                  .describe('Variable name: letters, digits and underscores.'),
                value: z
                  .string()
                  .optional()
                  .describe('Plain value (not for secrets).'),
                secret: z
                  .string()
                  .optional()
                  .describe(
                    'Name of the task secret holding the value; the value is then masked by default.',
                  ),
                masked: z
                  .boolean()
                  .optional()
                  .describe('Mask the value in job logs.'),
                protected: z
                  .boolean()
                  .optional()
                  .describe('Only expose it to protected branches and tags.'),
                raw: z
                  .boolean()
                  .optional()
                  .describe('Do not expand $VARIABLES in the value.'),
                environmentScope: z
                  .string()
                  .optional()
                  .describe('GitLab environment scope (default "*").'),
              }),
            )
            .optional()
            .describe(
              'CI/CD variables to create or update on the repository, each with a value or a secret.',
            ),
      },
      output: {
        projectId: projectIdOutput,
        gitlabPath: z =>
          z.string().describe('Full path of the repository in GitLab.'),
        gitlabUrl: z =>
          z.string().optional().describe('Web URL of the repository.'),
        repoContentsUrl: z =>
          z
            .string()
            .optional()
            .describe(
              'URL of the pushed branch contents, for catalog:register (repoContentsUrl).',
            ),
        commitId: z => z.string().describe('SHA of the commit.'),
        commitUrl: z =>
          z.string().optional().describe('Web URL of the commit.'),
        branch: z => z.string().describe('Branch committed to.'),
        files: z => z.number().describe('Number of files in the commit.'),
        variables: z =>
          z.array(z.string()).describe('Names of the CI/CD variables set.'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const fields = parseFields({
        ...projectTargetFields(input),
        repositoryName: [repositoryRefSchema, trimmed(input.repository)],
        branch: [gitBranchNameSchema, optionalTrimmed(input.branch) ?? 'main'],
        message: [
          commitMessageSchema,
          optionalTrimmed(input.commitMessage) ??
            'Initial content from Backstage',
        ],
        variables: [variablesSchema, input.variables ?? []],
        sourcePath: [
          sourcePathSchema,
          optionalTrimmed(input.sourcePath) ?? '.',
        ],
      });
      const { repositoryName, branch, message, variables } = fields;
      assertNoProblems([
        ...variables.flatMap(v => variableProblems(v, ctx.secrets)),
        ...duplicates(variables.map(v => v.key)).map(
          key => `La variable CI/CD ${key} est donnée deux fois.`,
        ),
      ]);
      const files = await readFiles(
        workspaceFolder(ctx.workspacePath, fields.sourcePath),
        ctx.logger,
      );
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        fields.instance,
      );
      const gitlab = requireGitLab(instance);

      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, fields.project, caller, ctx.logger)
        : await ProjectAccess.load(client, fields.project, caller, ctx.logger);
      access?.assertWritable();
      await access?.require(PERMISSIONS.manageRepositories);
      const project = access?.project;
      const repositories = project
        ? await client.repositories.list(project.id)
        : [];
      if (
        project &&
        (!ctx.isDryRun || hasRepository(repositories, repositoryName))
      ) {
        const repository = findRepository(
          repositories,
          repositoryName,
          project.slug,
        );
        if (repository.externalRepoUrl) {
          throw new InputError(
            `The repository "${repositoryName}" mirrors ${repository.externalRepoUrl}: the next synchronisation would overwrite a push. Push to the external repository instead.`,
          );
        }
      } else if (project) {
        ctx.logger.warn(
          `Dry run: the repository "${repositoryName}" does not exist yet in "${project.slug}" (an earlier step may create it)`,
        );
      }
      const slug = project?.slug ?? fields.project;
      const gitlabPath = gitlabProjectPath(
        instance.projectsRootDir,
        slug,
        repositoryName,
      );
      const gitlabUrl = instance.urls.gitlabProject(slug, repositoryName);
      const publish = (
        commit: Pick<GitLabPushResult, 'commitId'> & { webUrl?: string },
      ) => {
        ctx.output('projectId', project?.id ?? DRY_RUN_ID);
        ctx.output('gitlabPath', gitlabPath);
        if (gitlabUrl) {
          ctx.output('gitlabUrl', gitlabUrl);
          ctx.output(
            'repoContentsUrl',
            `${gitlabUrl}/-/blob/${encodeURIComponent(branch)}`,
          );
        }
        ctx.output('commitId', commit.commitId);
        if (commit.webUrl) ctx.output('commitUrl', commit.webUrl);
        ctx.output('branch', branch);
        ctx.output('files', files.length);
        ctx.output(
          'variables',
          variables.map(v => v.key),
        );
      };

      if (ctx.isDryRun || !project) {
        ctx.logger.info(
          `Dry run: ${
            files.length
          } files would be pushed to ${gitlabPath} (${branch})${
            variables.length > 0
              ? `, with the variables ${variables.map(v => v.key).join(', ')}`
              : ''
          }`,
        );
        publish({ commitId: DRY_RUN_COMMIT });
        return;
      }

      const author = authorOf(ctx.user?.entity);
      const commit = await checkpointJson(
        ctx,
        `cpin.gitlab.push.${instance.name}.${gitlabPath}.${branch}`,
        () =>
          gitlab.pushFiles({
            project: gitlabPath,
            branch,
            message,
            files,
            author,
          }),
      );
      ctx.logger.info(
        `Pushed ${files.length} files to ${gitlabPath} (${branch}) in commit ${commit.shortId}`,
      );

      for (const variable of variables) {
        const scope = variable.environmentScope?.trim() || '*';
        const fromSecret = variable.secret !== undefined;
        // The key names the variable, never its value.
        const outcome = await checkpointJson(
          ctx,
          `cpin.gitlab.variable.${instance.name}.${gitlabPath}.${variable.key}.${scope}`,
          async () => ({
            outcome: await gitlab.setProjectVariable(gitlabPath, {
              key: variable.key,
              value: fromSecret
                ? ctx.secrets![variable.secret!]
                : variable.value!,
              masked: variable.masked ?? fromSecret,
              protected: variable.protected ?? false,
              raw: variable.raw ?? true,
              environmentScope: scope,
            }),
          }),
        );
        ctx.logger.info(
          `CI/CD variable ${variable.key} ${outcome.outcome} on ${gitlabPath}`,
        );
      }
      publish(commit);
    },
  });
}

function workspaceFolder(workspacePath: string, sourcePath: string): string {
  try {
    return resolveSafeChildPath(workspacePath, sourcePath);
  } catch {
    throw new InputError(
      "Le dossier à pousser (sourcePath) doit être dans l'espace de travail de la tâche.",
    );
  }
}

function variableProblems(
  variable: VariableInput,
  secrets: Record<string, string> | undefined,
): string[] {
  if ((variable.value === undefined) === (variable.secret === undefined)) {
    return [
      `La variable CI/CD ${variable.key} doit avoir soit une valeur (value), soit un secret (secret), pas les deux.`,
    ];
  }
  if (variable.secret === undefined) return [];
  const value = secrets?.[variable.secret];
  if (!value) {
    return [
      `La variable CI/CD ${variable.key} désigne le secret de la tâche « ${variable.secret} », absent ou vide.`,
    ];
  }
  return ciVariableValueSchema.safeParse(value).success
    ? []
    : [
        `La valeur de la variable CI/CD ${variable.key} (secret « ${
          variable.secret
        } ») dépasse ${CI_VARIABLE_VALUE_MAX_BYTES / 1024} Kio.`,
      ];
}

function hasRepository(repositories: Repository[], ref: string): boolean {
  return repositories.some(r => r.id === ref || r.internalRepoName === ref);
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** The files to commit, as text when they are UTF-8 and base64 otherwise. */
async function readFiles(
  source: string,
  logger: { warn(message: string): void },
): Promise<GitLabFile[]> {
  const stat = await fs.stat(source).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw new InputError(
      `Nothing to push: the workspace has no folder ${JSON.stringify(
        source,
      )} (sourcePath).`,
    );
  }
  const entries = (
    await serializeDirectoryContents(source, { gitignore: true })
  ).filter(entry => {
    if (!entry.symlink) return true;
    logger.warn(
      `Skipping the symbolic link ${entry.path}: GitLab commits through the API cannot create one`,
    );
    return false;
  });
  const tooLarge = pushFilesProblem(
    entries.map(entry => ({ path: entry.path, bytes: entry.content.length })),
  );
  if (tooLarge) throw new InputError(tooLarge);
  const files: GitLabFile[] = [];
  for (const entry of entries) {
    const text = entry.content.toString('utf8');
    files.push(
      Buffer.from(text, 'utf8').equals(entry.content)
        ? { path: entry.path, content: text }
        : {
            path: entry.path,
            content: entry.content.toString('base64'),
            encoding: 'base64',
          },
    );
  }
  if (files.length === 0) {
    throw new InputError('Nothing to push: the folder is empty (sourcePath).');
  }
  return files;
}

/** The commit author from the task's user entity, when it has an e-mail. */
function authorOf(
  entity:
    | {
        metadata: { name: string };
        spec?: { profile?: { email?: string; displayName?: string } };
      }
    | undefined,
): { name: string; email: string } | undefined {
  const email = entity?.spec?.profile?.email;
  if (!email) return undefined;
  return {
    name: entity.spec?.profile?.displayName ?? entity.metadata.name,
    email,
  };
}
