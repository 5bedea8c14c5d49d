import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CustomErrorBase, isError } from '@backstage/errors';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS,
  Project,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiInstance,
  ListProjectsQuery,
  createLimiter,
  mapWithConcurrency,
} from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiInconsistentDataError, CloudPiReadError } from '../errors';
import {
  CloudPiTopology,
  CloudPiTransformContext,
  platformToEntities,
  projectToEntities,
  resolveProjectTeam,
} from '../transformers';
import {
  ANNOTATION_VALUE_MAX_LENGTH,
  dropOversizedAnnotations,
} from '../transformers/boundedValues';
import { CloudPiUserDirectory } from './catalogUsers';
import { CloudPiNativeProjectFilters } from './config';

/** Names of the calls a refresh makes, as they appear in errors and logs. */
export const CLOUD_PI_READ_CALLS = {
  version: 'GET /api/v1/version',
  stages: 'GET /api/v1/stages',
  zones: 'GET /api/v1/zones',
  clusters: 'GET /api/v1/clusters',
  projects: 'GET /api/v1/projects?filter=all',
  environments: 'GET /api/v2/projects/{id}/environments',
  repositories: 'GET /api/v2/projects/{id}/repositories',
  services: 'GET /api/v1/projects/{id}/services',
  deployments: 'GET /api/v1/projects/{id}/deployments',
  users: 'catalog User entities',
} as const;

/** Every failure of an aborted refresh; the first one is the cause. @public */
export class CloudPiRefreshError extends CustomErrorBase {
  name = 'CloudPiRefreshError' as const;
  readonly failures: Error[];

  constructor(failures: Error[]) {
    super(
      `${failures.length} failure(s) while reading Cloud π Native${
        failures.length > 1 ? `; the first one` : ''
      }`,
      failures[0],
    );
    this.failures = failures;
  }
}

/** A project whose reads (or mapping) failed in a run. */
export interface CloudPiProjectFailure {
  project: Project;
  error: Error;
}

/** What a read produced: every global list, and each project read or failed. */
export interface CloudPiReadResult {
  /** Platform entities and the entities of every project read in full. */
  entities: Entity[];
  /** Every project selected by the filters, read or failed. */
  projects: Project[];
  /** Projects left out of `entities` because a read failed. */
  failedProjects: CloudPiProjectFailure[];
  unresolvedEmails: number;
}

/** Inputs of {@link readCloudPiEntities}. */
export interface CloudPiReadOptions {
  instance: CloudPiInstance;
  filters: CloudPiNativeProjectFilters;
  concurrency: number;
  context: Omit<CloudPiTransformContext, 'consoleVersion'>;
  loadUsers: () => Promise<CloudPiUserDirectory>;
  logger: LoggerService;
  signal?: AbortSignal;
}

function logFailure(logger: LoggerService, failure: Error) {
  logger.error(`Cloud π Native read failed: ${failure.message}`, {
    call: failure instanceof CloudPiReadError ? failure.call : undefined,
    project: failure instanceof CloudPiReadError ? failure.project : undefined,
  });
}

function toError(value: unknown): Error {
  return isError(value) ? value : new Error(String(value));
}

function throwIfAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted) {
    const error = new Error(
      'The refresh was aborted (task timeout or backend shutdown)',
    );
    error.name = 'AbortError';
    throw error;
  }
}

async function labelled<T>(
  call: string,
  what: string,
  fn: () => Promise<T>,
  project?: Project,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw new CloudPiReadError(
      { call, what, project: project?.slug },
      toError(error),
    );
  }
}

function projectQuery(filters: CloudPiNativeProjectFilters): ListProjectsQuery {
  return {
    filter: 'all',
    statusIn: filters.statuses,
    statusNotIn: filters.excludeStatuses,
    locked:
      filters.locked === 'include' ? undefined : filters.locked === 'only',
  };
}

/**
 * Whether the provider's filters select a project. The console applies the
 * status and lock filters to the list itself; this repeats them for a
 * project read some other way.
 */
export function isSelected(
  project: Project,
  filters: CloudPiNativeProjectFilters,
): boolean {
  if (filters.statuses && !filters.statuses.includes(project.status)) {
    return false;
  }
  if (filters.excludeStatuses.includes(project.status)) return false;
  if (filters.locked === 'exclude' && project.locked) return false;
  if (filters.locked === 'only' && !project.locked) return false;
  return matchesPatterns(project, filters);
}

function matchesPatterns(
  project: Project,
  filters: CloudPiNativeProjectFilters,
): boolean {
  return (
    (!filters.projectNamePattern ||
      filters.projectNamePattern.test(project.name)) &&
    (!filters.slugPattern || filters.slugPattern.test(project.slug)) &&
    !filters.excludeSlugPattern?.test(project.slug)
  );
}

function indexById<T extends { id: string }>(
  items: T[],
  call: string,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) {
      throw new CloudPiInconsistentDataError(`${call} listed ${item.id} twice`);
    }
    map.set(item.id, item);
  }
  return map;
}

/** Throws when two entities share a reference. */
export function assertUniqueRefs(entities: Entity[]) {
  const seen = new Set<string>();
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    if (seen.has(ref)) {
      throw new CloudPiInconsistentDataError(
        `Two console objects map to the same entity ${ref}; rename one of them or use another entityNamespace`,
      );
    }
    seen.add(ref);
  }
}

/**
 * Reads everything one provider imports and maps it to entities. A failed
 * global read (version, stages, zones, clusters, project list, Users), an
 * unexpected body there, or a name clash aborts the whole read. A project
 * whose own reads fail (after the client's retries) or do not hold together
 * is reported in `failedProjects` and never stops the other projects: the
 * provider decides what to keep for it. Each failure is logged with the call
 * and the project it concerned.
 *
 * Global lists are read once; the project list already embeds the members
 * and roles; each project then costs four calls (environments,
 * repositories, services, deployments), all through one limiter of `concurrency`
 * requests. Projects are mapped as soon as their data arrives, so only
 * the entities are kept, never the raw responses.
 */
export async function readCloudPiEntities(
  options: CloudPiReadOptions,
): Promise<CloudPiReadResult> {
  const { instance, filters, logger, signal } = options;
  const client = instance.console;
  const limit = createLimiter(options.concurrency);
  const failures: Error[] = [];
  const fail = (error: unknown) => {
    const failure = toError(error);
    failures.push(failure);
    logFailure(logger, failure);
  };

  const [version, stages, zones, clusters, projects, users] =
    await Promise.allSettled([
      limit(() =>
        labelled(
          CLOUD_PI_READ_CALLS.version,
          'Reading the console version',
          () => client.system.getVersion(),
        ),
      ),
      limit(() =>
        labelled(CLOUD_PI_READ_CALLS.stages, 'Listing the stages', () =>
          client.platform.listStages(),
        ),
      ),
      limit(() =>
        labelled(CLOUD_PI_READ_CALLS.zones, 'Listing the zones', () =>
          client.platform.listZones(),
        ),
      ),
      limit(() =>
        labelled(CLOUD_PI_READ_CALLS.clusters, 'Listing the clusters', () =>
          client.platform.listClusters(),
        ),
      ),
      limit(() => listProjects(options)),
      labelled(
        CLOUD_PI_READ_CALLS.users,
        'Reading the User entities of the catalog',
        options.loadUsers,
      ),
    ]);
  for (const result of [version, stages, zones, clusters, projects, users]) {
    if (result.status === 'rejected') fail(result.reason);
  }
  if (
    version.status === 'rejected' ||
    stages.status === 'rejected' ||
    zones.status === 'rejected' ||
    clusters.status === 'rejected' ||
    projects.status === 'rejected' ||
    users.status === 'rejected'
  ) {
    throw new CloudPiRefreshError(failures);
  }
  throwIfAborted(signal);

  const ctx: CloudPiTransformContext = {
    ...options.context,
    consoleVersion: version.value.version,
  };
  const entities: Entity[] = [];
  let topology: CloudPiTopology;
  let selected: Project[];
  try {
    topology = {
      stages: indexById(stages.value, CLOUD_PI_READ_CALLS.stages),
      zones: indexById(zones.value, CLOUD_PI_READ_CALLS.zones),
      clusters: indexById(clusters.value, CLOUD_PI_READ_CALLS.clusters),
    };
    indexById(projects.value, CLOUD_PI_READ_CALLS.projects);
    selected = projects.value
      .filter(project => matchesPatterns(project, filters))
      .sort((a, b) => (a.slug < b.slug ? -1 : 1));
    entities.push(...platformToEntities(topology, ctx));
  } catch (error) {
    fail(error);
    throw new CloudPiRefreshError(failures);
  }

  const directory = users.value;
  if (directory.ambiguousEmails.length > 0) {
    logger.warn(
      `${
        directory.ambiguousEmails.length
      } e-mail(s) belong to several User entities and are never resolved: ${directory.ambiguousEmails.join(
        ', ',
      )}`,
    );
  }
  const unresolved = new Set<string>();

  // Projects are mapped in slug order whatever the order their data
  // arrives in, so the output is stable from one run to the next. A project
  // whose reads fail is reported and left out; it never stops the others.
  const failedProjects: CloudPiProjectFailure[] = [];
  const perProject = await mapWithConcurrency(
    selected,
    options.concurrency,
    async project => {
      if (signal?.aborted) return [];
      try {
        const [environments, repositories, services, deployments] =
          await Promise.all([
            limit(() =>
              labelled(
                CLOUD_PI_READ_CALLS.environments,
                `Listing the environments of project '${project.slug}' (${project.id})`,
                () => client.environments.list(project.id),
                project,
              ),
            ),
            limit(() =>
              labelled(
                CLOUD_PI_READ_CALLS.repositories,
                `Listing the repositories of project '${project.slug}' (${project.id})`,
                () => client.repositories.list(project.id),
                project,
              ),
            ),
            limit(() =>
              labelled(
                CLOUD_PI_READ_CALLS.services,
                `Listing the services of project '${project.slug}' (${project.id})`,
                () => client.services.list(project.id),
                project,
              ),
            ),
            limit(() =>
              labelled(
                CLOUD_PI_READ_CALLS.deployments,
                `Listing the deployments of project '${project.slug}' (${project.id})`,
                () => client.deployments.list(project.id),
                project,
              ),
            ),
          ]);
        const team = resolveProjectTeam(project, directory.lookup);
        if (team.unresolvedEmails.length > 0) {
          team.unresolvedEmails.forEach(email => unresolved.add(email));
          logger.debug(
            `Project '${
              project.slug
            }': no User entity for ${team.unresolvedEmails.join(', ')}`,
          );
        }
        return projectToEntities(
          { project, environments, repositories, services, deployments },
          team,
          topology,
          ctx,
        );
      } catch (error) {
        const failure =
          error instanceof CloudPiInconsistentDataError
            ? new CloudPiReadError(
                {
                  call: 'mapping',
                  what: `Mapping project '${project.slug}' (${project.id})`,
                  project: project.slug,
                },
                error,
              )
            : toError(error);
        logFailure(logger, failure);
        failedProjects.push({ project, error: failure });
        return [];
      }
    },
  );
  throwIfAborted(signal);

  for (const projectEntities of perProject) entities.push(...projectEntities);
  for (const dropped of dropOversizedAnnotations(entities)) {
    logger.warn(
      `Left out the annotation ${dropped.annotation} of ${dropped.entityRef}: its value has ${dropped.length} characters, more than ${ANNOTATION_VALUE_MAX_LENGTH}`,
    );
  }
  try {
    assertUniqueRefs(entities);
  } catch (error) {
    fail(error);
    throw new CloudPiRefreshError(failures);
  }
  if (unresolved.size > 0) {
    const sample = [...unresolved].sort().slice(0, 10);
    logger.warn(
      `${
        unresolved.size
      } team member e-mail(s) match no User entity and are left out of the team Groups (listed in their ${
        CLOUD_PI_NATIVE_ANNOTATIONS.unresolvedMembers
      } annotation): ${sample.join(', ')}${
        unresolved.size > sample.length ? ', …' : ''
      }`,
    );
  }
  return {
    entities,
    projects: selected,
    failedProjects: failedProjects.sort((a, b) =>
      a.project.slug < b.project.slug ? -1 : 1,
    ),
    unresolvedEmails: unresolved.size,
  };
}

async function listProjects(options: CloudPiReadOptions): Promise<Project[]> {
  const { instance } = options;
  try {
    return await instance.console.projects.list(projectQuery(options.filters));
  } catch (error) {
    const cause = toError(error);
    let what = `Listing the projects of instance '${instance.name}'`;
    if (cause.name === 'NotAllowedError') {
      what = `Listing every project of instance '${instance.name}' was refused: the configured token lacks the MANAGE admin permission bit (value 2), which GET /api/v1/projects?filter=all requires. Use an admin token created with that bit`;
    } else if (cause.name === 'AuthenticationError') {
      what = `The console of instance '${instance.name}' rejected the configured token (unknown, expired or revoked)`;
    }
    throw new CloudPiReadError(
      { call: CLOUD_PI_READ_CALLS.projects, what },
      cause,
    );
  }
}
