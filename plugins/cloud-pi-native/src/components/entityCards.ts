/**
 * The entity cards and the page's access panel, loaded as one chunk: the
 * cards of a page then mount in the same tick, so that their data reads
 * make one batched request, and a first visit waits for one wave of code
 * instead of one per card.
 */
export { AccessPanel } from './PageAccess';
export { BuildsCard } from './BuildsCard';
export { DeploymentsCard } from './DeploymentsCard';
export { EnvironmentsCard } from './EnvironmentsCard';
export { ImagesCard } from './ImagesCard';
export { JourneyCard } from './JourneyCard';
export { ObservabilityCard } from './ObservabilityCard';
export { ProjectOverviewCard } from './ProjectOverviewCard';
export { QualityGateCard } from './QualityGateCard';
