import { LoggerService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  Cluster,
  Environment,
  Project,
  Stage,
  stageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';

/** CPU, GPU and memory (GB) of an environment or a budget. */
export interface Resources {
  cpu: number;
  gpu: number;
  memory: number;
}

// Allocations are reals (0.01 CPU steps): compare with a tolerance.
const EPSILON = 1e-9;

/** Names of the resources (`CPU`, `GPU`, `Mémoire`) the request would exceed, in the console's words. */
export function exceeded(
  used: Resources,
  requested: Resources,
  limit: Resources,
): string[] {
  const missing: string[] = [];
  if (used.cpu + requested.cpu > limit.cpu + EPSILON) missing.push('CPU');
  if (used.gpu + requested.gpu > limit.gpu + EPSILON) missing.push('GPU');
  if (used.memory + requested.memory > limit.memory + EPSILON) {
    missing.push('Mémoire');
  }
  return missing;
}

function sum(environments: Resources[]): Resources {
  return environments.reduce(
    (acc, e) => ({
      cpu: acc.cpu + e.cpu,
      gpu: acc.gpu + e.gpu,
      memory: acc.memory + e.memory,
    }),
    { cpu: 0, gpu: 0, memory: 0 },
  );
}

/**
 * The console's project budget rule: unless the project is limitless, the
 * environments of the same kind (stage `prod` vs every other stage) must fit
 * in the prod or hors-prod budget; a budget with neither CPU nor memory is
 * not checked.
 */
export function budgetProblem(
  project: Project,
  stage: Stage,
  environments: Environment[],
  stages: Stage[],
  requested: Resources,
): string | undefined {
  if (project.limitless) return undefined;
  const kind = stageKind(stage.name);
  const limit =
    kind === 'prod'
      ? {
          cpu: project.prodCpu,
          gpu: project.prodGpu,
          memory: project.prodMemory,
        }
      : {
          cpu: project.hprodCpu,
          gpu: project.hprodGpu,
          memory: project.hprodMemory,
        };
  if (limit.cpu === 0 && limit.memory === 0) return undefined;
  const stageName = (e: Environment) =>
    e.stage?.name ?? stages.find(s => s.id === e.stageId)?.name ?? '';
  const used = sum(environments.filter(e => stageKind(stageName(e)) === kind));
  const missing = exceeded(used, requested, limit);
  return missing.length > 0
    ? `Le projet ne dispose pas de suffisamment de ressources : ${missing.join(
        ', ',
      )}.`
    : undefined;
}

/**
 * The console's cluster capacity rule, checked in advance when the user may
 * read the cluster's usage (platform readers only); otherwise the console
 * checks it on creation.
 */
export async function clusterCapacityProblem(
  client: CloudPiConsoleClient,
  cluster: Cluster,
  requested: Resources,
  logger: LoggerService,
): Promise<string | undefined> {
  const capacity = {
    cpu: cluster.cpu ?? 0,
    gpu: cluster.gpu ?? 0,
    memory: cluster.memory ?? 0,
  };
  if (capacity.cpu === 0 && capacity.memory === 0) return undefined;
  let used: Resources;
  try {
    used = await client.platform.getClusterUsage(cluster.id);
  } catch (error) {
    if (error instanceof NotAllowedError) {
      logger.debug(
        `The usage of cluster ${cluster.label} is not readable with your rights; the console checks its capacity on creation`,
      );
      return undefined;
    }
    throw error;
  }
  const missing = exceeded(used, requested, capacity);
  return missing.length > 0
    ? `Le cluster ne dispose pas de suffisamment de ressources : ${missing.join(
        ', ',
      )}.`
    : undefined;
}
