import { LoggerService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  Cluster,
  Environment,
  EnvironmentResources,
  Project,
  Stage,
  clusterCapacityProblem,
  projectBudgetProblem,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';

/** The console's project budget rule, applied to the project's environments. */
export function budgetProblem(
  project: Project,
  stage: Stage,
  environments: Environment[],
  stages: Stage[],
  requested: EnvironmentResources,
): string | undefined {
  const stageName = (e: Environment) =>
    e.stage?.name ?? stages.find(s => s.id === e.stageId)?.name ?? '';
  return projectBudgetProblem(
    project,
    stage.name,
    environments.map(e => ({ ...e, stageName: stageName(e) })),
    requested,
  );
}

/**
 * The console's cluster capacity rule, checked in advance when the user may
 * read the cluster's usage (platform readers only); otherwise the console
 * checks it on creation.
 */
export async function clusterCapacityProblemFor(
  client: CloudPiConsoleClient,
  cluster: Cluster,
  requested: EnvironmentResources,
  logger: LoggerService,
): Promise<string | undefined> {
  const capacity = {
    cpu: cluster.cpu ?? 0,
    gpu: cluster.gpu ?? 0,
    memory: cluster.memory ?? 0,
  };
  if (capacity.cpu === 0 && capacity.memory === 0) return undefined;
  try {
    const used = await client.platform.getClusterUsage(cluster.id);
    return clusterCapacityProblem(used, requested, capacity);
  } catch (error) {
    if (error instanceof NotAllowedError) {
      logger.debug(
        `The usage of cluster ${cluster.label} is not readable with your rights; the console checks its capacity on creation`,
      );
      return undefined;
    }
    throw error;
  }
}
