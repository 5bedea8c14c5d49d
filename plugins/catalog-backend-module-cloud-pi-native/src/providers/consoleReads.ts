import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { isError } from '@backstage/errors';
import {
  Cluster,
  Project,
  Stage,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiConsoleClient,
  CloudPiLimiter,
} from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiInconsistentDataError, CloudPiReadError } from '../errors';
import {
  CloudPiProjectData,
  CloudPiTopology,
  CloudPiTransformContext,
  CloudPiUserLookup,
  projectToEntities,
  resolveProjectTeam,
} from '../transformers';
import {
  ANNOTATION_VALUE_MAX_LENGTH,
  dropOversizedAnnotations,
} from '../transformers/boundedValues';

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

export function toError(value: unknown): Error {
  return isError(value) ? value : new Error(String(value));
}

export function logFailure(logger: LoggerService, failure: Error) {
  logger.error(`Cloud π Native read failed: ${failure.message}`, {
    call: failure instanceof CloudPiReadError ? failure.call : undefined,
    project: failure instanceof CloudPiReadError ? failure.project : undefined,
  });
}

/** Drops the annotations an upstream made too long for the catalog, and says so. */
export function dropOversizedAnnotationsLogged(
  entities: Entity[],
  logger: LoggerService,
) {
  for (const dropped of dropOversizedAnnotations(entities)) {
    logger.warn(
      `Left out the annotation ${dropped.annotation} of ${dropped.entityRef}: its value has ${dropped.length} characters, more than ${ANNOTATION_VALUE_MAX_LENGTH}`,
    );
  }
}

/** Runs one console read, naming the call and the project when it fails. */
export async function labelled<T>(
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

/** Starts the platform-wide reads every mapping needs (four requests). */
export function startPlatformReads(
  client: CloudPiConsoleClient,
  limit: CloudPiLimiter,
) {
  return {
    version: limit(() =>
      labelled(CLOUD_PI_READ_CALLS.version, 'Reading the console version', () =>
        client.system.getVersion(),
      ),
    ),
    stages: limit(() =>
      labelled(CLOUD_PI_READ_CALLS.stages, 'Listing the stages', () =>
        client.platform.listStages(),
      ),
    ),
    zones: limit(() =>
      labelled(CLOUD_PI_READ_CALLS.zones, 'Listing the zones', () =>
        client.platform.listZones(),
      ),
    ),
    clusters: limit(() =>
      labelled(CLOUD_PI_READ_CALLS.clusters, 'Listing the clusters', () =>
        client.platform.listClusters(),
      ),
    ),
  };
}

export function indexById<T extends { id: string }>(
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

/** The platform lists by id; throws when one lists an id twice. */
export function toTopology(lists: {
  stages: Stage[];
  zones: Zone[];
  clusters: Cluster[];
}): CloudPiTopology {
  return {
    stages: indexById(lists.stages, CLOUD_PI_READ_CALLS.stages),
    zones: indexById(lists.zones, CLOUD_PI_READ_CALLS.zones),
    clusters: indexById(lists.clusters, CLOUD_PI_READ_CALLS.clusters),
  };
}

/** The four per-project lists a project is mapped with. */
export type CloudPiProjectLists = Omit<CloudPiProjectData, 'project'>;

/** The entities of one project, the lists they were mapped from, and the team e-mails no User entity matched. */
export interface CloudPiProjectRead {
  entities: Entity[];
  unresolvedEmails: string[];
  lists: CloudPiProjectLists;
  /** Console requests the read made. */
  requests: number;
}

/**
 * Reads the per-project lists (environments, repositories, services,
 * deployments) that `known` does not give, and maps the project to its
 * entities. Throws a {@link CloudPiReadError} naming the call, or the
 * mapping, that failed.
 */
export async function readProjectEntities(
  project: Project,
  options: {
    client: CloudPiConsoleClient;
    limit: CloudPiLimiter;
    topology: CloudPiTopology;
    ctx: CloudPiTransformContext;
    lookup: CloudPiUserLookup;
    known?: Partial<CloudPiProjectLists>;
  },
): Promise<CloudPiProjectRead> {
  const { client, limit, known = {} } = options;
  let requests = 0;
  const read = <T>(
    given: T | undefined,
    call: string,
    what: string,
    fn: () => Promise<T>,
  ): Promise<T> => {
    if (given !== undefined) return Promise.resolve(given);
    requests += 1;
    return limit(() =>
      labelled(
        call,
        `${what} of project '${project.slug}' (${project.id})`,
        fn,
        project,
      ),
    );
  };
  const [environments, repositories, services, deployments] = await Promise.all(
    [
      read(
        known.environments,
        CLOUD_PI_READ_CALLS.environments,
        'Listing the environments',
        () => client.environments.list(project.id),
      ),
      read(
        known.repositories,
        CLOUD_PI_READ_CALLS.repositories,
        'Listing the repositories',
        () => client.repositories.list(project.id),
      ),
      read(
        known.services,
        CLOUD_PI_READ_CALLS.services,
        'Listing the services',
        () => client.services.list(project.id),
      ),
      read(
        known.deployments,
        CLOUD_PI_READ_CALLS.deployments,
        'Listing the deployments',
        () => client.deployments.list(project.id),
      ),
    ],
  );
  const lists = { environments, repositories, services, deployments };
  const team = resolveProjectTeam(project, options.lookup);
  try {
    return {
      entities: projectToEntities(
        { project, ...lists },
        team,
        options.topology,
        options.ctx,
      ),
      unresolvedEmails: team.unresolvedEmails,
      lists,
      requests,
    };
  } catch (error) {
    if (!(error instanceof CloudPiInconsistentDataError)) throw error;
    throw new CloudPiReadError(
      {
        call: 'mapping',
        what: `Mapping project '${project.slug}' (${project.id})`,
        project: project.slug,
      },
      error,
    );
  }
}
