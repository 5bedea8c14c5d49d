import { CloudPiUpstream } from './upstreams';

/**
 * One upstream request attempt, as reported to observers. Carries no query
 * string, header or body, so it is safe to log or export as metrics.
 *
 * @public
 */
export interface CloudPiRequestEvent {
  upstream: CloudPiUpstream;
  method: string;
  /** Path without the query string. */
  path: string;
  /** HTTP status; absent when no response arrived (timeout, network error). */
  status?: number;
  durationMs: number;
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number;
}

/** Callback told about every upstream request attempt. @public */
export type CloudPiRequestObserver = (event: CloudPiRequestEvent) => void;

/** Calls an observer without ever letting it break the request. */
export function notifyObserver<E extends CloudPiRequestEvent>(
  observer: ((event: E) => void) | undefined,
  event: E,
): void {
  if (!observer) return;
  try {
    observer(event);
  } catch {
    // Observers are for metrics: a faulty one must not fail the call.
  }
}
