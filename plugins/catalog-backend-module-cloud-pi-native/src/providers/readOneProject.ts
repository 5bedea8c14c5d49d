import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Project } from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiInstance,
  createLimiter,
} from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiTransformContext } from '../transformers';
import { CloudPiUserDirectory } from './catalogUsers';
import { CloudPiNativeProjectFilters } from './config';
import {
  CLOUD_PI_READ_CALLS,
  CloudPiProjectLists,
  dropOversizedAnnotationsLogged,
  labelled,
  readProjectEntities,
  startPlatformReads,
  toTopology,
} from './consoleReads';
import { CloudPiPlatformSnapshot } from './platformCache';
import { assertUniqueRefs, isSelected } from './readCloudPiEntities';

/** What the console says about one project now. */
export type CloudPiProjectState =
  /** Selected by the filters: its entities and the lists they were mapped from. */
  | {
      kind: 'present';
      project: Project;
      entities: Entity[];
      lists: CloudPiProjectLists;
    }
  /** Listed, but archived or no longer selected by the filters. */
  | { kind: 'unselected'; project: Project }
  /** Not listed at all (deleted, or never on this instance). */
  | { kind: 'absent' };

/**
 * Reads one project the way a full run reads each project: one request for
 * the project (`filter=all&id=…`, which also lists archived projects), then
 * the per-project lists `known` does not give, mapped with the platform
 * lists of `platform`. Throws a `CloudPiReadError` when a read or the
 * mapping fails. `requests` counts the console requests made.
 */
export async function readOneProject(options: {
  instance: CloudPiInstance;
  projectId: string;
  filters: CloudPiNativeProjectFilters;
  context: Omit<CloudPiTransformContext, 'consoleVersion'>;
  platform: CloudPiPlatformSnapshot;
  loadUsers: () => Promise<CloudPiUserDirectory>;
  logger: LoggerService;
  known?: Partial<CloudPiProjectLists>;
  requests: { count: number };
}): Promise<CloudPiProjectState> {
  const { instance, projectId } = options;
  options.requests.count += 1;
  const client = instance.console;
  const listed = await labelled(
    CLOUD_PI_READ_CALLS.projects,
    `Reading project ${projectId} of instance '${instance.name}'`,
    () => client.projects.list({ filter: 'all', id: projectId }),
  );
  const project = listed.find(candidate => candidate.id === projectId);
  if (!project) return { kind: 'absent' };
  if (!isSelected(project, options.filters)) {
    return { kind: 'unselected', project };
  }
  const directory = await labelled(
    CLOUD_PI_READ_CALLS.users,
    'Reading the User entities of the catalog',
    options.loadUsers,
  );
  const { entities, lists, requests } = await readProjectEntities(project, {
    client,
    limit: createLimiter(instance.concurrency),
    topology: options.platform.topology,
    ctx: {
      ...options.context,
      consoleVersion: options.platform.consoleVersion,
    },
    lookup: directory.lookup,
    known: options.known,
  });
  options.requests.count += requests;
  dropOversizedAnnotationsLogged(entities, options.logger);
  assertUniqueRefs(entities);
  return { kind: 'present', project, entities, lists };
}

/** Reads the platform lists a targeted refresh maps a project with (four requests). */
export async function readPlatformSnapshot(
  instance: CloudPiInstance,
  requests: { count: number },
): Promise<CloudPiPlatformSnapshot> {
  requests.count += 4;
  const reads = startPlatformReads(
    instance.console,
    createLimiter(instance.concurrency),
  );
  const [version, stages, zones, clusters] = await Promise.all([
    reads.version,
    reads.stages,
    reads.zones,
    reads.clusters,
  ]);
  return {
    topology: toTopology({ stages, zones, clusters }),
    consoleVersion: version.version,
  };
}
