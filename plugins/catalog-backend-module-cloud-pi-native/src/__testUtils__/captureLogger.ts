import { LoggerService } from '@backstage/backend-plugin-api';

/** One recorded log line, with the metadata of its logger and call. */
export interface LogEntry {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  meta: Record<string, unknown>;
}

/** A logger keeping every line (children included) for assertions. */
export function captureLogger(): LoggerService & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const make = (base: Record<string, unknown>): LoggerService => {
    const log =
      (level: LogEntry['level']) => (message: string, meta?: unknown) => {
        entries.push({
          level,
          message,
          meta: {
            ...base,
            ...(meta && typeof meta === 'object'
              ? (meta as Record<string, unknown>)
              : {}),
          },
        });
      };
    return {
      error: log('error'),
      warn: log('warn'),
      info: log('info'),
      debug: log('debug'),
      child: meta => make({ ...base, ...meta }),
    };
  };
  return Object.assign(make({}), { entries });
}
