export {
  CloudPiNativeHttpError,
  CloudPiNativeInvalidResponseError,
  CloudPiNativeTimeoutError,
} from './errors';
export type { CloudPiRequestTarget } from './errors';
export type { CloudPiTimeoutOptions } from './HttpTransport';
export type { CloudPiRequestEvent, CloudPiRequestObserver } from './observer';
export type { CloudPiRetryOptions } from './retryPolicy';
export type { CloudPiUpstream } from './upstreams';
