export { JourneyCard } from './JourneyCard';
