import type { BuildsView } from './buildsView';
import type { DeploymentsView } from './deploymentsView';
import type { EnvironmentsView } from './environmentsView';
import type { ImagesView } from './imagesView';
import type { JourneyView } from './journey/buildJourneyView';
import type { ObservabilityView } from './observabilityView';
import type { OverviewView } from './overviewView';
import type { QualityGateView } from './qualityGateView';

/** The cached views of a project, by kind (before scoping to an entity). */
export interface ProjectViews {
  overview: OverviewView;
  environments: EnvironmentsView;
  'quality-gate': QualityGateView;
  deployments: DeploymentsView;
  observability: ObservabilityView;
  builds: BuildsView;
  images: ImagesView;
  journey: JourneyView;
}

/** A kind of cached view. */
export type ProjectViewKind = keyof ProjectViews;
