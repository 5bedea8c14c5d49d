import { stageKind } from '../naming';

/*
 * The console's resource rules for environments (console 9.24,
 * `apps/server-nestjs/src/modules/environment/environment-validation.service.ts`):
 * the cluster's capacity and the project's budget. The sandbox enforces them
 * and the scaffolder checks them before calling, from this one home.
 */

/** CPU (cores), GPU (count) and memory (GB) of an environment, a budget or a capacity. @public */
export interface EnvironmentResources {
  cpu: number;
  gpu: number;
  memory: number;
}

/** The part of a project the budget rule reads. @public */
export interface ProjectBudget {
  limitless: boolean;
  hprodCpu: number;
  hprodGpu: number;
  hprodMemory: number;
  prodCpu: number;
  prodGpu: number;
  prodMemory: number;
}

/** An environment already counted against a budget: its allocation and stage name. @public */
export type AllocatedEnvironment = EnvironmentResources & { stageName: string };

/** Limits with neither CPU nor memory were never configured: nothing is checked. */
function configured(limit: EnvironmentResources): boolean {
  return limit.cpu !== 0 || limit.memory !== 0;
}

/** Total allocation of some environments. @public */
export function sumResources(
  allocations: EnvironmentResources[],
): EnvironmentResources {
  return allocations.reduce(
    (acc, a) => ({
      cpu: acc.cpu + a.cpu,
      gpu: acc.gpu + a.gpu,
      memory: acc.memory + a.memory,
    }),
    { cpu: 0, gpu: 0, memory: 0 },
  );
}

/**
 * The resources (`CPU`, `GPU`, `Mémoire`, in the console's words) that
 * `requested` on top of `used` would take beyond `limit`. Compared without
 * tolerance, as the console does.
 *
 * @public
 */
export function exceededResources(
  used: EnvironmentResources,
  requested: EnvironmentResources,
  limit: EnvironmentResources,
): string[] {
  if (!configured(limit)) return [];
  const missing: string[] = [];
  if (used.cpu + requested.cpu > limit.cpu) missing.push('CPU');
  if (used.gpu + requested.gpu > limit.gpu) missing.push('GPU');
  if (used.memory + requested.memory > limit.memory) missing.push('Mémoire');
  return missing;
}

/**
 * The console's cluster capacity message, or `undefined` when `requested`
 * fits in what `used` leaves of `capacity` (unconfigured capacities always fit).
 *
 * @public
 */
export function clusterCapacityProblem(
  used: EnvironmentResources,
  requested: EnvironmentResources,
  capacity: EnvironmentResources,
): string | undefined {
  const missing = exceededResources(used, requested, capacity);
  return missing.length > 0
    ? `Le cluster ne dispose pas de suffisamment de ressources : ${missing.join(
        ', ',
      )}.`
    : undefined;
}

/**
 * The console's project budget rule: unless the project is limitless, the
 * environments of the same kind as `stageName` (the stage named `prod`
 * against the prod budget, every other stage against the hors-prod one)
 * plus `requested` must fit the budget. `others` are the project's other
 * environments (the one being updated excluded).
 *
 * @public
 */
export function projectBudgetProblem(
  project: ProjectBudget,
  stageName: string | undefined,
  others: AllocatedEnvironment[],
  requested: EnvironmentResources,
): string | undefined {
  if (project.limitless) return undefined;
  // An unknown stage counts as hors-prod, like the console's `else` branch.
  const kind = stageKind(stageName ?? '');
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
  const used = sumResources(
    others.filter(e => stageKind(e.stageName) === kind),
  );
  const missing = exceededResources(used, requested, limit);
  return missing.length > 0
    ? `Le projet ne dispose pas de suffisamment de ressources : ${missing.join(
        ', ',
      )}.`
    : undefined;
}
