import { rfc3339Seconds } from '../shared/clock';
import type { DerivedPod } from './workloads';

/** A few plausible log lines of a workload container, matching its state. */
export function podLog(
  name: string,
  image: string,
  createdAt: Date,
  state: DerivedPod['state'],
): string[] {
  const at = (seconds: number) =>
    rfc3339Seconds(new Date(createdAt.getTime() + 4000 + seconds * 1000));
  const lines = [
    `${at(0)} INFO  Starting ${name} (${image})`,
    `${at(1)} INFO  Loading configuration from environment`,
    `${at(2)} INFO  Connected to dependencies`,
    `${at(3)} INFO  HTTP server listening on :8080`,
  ];
  if (state === 'crashLoop') {
    lines.push(
      `${at(4)} ERROR Unhandled exception: connection refused (database:5432)`,
      `${at(4)} INFO  Shutting down`,
    );
  } else {
    lines.push(
      `${at(13)} INFO  GET /health/ready 200 1ms`,
      `${at(23)} INFO  GET /health/live 200 1ms`,
    );
  }
  return lines;
}
