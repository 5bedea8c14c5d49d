/** The source of "now" for every fake, injectable so tests can move time. */
export type Clock = () => Date;

/** The wall clock. */
export const systemClock: Clock = () => new Date();

/** RFC 3339 with whole seconds, as Kubernetes and Argo CD print timestamps. */
export function rfc3339Seconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
