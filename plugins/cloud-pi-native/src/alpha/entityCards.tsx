import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isCloudPiProject,
  isDeploymentsAvailable,
  isEnvironmentsAvailable,
  isObservabilityAvailable,
  isQualityGateAvailable,
} from '@cpin/plugin-cloud-pi-native-common';

/**
 * The project overview card, on projects (Systems).
 *
 * @alpha
 */
export const projectOverviewEntityCard = EntityCardBlueprint.make({
  name: 'project-overview',
  params: {
    type: 'info',
    filter: isCloudPiProject,
    loader: () =>
      import('../components/ProjectOverviewCard').then(m => (
        <m.ProjectOverviewCard />
      )),
  },
});

/**
 * The quality gate card, on repositories (Components) and projects (Systems).
 *
 * @alpha
 */
export const qualityGateEntityCard = EntityCardBlueprint.make({
  name: 'quality-gate',
  params: {
    filter: isQualityGateAvailable,
    loader: () =>
      import('../components/QualityGateCard').then(m => <m.QualityGateCard />),
  },
});

/**
 * The deployments card, on every Cloud π entity.
 *
 * @alpha
 */
export const deploymentsEntityCard = EntityCardBlueprint.make({
  name: 'deployments',
  params: {
    filter: isDeploymentsAvailable,
    loader: () =>
      import('../components/DeploymentsCard').then(m => <m.DeploymentsCard />),
  },
});

/**
 * The observability card, on projects and environments.
 *
 * @alpha
 */
export const observabilityEntityCard = EntityCardBlueprint.make({
  name: 'observability',
  params: {
    filter: isObservabilityAvailable,
    loader: () =>
      import('../components/ObservabilityCard').then(m => (
        <m.ObservabilityCard />
      )),
  },
});

/**
 * The environments card, on projects and environments.
 *
 * @alpha
 */
export const environmentsEntityCard = EntityCardBlueprint.make({
  name: 'environments',
  params: {
    filter: isEnvironmentsAvailable,
    loader: () =>
      import('../components/EnvironmentsCard').then(m => (
        <m.EnvironmentsCard />
      )),
  },
});
