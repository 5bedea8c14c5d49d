/**
 * Events topic published when a Cloud π project changed (created,
 * provisioned, its environments, repositories or members edited): the
 * catalog provider refreshes that project at once instead of at its next
 * scheduled run.
 *
 * @public
 */
export const CLOUD_PI_PROJECT_CHANGED_TOPIC = 'cloud-pi-native.project.changed';

/**
 * What of a project a change touched. `project` is the project itself
 * (status, description, owner and members); `environments` also changes the
 * tool URLs of the project's services (one Argo CD per zone).
 *
 * @public
 */
export const CLOUD_PI_PROJECT_PARTS = [
  'project',
  'environments',
  'repositories',
  'deployments',
] as const;

/** One of {@link CLOUD_PI_PROJECT_PARTS}. @public */
export type CloudPiProjectPart = (typeof CLOUD_PI_PROJECT_PARTS)[number];

/** Payload of {@link CLOUD_PI_PROJECT_CHANGED_TOPIC}. @public */
export interface CloudPiProjectChangedEvent {
  /** The project's UUID. */
  projectId: string;
  /** The configured instance of the project; providers of other instances skip the event. Every provider reads the project when left out. */
  instance?: string;
  /**
   * The parts the change touched: the catalog re-reads only those and
   * reuses its last read of the others. Everything is read when left out.
   */
  parts?: CloudPiProjectPart[];
  /**
   * The project was just created: it has no environment, repository or
   * deployment yet, so none of those lists needs reading.
   */
  created?: boolean;
}

/** Whether a value is one of {@link CLOUD_PI_PROJECT_PARTS}. @public */
export function isCloudPiProjectPart(
  value: unknown,
): value is CloudPiProjectPart {
  return (CLOUD_PI_PROJECT_PARTS as readonly unknown[]).includes(value);
}

/** Whether an event payload is a {@link CloudPiProjectChangedEvent}. @public */
export function isCloudPiProjectChangedEvent(
  payload: unknown,
): payload is CloudPiProjectChangedEvent {
  if (typeof payload !== 'object' || payload === null) return false;
  const { projectId, instance, parts, created } = payload as Record<
    string,
    unknown
  >;
  return (
    typeof projectId === 'string' &&
    projectId !== '' &&
    (instance === undefined || typeof instance === 'string') &&
    (parts === undefined ||
      (Array.isArray(parts) && parts.every(isCloudPiProjectPart))) &&
    (created === undefined || typeof created === 'boolean')
  );
}
