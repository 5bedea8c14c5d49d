export { ProjectOverviewCard } from './ProjectOverviewCard';
export {
  ProjectLockedIndicator,
  ProjectStatusIndicator,
  ProvisioningOutdatedIndicator,
  projectStatusTones,
} from './ProjectStatusBadges';
