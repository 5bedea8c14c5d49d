export { ArgoCdClient } from './ArgoCdClient';
export type {
  ArgoCdApplicationQuery,
  ArgoCdClientOptions,
} from './ArgoCdClient';
export { argoCdApplicationSchema } from './schemas';
export type { ArgoCdApplication } from './schemas';
