import {
  JOURNEY_STEP_IDS,
  JourneyResponse,
  JourneyStep,
  JourneyStepId,
} from '@cpin/plugin-cloud-pi-native-common';
import { JourneyConfig } from '../../config/readCardsConfig';
import { BuiltView, ViewContext } from '../viewContext';
import {
  artefactsStep,
  pipelineStep,
  qualityAnalysisStep,
  repositoriesStep,
} from './codeSteps';
import {
  deploymentStep,
  imagesStep,
  namespacesStep,
  observabilityStep,
} from './deliverySteps';
import { JourneyActions, JourneyFacts } from './journeyFacts';
import { enrolmentStep, toolResourcesStep } from './platformSteps';

/** The onboarding journey of a project, as cached. */
export type JourneyView = JourneyResponse;

const STEPS: Record<JourneyStepId, (facts: JourneyFacts) => JourneyStep> = {
  enrolment: enrolmentStep,
  toolResources: toolResourcesStep,
  repositories: repositoriesStep,
  pipeline: pipelineStep,
  namespaces: namespacesStep,
  artefacts: artefactsStep,
  qualityAnalysis: qualityAnalysisStep,
  images: imagesStep,
  deployment: deploymentStep,
  observability: observabilityStep,
};

/**
 * Computes the ten steps of the journey from the project, its
 * repositories, and the other cached views of the
 * project (overview, builds, quality gates, images, deployments): the
 * journey itself calls no tool.
 */
export async function buildJourneyView(
  context: ViewContext,
  config: JourneyConfig,
): Promise<BuiltView<JourneyView>> {
  const { instance, project, sources } = context;
  const [repositories, overview, builds, quality, images, deployments] =
    await Promise.all([
      sources.repositories(instance, project),
      context.otherView('overview'),
      context.otherView('builds'),
      context.otherView('quality-gate'),
      context.otherView('images'),
      context.otherView('deployments'),
    ]);
  const facts: JourneyFacts = {
    project,
    repositories,
    overview,
    builds,
    quality,
    images,
    deployments,
    actions: new JourneyActions(instance, project, config),
    grafana: kind => instance.urls.grafana(project.slug, kind),
  };
  const steps = JOURNEY_STEP_IDS.map(id => STEPS[id](facts));
  return {
    value: { generatedAt: context.now().toISOString(), steps },
    degraded: steps.some(s =>
      s.evidence.some(e => e.code === 'sourceUnavailable'),
    ),
  };
}
