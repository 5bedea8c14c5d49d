export { ObservabilityCard } from './ObservabilityCard';
