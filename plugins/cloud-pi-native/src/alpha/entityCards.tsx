import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isBuildsAvailable,
  isCloudPiNativeAvailable,
  isCloudPiProject,
  isDeploymentsAvailable,
  isEnvironmentsAvailable,
  isImagesAvailable,
  isObservabilityAvailable,
  isQualityGateAvailable,
} from '@cpin/plugin-cloud-pi-native-common';

/** Every card's code at once (see `components/entityCards`). */
const loadCards = () => import('../components/entityCards');

/**
 * The page's access panel, on every Cloud π entity: one explanation, with
 * whom to ask, when the user may not see the project (the cards then render
 * nothing); empty otherwise. Lay it out first on the page.
 *
 * @alpha
 */
export const accessEntityCard = EntityCardBlueprint.make({
  name: 'access',
  params: {
    type: 'content',
    filter: isCloudPiNativeAvailable,
    loader: () => loadCards().then(m => <m.AccessPanel />),
  },
});

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
    loader: () => loadCards().then(m => <m.ProjectOverviewCard />),
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
    loader: () => loadCards().then(m => <m.QualityGateCard />),
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
    loader: () => loadCards().then(m => <m.DeploymentsCard />),
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
    loader: () => loadCards().then(m => <m.ObservabilityCard />),
  },
});

/**
 * The onboarding journey card ("Parcours d'embarquement"), on projects (Systems).
 *
 * @alpha
 */
export const journeyEntityCard = EntityCardBlueprint.make({
  name: 'journey',
  params: {
    filter: isCloudPiProject,
    loader: () => loadCards().then(m => <m.JourneyCard />),
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
    loader: () => loadCards().then(m => <m.EnvironmentsCard />),
  },
});

/**
 * The builds card (GitLab CI pipelines of the secondary chain), on
 * repositories (Components) and projects (Systems).
 *
 * @alpha
 */
export const buildsEntityCard = EntityCardBlueprint.make({
  name: 'builds',
  params: {
    filter: isBuildsAvailable,
    loader: () => loadCards().then(m => <m.BuildsCard />),
  },
});

/**
 * The images card (Harbor artifacts, scans and signatures), on every Cloud π entity.
 *
 * @alpha
 */
export const imagesEntityCard = EntityCardBlueprint.make({
  name: 'images',
  params: {
    filter: isImagesAvailable,
    loader: () => loadCards().then(m => <m.ImagesCard />),
  },
});
