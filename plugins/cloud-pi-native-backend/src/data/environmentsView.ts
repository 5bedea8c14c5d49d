import {
  EnvironmentsResponse,
  Project,
  StageBudget,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  EnvironmentPlacement,
  UNKNOWN_ZONE,
  placeEnvironments,
} from './placement';
import { BuiltView, ViewContext } from './viewContext';

/** The environments view is the whole response; scoping happens per entity. */
export type EnvironmentsView = EnvironmentsResponse;

/** Builds the environments of a project (stage order) and its budget. */
export async function buildEnvironmentsView(
  context: ViewContext,
): Promise<BuiltView<EnvironmentsView>> {
  const { instance, project, sources } = context;
  const [environments, platform] = await Promise.all([
    sources.environments(instance, project),
    sources.platform(instance),
  ]);
  const placements = placeEnvironments(project.id, environments, platform);

  return {
    value: {
      generatedAt: context.now().toISOString(),
      environments: placements.map(p => ({
        id: p.environment.id,
        name: p.environment.name,
        stage: p.stage,
        stageKind: p.stageKind,
        zone: p.zone ?? UNKNOWN_ZONE,
        cluster: { label: p.cluster?.label ?? 'unknown' },
        resources: {
          cpu: p.environment.cpu,
          gpu: p.environment.gpu,
          memory: p.environment.memory,
        },
        autosync: p.environment.autosync,
        namespace: p.namespace,
      })),
      budget: projectBudget(project, placements),
    },
    degraded: false,
  };
}

/**
 * The project budget: hors-prod and prod limits against the sum of the
 * environments' allocations. A `limitless` project has no budget.
 */
export function projectBudget(
  project: Project,
  placements: EnvironmentPlacement[],
): EnvironmentsResponse['budget'] {
  if (project.limitless) {
    return { limitless: true, hprod: null, prod: null };
  }
  const allocated = (
    kind: 'hprod' | 'prod',
    resource: 'cpu' | 'gpu' | 'memory',
  ) =>
    placements
      .filter(p => p.stageKind === kind)
      .reduce((sum, p) => sum + p.environment[resource], 0);
  const budget = (
    kind: 'hprod' | 'prod',
    limits: { cpu: number; gpu: number; memory: number },
  ): StageBudget => ({
    cpu: { limit: limits.cpu, allocated: allocated(kind, 'cpu') },
    gpu: { limit: limits.gpu, allocated: allocated(kind, 'gpu') },
    memory: { limit: limits.memory, allocated: allocated(kind, 'memory') },
  });
  return {
    limitless: false,
    hprod: budget('hprod', {
      cpu: project.hprodCpu,
      gpu: project.hprodGpu,
      memory: project.hprodMemory,
    }),
    prod: budget('prod', {
      cpu: project.prodCpu,
      gpu: project.prodGpu,
      memory: project.prodMemory,
    }),
  };
}
