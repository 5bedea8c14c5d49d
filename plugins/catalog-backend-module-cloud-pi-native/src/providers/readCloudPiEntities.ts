import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CustomErrorBase } from '@backstage/errors';
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
} from '../transformers';
import { CloudPiUserDirectory } from './catalogUsers';
import { CloudPiPlatformSnapshot } from './platformCache';
import { CloudPiNativeProjectFilters } from './config';
import {
  CLOUD_PI_READ_CALLS,
  CloudPiProjectLists,
  dropOversizedAnnotationsLogged,
  indexById,
  labelled,
  logFailure,
  readProjectEntities,
  startPlatformReads,
  toError,
  toTopology,
} from './consoleReads';

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
  /** The platform lists the projects were mapped with. */
  platform: CloudPiPlatformSnapshot;
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
  /** Called with the lists of each project read in full. */
  onProjectRead?: (projectId: string, lists: CloudPiProjectLists) => void;
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

  const platform = startPlatformReads(client, limit);
  const [version, stages, zones, clusters, projects, users] =
    await Promise.allSettled([
      platform.version,
      platform.stages,
      platform.zones,
      platform.clusters,
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
    topology = toTopology({
      stages: stages.value,
      zones: zones.value,
      clusters: clusters.value,
    });
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
        const read = await readProjectEntities(project, {
          client,
          limit,
          topology,
          ctx,
          lookup: directory.lookup,
        });
        options.onProjectRead?.(project.id, read.lists);
        if (read.unresolvedEmails.length > 0) {
          read.unresolvedEmails.forEach(email => unresolved.add(email));
          logger.debug(
            `Project '${
              project.slug
            }': no User entity for ${read.unresolvedEmails.join(', ')}`,
          );
        }
        return read.entities;
      } catch (error) {
        const failure = toError(error);
        logFailure(logger, failure);
        failedProjects.push({ project, error: failure });
        return [];
      }
    },
  );
  throwIfAborted(signal);

  for (const projectEntities of perProject) entities.push(...projectEntities);
  dropOversizedAnnotationsLogged(entities, logger);
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
    platform: { topology, consoleVersion: ctx.consoleVersion },
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
