import { LogPage, logPageSchema } from '@cpin/plugin-cloud-pi-native-common';
import { ConsoleRequester } from './ConsoleRequester';

/** Filters of `GET /api/v1/logs`. @public */
export interface ListLogsQuery {
  /** Required unless the caller has the LIST_SYSTEM admin bit. */
  projectId?: string;
  /** Default 0 (the console requires it). */
  offset?: number;
  /** Default 20 (the console requires it). */
  limit?: number;
  /** `false` (admins only) adds arguments and per-plugin results. */
  clean?: boolean;
}

/** Provisioning logs, newest first (`/api/v1/logs`). @public */
export interface CloudPiLogsApi {
  list(query?: ListLogsQuery): Promise<LogPage>;
}

/** Implementation of {@link CloudPiLogsApi}. */
export class LogsResource implements CloudPiLogsApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(query: ListLogsQuery = {}): Promise<LogPage> {
    return this.requester.call('GET', '/api/v1/logs', logPageSchema, {
      query: { offset: 0, limit: 20, ...query },
    });
  }
}
