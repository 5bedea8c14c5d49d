import {
  clusterCapacityProblem,
  projectBudgetProblem,
  sumResources,
  type CreateEnvironmentInput,
  type EnvironmentResources,
  type UpdateEnvironmentInput,
  CONSOLE_LOG_ACTIONS,
} from '@cpin/plugin-cloud-pi-native-common';
import { badRequest, internalError, notFound } from '../errors';
import type { EventOrigin } from '../provisioning';
import type { EnvironmentRecord, ProjectRecord } from '../store/records';
import type { DeploymentService } from './DeploymentService';
import { nowIso, type ConsoleDeps } from './deps';

/** Business messages of environment validation (console 9.24). */
export const ENVIRONMENT_MESSAGES = {
  nameTaken: "Ce nom d'environnement est déjà pris.",
  invalidStage: "Type d'environnement invalide.",
  invalidCluster: 'Cluster invalide.',
  notFound: 'Environnement introuvable',
  createFailed: "Echec des services à la création de l'environnement",
  updateFailed: "Echec des services à la mise à jour de l'environnement",
  deleteFailed: "Echec des services à la suppression de l'environnement",
} as const;

type Resources = EnvironmentResources;

/** Environments of a project (v2 routes). */
export class EnvironmentService {
  readonly #deps: ConsoleDeps;
  readonly #deployments: DeploymentService;

  constructor(deps: ConsoleDeps, deployments: DeploymentService) {
    this.#deps = deps;
    this.#deployments = deployments;
  }

  /** The project's environments, by creation date. */
  list(project: ProjectRecord): EnvironmentRecord[] {
    return this.#deps.store.environments.findGroup('project', project.id);
  }

  /** An environment of the project, or a 404. */
  get(project: ProjectRecord, environmentId: string): EnvironmentRecord {
    const env = this.#deps.store.environments.get(environmentId);
    if (!env || env.projectId !== project.id) {
      throw notFound(ENVIRONMENT_MESSAGES.notFound);
    }
    return env;
  }

  /**
   * The console's business validation, every message joined with `\n`:
   * name, stage, cluster, cluster capacity and project budget.
   */
  validate(
    project: ProjectRecord,
    input: { name?: string; stageId: string; clusterId: string } & Resources,
    existing?: EnvironmentRecord,
  ): string[] {
    const { store } = this.#deps;
    const errors: string[] = [];
    const others = this.list(project).filter(e => e.id !== existing?.id);
    if (!existing && others.some(e => e.name === input.name)) {
      errors.push(ENVIRONMENT_MESSAGES.nameTaken);
    }
    const stage = store.stages.get(input.stageId);
    if (!stage) errors.push(ENVIRONMENT_MESSAGES.invalidStage);
    const cluster = store.clusters.get(input.clusterId);
    const clusterAllowed =
      cluster &&
      (cluster.privacy === 'public' || cluster.projectIds.includes(project.id));
    if (!cluster || !clusterAllowed) {
      errors.push(ENVIRONMENT_MESSAGES.invalidCluster);
      return errors;
    }
    // As the console: resources are only checked on an allowed cluster.
    const capacityProblem = clusterCapacityProblem(
      sumResources(
        store.environments
          .findGroup('cluster', cluster.id)
          .filter(e => e.id !== existing?.id),
      ),
      input,
      cluster,
    );
    if (capacityProblem) errors.push(capacityProblem);
    const budgetProblem = projectBudgetProblem(
      project,
      stage?.name,
      others.map(e => ({
        ...e,
        stageName: store.stages.get(e.stageId)?.name ?? '',
      })),
      input,
    );
    if (budgetProblem) errors.push(budgetProblem);
    return errors;
  }

  /** Creates the row, then provisions; a plugin failure is a 500 (the row stays). */
  async create(
    project: ProjectRecord,
    input: CreateEnvironmentInput,
    origin: EventOrigin,
  ): Promise<EnvironmentRecord> {
    const { store, provisioning } = this.#deps;
    const errors = this.validate(project, input);
    if (errors.length > 0) throw badRequest(errors.join('\n'));
    const now = nowIso();
    const env = store.environments.insert({
      id: store.newId('environment', `${project.slug}/${input.name}`),
      name: input.name,
      projectId: project.id,
      stageId: input.stageId,
      clusterId: input.clusterId,
      cpu: input.cpu,
      gpu: input.gpu,
      memory: input.memory,
      autosync: input.autosync,
      createdAt: now,
      updatedAt: now,
    });
    const outcome = await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.createEnvironment,
      { environment: input },
      origin,
    );
    if (!outcome.ok) throw internalError(ENVIRONMENT_MESSAGES.createFailed);
    return store.environments.get(env.id)!;
  }

  /** Updates `cpu`, `gpu`, `memory`, `autosync` (the environment itself excluded from sums). */
  async update(
    project: ProjectRecord,
    environmentId: string,
    input: UpdateEnvironmentInput,
    origin: EventOrigin,
  ): Promise<EnvironmentRecord> {
    const { store, provisioning } = this.#deps;
    const env = this.get(project, environmentId);
    const errors = this.validate(
      project,
      { stageId: env.stageId, clusterId: env.clusterId, ...input },
      env,
    );
    if (errors.length > 0) throw badRequest(errors.join('\n'));
    store.environments.update(env.id, e => {
      e.cpu = input.cpu;
      e.gpu = input.gpu;
      e.memory = input.memory;
      e.autosync = input.autosync;
      e.updatedAt = nowIso();
    });
    const outcome = await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.updateEnvironment,
      { environmentId: env.id, environment: input },
      origin,
    );
    if (!outcome.ok) throw internalError(ENVIRONMENT_MESSAGES.updateFailed);
    return store.environments.get(env.id)!;
  }

  /** Deletes the row, then provisions (tools drop the environment's objects). */
  async delete(
    project: ProjectRecord,
    environmentId: string,
    origin: EventOrigin,
  ): Promise<void> {
    const { store, provisioning } = this.#deps;
    const env = this.get(project, environmentId);
    this.#deployments.removeEnvironment(env.id);
    store.environments.delete(env.id);
    const outcome = await provisioning.upsert(
      project.id,
      CONSOLE_LOG_ACTIONS.deleteEnvironment,
      { environmentId: env.id, name: env.name },
      origin,
    );
    if (!outcome.ok) throw internalError(ENVIRONMENT_MESSAGES.deleteFailed);
  }
}
