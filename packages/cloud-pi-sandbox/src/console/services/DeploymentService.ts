import { CONSOLE_LOG_ACTIONS } from '@cpin/plugin-cloud-pi-native-common';
import type {
  CreateDeploymentInput,
  UpdateDeploymentInput,
} from '@cpin/plugin-cloud-pi-native-common';
import { ConsoleError } from '../errors';
import type { EventOrigin } from '../provisioning';
import type {
  DeploymentRecord,
  DeploymentSourceRecord,
  ExternalValueSourceRecord,
  InternalValueSourceRecord,
  ProjectRecord,
} from '../store/records';
import { nowIso, type ConsoleDeps } from './deps';

type CreateSource = CreateDeploymentInput['deploymentSources'][number];
type UpdateSource = UpdateDeploymentInput['deploymentSources'][number];

/**
 * What NestJS answers when Prisma refuses a write (an unknown or foreign
 * id): the console has no exception filter, so it is a bare 500.
 */
function prismaFailure(): ConsoleError {
  return new ConsoleError(500, 'Internal server error');
}

/**
 * Deployments of a project (console 9.24, `DeploymentService`): rows are
 * written at once and the project reconciliation runs without being
 * awaited, so the response never tells how the tools fared (the log does).
 */
export class DeploymentService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /** The project's deployments, by creation date. */
  list(project: ProjectRecord): DeploymentRecord[] {
    return this.#deps.store.deployments.findGroup('project', project.id);
  }

  create(
    project: ProjectRecord,
    input: CreateDeploymentInput,
    origin: EventOrigin,
  ): DeploymentRecord {
    const { store } = this.#deps;
    this.#requireEnvironment(project, input.environmentId);
    const now = nowIso();
    const deployment = store.deployments.insert({
      id: store.newId(
        'deployment',
        `${project.slug}/${input.environmentId}/${input.name}`,
      ),
      projectId: project.id,
      environmentId: input.environmentId,
      name: input.name,
      autosync: input.autosync,
      sources: input.deploymentSources.map((source, index) =>
        this.#newSource(project, source, now, `${input.name}/${index}`),
      ),
      createdAt: now,
      updatedAt: now,
    });
    this.#reconcile(
      project,
      CONSOLE_LOG_ACTIONS.createDeployment,
      { deployment: input },
      origin,
    );
    return deployment;
  }

  /**
   * Replaces the deployment: sources with an `id` are updated, the others
   * created, and the ones left out deleted; value sources alike.
   */
  update(
    project: ProjectRecord,
    deploymentId: string,
    input: UpdateDeploymentInput,
    origin: EventOrigin,
  ): DeploymentRecord {
    const { store } = this.#deps;
    const existing = this.#get(project, deploymentId);
    this.#requireEnvironment(project, input.environmentId);
    const now = nowIso();
    const sources = input.deploymentSources.map((source, index) => {
      if (!source.id) {
        return this.#newSource(project, source, now, `${input.name}/${index}`);
      }
      const current = existing.sources.find(s => s.id === source.id);
      if (!current) throw prismaFailure();
      return this.#updatedSource(project, current, source, now);
    });
    const updated = store.deployments.update(existing.id, d => {
      d.name = input.name;
      d.autosync = input.autosync;
      d.environmentId = input.environmentId;
      d.sources = sources;
      d.updatedAt = now;
    });
    this.#reconcile(
      project,
      CONSOLE_LOG_ACTIONS.updateDeployment,
      { deploymentId, deployment: input },
      origin,
    );
    return updated;
  }

  delete(
    project: ProjectRecord,
    deploymentId: string,
    origin: EventOrigin,
  ): void {
    const deployment = this.#get(project, deploymentId);
    this.#deps.store.deployments.delete(deployment.id);
    this.#reconcile(
      project,
      CONSOLE_LOG_ACTIONS.deleteDeployment,
      { deploymentId, name: deployment.name },
      origin,
    );
  }

  /** `ON DELETE CASCADE` of an environment: its deployments go with it. */
  removeEnvironment(environmentId: string): void {
    const { deployments } = this.#deps.store;
    for (const deployment of deployments.findGroup(
      'environment',
      environmentId,
    )) {
      deployments.delete(deployment.id);
    }
  }

  /**
   * `ON DELETE CASCADE` of a repository: the sources deploying it and the
   * external value sources reading it go; the deployments stay.
   */
  removeRepository(projectId: string, repositoryId: string): void {
    const { deployments } = this.#deps.store;
    for (const deployment of deployments.findGroup('project', projectId)) {
      const uses = deployment.sources.some(
        s =>
          s.repositoryId === repositoryId ||
          s.externalValueSource?.repositoryId === repositoryId,
      );
      if (!uses) continue;
      deployments.update(deployment.id, d => {
        d.sources = d.sources
          .filter(s => s.repositoryId !== repositoryId)
          .map(s =>
            s.externalValueSource?.repositoryId === repositoryId
              ? { ...s, externalValueSource: null }
              : s,
          );
      });
    }
  }

  /**
   * A deployment of the project. The console loads it by id alone (and
   * answers 500 for an unknown one); a deployment of another project is
   * treated as unknown here rather than rewired.
   */
  #get(project: ProjectRecord, deploymentId: string): DeploymentRecord {
    const deployment = this.#deps.store.deployments.get(deploymentId);
    if (!deployment || deployment.projectId !== project.id) {
      throw prismaFailure();
    }
    return deployment;
  }

  /** Prisma's `connect` fails on an unknown environment (500). */
  #requireEnvironment(project: ProjectRecord, environmentId: string): void {
    const environment = this.#deps.store.environments.get(environmentId);
    if (!environment || environment.projectId !== project.id) {
      throw prismaFailure();
    }
  }

  #requireRepository(project: ProjectRecord, repositoryId: string): void {
    const repository = this.#deps.store.repositories.get(repositoryId);
    if (!repository || repository.projectId !== project.id) {
      throw prismaFailure();
    }
  }

  /** `key` names the source while seeding, so that its ids are stable. */
  #newSource(
    project: ProjectRecord,
    source: CreateSource,
    now: string,
    key: string,
  ): DeploymentSourceRecord {
    this.#requireRepository(project, source.repositoryId);
    const id = this.#newId(project, 'deploymentSource', key);
    return {
      id,
      repositoryId: source.repositoryId,
      type: source.type,
      targetRevision: source.targetRevision ?? '',
      path: source.path ?? '',
      helmValuesFiles: source.helmValuesFiles ?? '',
      ...this.#valueSources(project, source.valueSources, undefined, id),
      createdAt: now,
      updatedAt: now,
    };
  }

  #updatedSource(
    project: ProjectRecord,
    current: DeploymentSourceRecord,
    source: UpdateSource,
    now: string,
  ): DeploymentSourceRecord {
    this.#requireRepository(project, source.repositoryId);
    return {
      ...current,
      repositoryId: source.repositoryId,
      type: source.type,
      // Prisma leaves a column alone when the field is undefined.
      targetRevision: source.targetRevision ?? current.targetRevision,
      path: source.path ?? current.path,
      helmValuesFiles: source.helmValuesFiles ?? current.helmValuesFiles,
      ...this.#valueSources(project, source.valueSources, current, current.id),
      updatedAt: now,
    };
  }

  /**
   * Splits the submitted list into internal value sources and the (single)
   * external one; `order` is the position in the list. Internal ones with
   * an `id` must already belong to the source.
   */
  #valueSources(
    project: ProjectRecord,
    valueSources: Array<
      | { type: 'internal'; id?: string; path: string }
      | {
          type: 'external';
          id?: string;
          path: string;
          ref: string;
          targetRevision: string;
          repositoryId: string;
        }
    >,
    current: DeploymentSourceRecord | undefined,
    sourceId: string,
  ): Pick<
    DeploymentSourceRecord,
    'internalValueSources' | 'externalValueSource'
  > {
    const internalValueSources: InternalValueSourceRecord[] = [];
    let externalValueSource: ExternalValueSourceRecord | null = null;
    valueSources.forEach((valueSource, order) => {
      if (valueSource.type === 'internal') {
        if (
          valueSource.id &&
          !current?.internalValueSources.some(v => v.id === valueSource.id)
        ) {
          throw prismaFailure();
        }
        internalValueSources.push({
          id:
            valueSource.id ??
            this.#newId(project, 'valueSource', `${sourceId}/${order}`),
          order,
          path: valueSource.path,
        });
        return;
      }
      this.#requireRepository(project, valueSource.repositoryId);
      externalValueSource = {
        // Upserted: the existing row keeps its id.
        id:
          current?.externalValueSource?.id ??
          this.#newId(project, 'valueSource', `${sourceId}/${order}`),
        order,
        path: valueSource.path,
        ref: valueSource.ref,
        targetRevision: valueSource.targetRevision,
        repositoryId: valueSource.repositoryId,
      };
    });
    return { internalValueSources, externalValueSource };
  }

  #newId(project: ProjectRecord, kind: string, key: string): string {
    return this.#deps.store.newId(kind, `${project.slug}/${key}`);
  }

  /** Fire and forget: outcomes (failures included) only reach the log. */
  #reconcile(
    project: ProjectRecord,
    action: string,
    args: Record<string, unknown>,
    origin: EventOrigin,
  ): void {
    this.#deps.provisioning
      .upsert(project.id, action, args, origin)
      .catch(() => undefined);
  }
}
