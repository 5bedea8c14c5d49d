import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import {
  Environment,
  RESOURCE_MAXIMA,
  argoCdPrefix,
  clusterRefSchema,
  createEnvironmentRequestSchema,
  namespaceName,
  stageKind,
  stageRefSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { checkpointJson } from '../lib/checkpoint';
import { announceProjectChange } from '../lib/projectEvents';
import { DRY_RUN_ID } from '../lib/dryRun';
import { findCluster, findStage } from '../lib/lookups';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import { assertProvisioned, waitForProjectStatus } from '../lib/provisioning';
import { budgetProblem, clusterCapacityProblemFor } from '../lib/resources';
import { openSession } from '../lib/session';
import {
  assertNoProblems,
  parseFields,
  parseWith,
  projectTargetFields,
  trimmed,
} from '../lib/validation';
import { examples } from './environmentCreate.examples';
import {
  consoleUrlOutput,
  instanceInput,
  projectIdOutput,
  projectInput,
} from './inputProperties';
import { CloudPiActionOptions } from './types';

const environmentFields = createEnvironmentRequestSchema.omit({
  stageId: true,
  clusterId: true,
});

/**
 * Creates an environment in a Cloud π project as the requesting user, after
 * checking their permission, the project budget and (when readable) the
 * cluster capacity with the console's own rules.
 *
 * @public
 */
export function createEnvironmentCreateAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:environment:create',
    description:
      'Creates an environment (Kubernetes namespace, Argo CD applications, quotas) in a Cloud π Native project as the requesting user. Checks the MANAGE_ENVIRONMENTS permission, the project budget and the cluster capacity before sending anything; an existing environment with the same name, stage and cluster is adopted.',
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
              'Environment name: 2 to 11 lowercase letters and digits, unique in the project.',
            ),
        stage: z =>
          z
            .string()
            .describe(
              'Environment type: stage name (e.g. "dev", "staging", "prod") or id, as the CloudPiStagePicker field gives it. Only "prod" counts as production.',
            ),
        cluster: z =>
          z
            .string()
            .describe(
              'Cluster label (e.g. "ovh-hprod") or id, as the CloudPiClusterPicker field gives it. It must serve the stage.',
            ),
        cpu: z =>
          z
            .number()
            .describe(
              `CPU allocated, in cores, from 0 to ${RESOURCE_MAXIMA.cpu}.`,
            ),
        gpu: z =>
          z
            .number()
            .optional()
            .describe(
              `Whole GPUs allocated, from 0 to ${RESOURCE_MAXIMA.gpu} (default 0).`,
            ),
        memory: z =>
          z
            .number()
            .describe(
              `Memory allocated, in GiB, from 0 to ${RESOURCE_MAXIMA.memory}.`,
            ),
        autosync: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Argo CD automated sync of the environment (default true).',
            ),
      },
      output: {
        environmentId: z => z.string().describe('UUID of the environment.'),
        name: z => z.string().describe('Name of the environment.'),
        projectId: projectIdOutput,
        namespace: z =>
          z.string().describe('Kubernetes namespace of the environment.'),
        argoCdPrefix: z =>
          z
            .string()
            .describe(
              'Prefix of the Argo CD AppProjects and Applications of the environment.',
            ),
        stage: z => z.string().describe('Stage name.'),
        stageKind: z =>
          z.string().describe('"prod" for the prod stage, "hprod" otherwise.'),
        cluster: z => z.string().describe('Cluster label.'),
        grafanaUrl: z =>
          z
            .string()
            .optional()
            .describe('Grafana instance of the project for this stage kind.'),
        consoleUrl: consoleUrlOutput,
        adopted: z =>
          z
            .boolean()
            .describe(
              'True when the environment already existed and was reused.',
            ),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const target = parseFields({
        ...projectTargetFields(input),
        fields: [
          environmentFields,
          {
            name: trimmed(input.name),
            cpu: input.cpu,
            gpu: input.gpu ?? 0,
            memory: input.memory,
            autosync: input.autosync ?? true,
          },
        ],
        stageRef: [stageRefSchema, trimmed(input.stage)],
        clusterRef: [clusterRefSchema, trimmed(input.cluster)],
      });
      const { fields, stageRef, clusterRef } = target;
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        target.instance,
      );

      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, target.project, caller, ctx.logger)
        : await ProjectAccess.load(client, target.project, caller, ctx.logger);
      access?.assertWritable();
      await access?.require(PERMISSIONS.manageEnvironments);
      const project = access?.project;

      const [stages, clusters, environments] = await Promise.all([
        client.platform.listStages(),
        client.platform.listClusters(),
        project ? client.environments.list(project.id) : [],
      ]);
      const stage = findStage(stages, stageRef);
      const cluster = findCluster(clusters, clusterRef);
      const body = parseWith(createEnvironmentRequestSchema, {
        ...fields,
        stageId: stage.id,
        clusterId: cluster.id,
      });

      const existing = environments.find(e => e.name === body.name);
      if (existing) {
        if (
          existing.stageId !== stage.id ||
          existing.clusterId !== cluster.id
        ) {
          throw new InputError(
            `Ce nom d'environnement est déjà pris. ("${body.name}" already exists in "${project?.slug}" with another stage or cluster)`,
          );
        }
      } else {
        assertClusterServes(cluster, stage, project?.clusterIds ?? []);
        const problems = [
          await clusterCapacityProblemFor(client, cluster, body, ctx.logger),
          project && budgetProblem(project, stage, environments, stages, body),
        ].filter((p): p is string => typeof p === 'string');
        assertNoProblems(problems);
      }

      const kind = stageKind(stage.name);
      const projectId = project?.id ?? DRY_RUN_ID;
      const slug = project?.slug ?? target.project;
      const consoleUrl = instance.urls.consoleProject(slug);
      const publish = (environment: Environment, adopted: boolean) => {
        ctx.output('environmentId', environment.id);
        ctx.output('name', environment.name);
        ctx.output('projectId', projectId);
        ctx.output('namespace', namespaceName(projectId, environment.id));
        ctx.output('argoCdPrefix', argoCdPrefix(slug, environment.name));
        ctx.output('stage', stage.name);
        ctx.output('stageKind', kind);
        ctx.output('cluster', cluster.label);
        const grafanaUrl = instance.urls.grafana(slug, kind);
        if (grafanaUrl) ctx.output('grafanaUrl', grafanaUrl);
        ctx.output('consoleUrl', consoleUrl);
        ctx.output('adopted', adopted);
      };

      if (ctx.isDryRun || !project) {
        ctx.logger.info(
          existing
            ? `Dry run: environment "${body.name}" already exists in "${slug}"; it would be adopted`
            : `Dry run: environment "${body.name}" (${stage.name}, ${cluster.label}) would be created in "${slug}"`,
        );
        publish(
          existing ?? {
            ...body,
            id: DRY_RUN_ID,
            projectId,
            createdAt: '',
            updatedAt: '',
          },
          Boolean(existing),
        );
        return;
      }

      const result = await checkpointJson(
        ctx,
        `cpin.environment.create.${instance.name}.${project.id}.${body.name}`,
        async () => {
          const current = (await client.environments.list(project.id)).find(
            e => e.name === body.name,
          );
          if (current) return { environment: current, adopted: true };
          try {
            return {
              environment: await client.environments.create(project.id, body),
              adopted: false,
            };
          } catch (error) {
            // 500 after provisioning, timeout or lost answer: the row may
            // exist. The project status below tells how provisioning went.
            const written = (await client.environments.list(project.id)).find(
              e => e.name === body.name,
            );
            if (!written) throw error;
            return {
              environment: written,
              adopted: false,
              createError: String(error),
            };
          }
        },
      );
      const { environment, adopted } = result;
      if ('createError' in result) {
        ctx.logger.warn(
          `The console answered "${result.createError}" but the environment "${body.name}" was recorded`,
        );
      }
      if (adopted) {
        ctx.logger.warn(
          `The environment "${body.name}" already exists in "${project.slug}": it is reused as is (cpu ${environment.cpu}, gpu ${environment.gpu}, memory ${environment.memory} GB)`,
        );
      } else {
        ctx.logger.info(
          `Created the environment "${body.name}" in "${project.slug}" (${stage.name} on ${cluster.label})`,
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
        parts: ['environments'],
      });
      publish(environment, adopted);
    },
  });
}

/**
 * The console UI only offers clusters attached to the stage, and dedicated
 * clusters only to the projects they are linked to.
 */
function assertClusterServes(
  cluster: { label: string; privacy: string; id: string; stageIds?: string[] },
  stage: { id: string; name: string },
  projectClusterIds: string[],
): void {
  if (
    cluster.privacy === 'dedicated' &&
    !projectClusterIds.includes(cluster.id)
  ) {
    throw new InputError(
      `Cluster invalide. (the dedicated cluster "${cluster.label}" is not linked to this project)`,
    );
  }
  if (cluster.stageIds && !cluster.stageIds.includes(stage.id)) {
    throw new InputError(
      `Cluster invalide. (the cluster "${cluster.label}" does not serve the stage "${stage.name}")`,
    );
  }
}
