export { QualityGateCard } from './QualityGateCard';
