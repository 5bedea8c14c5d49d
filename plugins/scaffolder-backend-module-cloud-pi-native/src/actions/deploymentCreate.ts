import { InputError, NotAllowedError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  CreateDeploymentInput,
  Deployment,
  Environment,
  Repository,
  argoCdWorkloadAppName,
  createDeploymentInputSchema,
  booleanFieldSchema,
  deploymentNameSchema,
  namespaceName,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';
import { checkpointJson } from '../lib/checkpoint';
import { announceProjectChange } from '../lib/projectEvents';
import { DRY_RUN_ID } from '../lib/dryRun';
import { findEnvironment, findRepository } from '../lib/lookups';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import {
  DeploymentSourceInput,
  deploymentSourcesSchema,
  environmentRefSchema,
} from '../lib/deploymentInputs';
import { openSession } from '../lib/session';
import {
  parseFields,
  parseWith,
  projectTargetFields,
  trimmed,
} from '../lib/validation';
import { examples } from './deploymentCreate.examples';
import {
  consoleUrlOutput,
  instanceInput,
  projectIdOutput,
  projectInput,
} from './inputProperties';
import { CloudPiActionOptions } from './types';

/**
 * Binds repositories of a Cloud π project to one of its environments with
 * a console Deployment, as the requesting user. Argo CD then deploys them
 * from the deployment (instead of the infra repositories) in the
 * environment's zone.
 *
 * @public
 */
export function createDeploymentCreateAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:deployment:create',
    description:
      'Creates a console Deployment: repositories of a Cloud π Native project deployed by Argo CD into one of its environments, as the requesting user. Checks MANAGE_DEPLOYMENTS and the console rules before sending anything; an identical deployment is adopted. The console reconciles Argo CD in the background.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        instance: instanceInput,
        project: projectInput,
        name: z =>
          z
            .string()
            .describe('Deployment name: 2 to 11 lowercase letters and digits.'),
        environment: z =>
          z
            .string()
            .describe('Name (or id) of the environment to deploy into.'),
        autosync: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Argo CD automated sync of the deployment (default true).',
            ),
        sources: z =>
          z
            .array(
              z.object({
                repository: z
                  .string()
                  .describe(
                    'Internal name (or id) of the repository to deploy.',
                  ),
                type: z
                  .enum(['git', 'oci'])
                  .optional()
                  .describe('Source type (default git).'),
                targetRevision: z
                  .string()
                  .optional()
                  .describe('Branch, tag or commit (default HEAD).'),
                path: z
                  .string()
                  .optional()
                  .describe('Folder of the manifests or chart (default ".").'),
                helmValuesFiles: z
                  .string()
                  .optional()
                  .describe(
                    'Comma-separated Helm values files; <env> is replaced by the environment name.',
                  ),
                valueSources: z
                  .array(
                    z.union([
                      z.object({
                        type: z.literal('internal'),
                        path: z.string(),
                      }),
                      z.object({
                        type: z.literal('external'),
                        path: z.string(),
                        ref: z.string(),
                        repository: z.string(),
                        targetRevision: z.string().optional(),
                      }),
                    ]),
                  )
                  .optional()
                  .describe(
                    'Ordered values files: of the repository itself (internal) or of another repository of the project (external, at most one).',
                  ),
              }),
            )
            .describe('The repositories to deploy (at least one).'),
      },
      output: {
        deploymentId: z => z.string().describe('UUID of the deployment.'),
        name: z => z.string().describe('Name of the deployment.'),
        projectId: projectIdOutput,
        environment: z => z.string().describe('Environment name.'),
        namespace: z =>
          z
            .string()
            .optional()
            .describe(
              'Kubernetes namespace of the environment (unknown in a dry run for a project to come).',
            ),
        argoCdApplications: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'Argo CD applications the console renders from it (when GitLab is configured).',
            ),
        consoleUrl: consoleUrlOutput,
        adopted: z =>
          z
            .boolean()
            .describe('True when an identical deployment already existed.'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const fields = parseFields({
        ...projectTargetFields(input),
        name: [deploymentNameSchema, trimmed(input.name)],
        environment: [environmentRefSchema, trimmed(input.environment)],
        autosync: [
          booleanFieldSchema('« autosync »').optional(),
          input.autosync,
        ],
        sources: [deploymentSourcesSchema, input.sources],
      });
      const { name, sources } = fields;
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        fields.instance,
      );

      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, fields.project, caller, ctx.logger)
        : await ProjectAccess.load(client, fields.project, caller, ctx.logger);
      // Deployment writes check neither the lock nor the status in the console.
      await access?.require(PERMISSIONS.manageDeployments);
      const project = access?.project;
      const slug = project?.slug ?? fields.project;
      const consoleUrl = instance.urls.consoleProject(slug);

      if (!project) {
        ctx.logger.info(
          `Dry run: deployment "${name}" would be created in "${slug}" (${fields.environment})`,
        );
        ctx.output('deploymentId', DRY_RUN_ID);
        ctx.output('name', name);
        ctx.output('projectId', DRY_RUN_ID);
        ctx.output('environment', fields.environment);
        ctx.output('consoleUrl', consoleUrl);
        ctx.output('adopted', false);
        return;
      }

      const [environments, repositories] = await Promise.all([
        client.environments.list(project.id),
        client.repositories.list(project.id),
      ]);
      const environment =
        environments.find(e => e.id === fields.environment) ??
        findEnvironment(environments, fields.environment);
      const body = parseWith(
        createDeploymentInputSchema,
        toBody(project.id, environment, name, fields.autosync, sources, ref =>
          findRepository(repositories, ref, slug),
        ),
      );

      const existing = await findExisting(client, project.id, body, ctx.logger);
      if (existing && !sameSources(existing, body)) {
        throw new InputError(
          `Un déploiement "${name}" existe déjà dans l'environnement ${
            environment.name
          } avec d'autres sources (${describe(
            existing,
            repositories,
          )}) : modifiez-le dans la console ou choisissez un autre nom.`,
        );
      }

      const publish = (deploymentId: string, adopted: boolean) => {
        ctx.output('deploymentId', deploymentId);
        ctx.output('name', name);
        ctx.output('projectId', project.id);
        ctx.output('environment', environment.name);
        ctx.output('namespace', namespaceName(project.id, environment.id));
        const applications = applicationNames(
          instance.urls.gitlabProject,
          slug,
          environment.name,
          body,
          repositories,
        );
        if (applications) ctx.output('argoCdApplications', applications);
        ctx.output('consoleUrl', consoleUrl);
        ctx.output('adopted', adopted);
      };

      if (ctx.isDryRun) {
        ctx.logger.info(
          existing
            ? `Dry run: deployment "${name}" already exists in ${environment.name}; it would be adopted`
            : `Dry run: deployment "${name}" would be created in ${
                environment.name
              } (${describeBody(body, repositories)})`,
        );
        publish(existing?.id ?? DRY_RUN_ID, Boolean(existing));
        return;
      }

      const result = await checkpointJson(
        ctx,
        `cpin.deployment.create.${instance.name}.${project.id}.${environment.id}.${name}`,
        async () => {
          const current = await findExisting(
            client,
            project.id,
            body,
            ctx.logger,
          );
          if (current) return { deploymentId: current.id, adopted: true };
          try {
            const created = await client.deployments.create(body);
            return { deploymentId: created.id, adopted: false };
          } catch (error) {
            // A lost answer: the row may exist all the same.
            const written = await findExisting(
              client,
              project.id,
              body,
              ctx.logger,
            );
            if (!written || !sameSources(written, body)) throw error;
            return { deploymentId: written.id, adopted: false };
          }
        },
      );
      if (result.adopted) {
        ctx.logger.warn(
          `The deployment "${name}" already exists in ${environment.name} with the same sources: it is reused as is`,
        );
      } else {
        ctx.logger.info(
          `Created the deployment "${name}" in ${
            environment.name
          } (${describeBody(
            body,
            repositories,
          )}); the console updates Argo CD in the background (see ${consoleUrl}?tab=logs)`,
        );
      }
      await announceProjectChange(options.events, ctx, {
        instance: instance.name,
        projectId: project.id,
        parts: ['deployments'],
      });
      publish(result.deploymentId, result.adopted);
    },
  });
}

/** The console body, repositories resolved to ids. */
function toBody(
  projectId: string,
  environment: Environment,
  name: string,
  autosync: boolean | undefined,
  sources: DeploymentSourceInput[],
  repository: (ref: string) => Repository,
): CreateDeploymentInput {
  return {
    name,
    projectId,
    environmentId: environment.id,
    autosync: autosync ?? true,
    deploymentSources: sources.map(source => ({
      type: source.type ?? 'git',
      repositoryId: repository(source.repository).id,
      ...(source.targetRevision
        ? { targetRevision: source.targetRevision }
        : {}),
      ...(source.path ? { path: source.path } : {}),
      ...(source.helmValuesFiles
        ? { helmValuesFiles: source.helmValuesFiles }
        : {}),
      valueSources: (source.valueSources ?? []).map(v =>
        v.type === 'internal'
          ? { type: 'internal' as const, path: v.path }
          : {
              type: 'external' as const,
              path: v.path,
              ref: v.ref,
              targetRevision: v.targetRevision ?? '',
              repositoryId: repository(v.repository).id,
            },
      ),
    })),
  };
}

/**
 * The deployment of that name in that environment, if the caller may list
 * deployments (LIST_DEPLOYMENTS); without it, the task's checkpoint alone
 * keeps a rerun from creating it twice.
 */
async function findExisting(
  client: CloudPiConsoleClient,
  projectId: string,
  body: CreateDeploymentInput,
  logger: { warn(message: string): void },
): Promise<Deployment | undefined> {
  try {
    return (await client.deployments.list(projectId)).find(
      d => d.name === body.name && d.environmentId === body.environmentId,
    );
  } catch (error) {
    if (!(error instanceof NotAllowedError)) throw error;
    logger.warn(
      'You may create deployments but not list them (LIST_DEPLOYMENTS): an existing deployment of the same name cannot be detected',
    );
    return undefined;
  }
}

/** Whether a deployment deploys what the body asks for. */
function sameSources(deployment: Deployment, body: CreateDeploymentInput) {
  const key = (s: {
    repositoryId: string;
    type: string;
    targetRevision?: string;
    path?: string;
    helmValuesFiles?: string;
  }) =>
    [
      s.repositoryId,
      s.type,
      s.targetRevision ?? '',
      s.path ?? '',
      s.helmValuesFiles ?? '',
    ].join('|');
  const current = (deployment.deploymentSources ?? []).map(key).sort();
  const wanted = body.deploymentSources.map(key).sort();
  return JSON.stringify(current) === JSON.stringify(wanted);
}

function repositoryName(repositories: Repository[], id: string) {
  return repositories.find(r => r.id === id)?.internalRepoName ?? id;
}

function describe(deployment: Deployment, repositories: Repository[]) {
  return (deployment.deploymentSources ?? [])
    .map(s => repositoryName(repositories, s.repositoryId))
    .join(', ');
}

function describeBody(body: CreateDeploymentInput, repositories: Repository[]) {
  return body.deploymentSources
    .map(s => repositoryName(repositories, s.repositoryId))
    .join(', ');
}

/** The workload Applications `dso-env` renders, named from the GitLab clone URLs. */
function applicationNames(
  gitlabProject: (slug: string, repo: string) => string | undefined,
  slug: string,
  environmentName: string,
  body: CreateDeploymentInput,
  repositories: Repository[],
): string[] | undefined {
  const names = body.deploymentSources.map(source => {
    const repo = repositoryName(repositories, source.repositoryId);
    const web = gitlabProject(slug, repo);
    return (
      web && argoCdWorkloadAppName(slug, environmentName, repo, `${web}.git`)
    );
  });
  return names.every((n): n is string => typeof n === 'string')
    ? [...new Set(names)]
    : undefined;
}
