export { createLimiter, mapWithConcurrency } from './mapWithConcurrency';
export type { CloudPiLimiter } from './mapWithConcurrency';
