import { CloudPiTimeoutOptions } from './HttpTransport';
import { CloudPiRetryOptions } from './retryPolicy';

/** Default timeouts: console provisioning routes can take minutes. */
export const DEFAULT_TIMEOUTS: CloudPiTimeoutOptions = {
  requestMs: 30_000,
  provisioningMs: 300_000,
};

/** Default retries of idempotent reads. */
export const DEFAULT_RETRIES: CloudPiRetryOptions = {
  max: 3,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
};
