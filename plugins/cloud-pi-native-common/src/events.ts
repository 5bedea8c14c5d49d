/**
 * Events topic published when a Cloud π project changed (created,
 * provisioned, its environments, repositories or members edited): the
 * catalog provider refreshes that project at once instead of at its next
 * scheduled run.
 *
 * @public
 */
export const CLOUD_PI_PROJECT_CHANGED_TOPIC = 'cloud-pi-native.project.changed';

/** Payload of {@link CLOUD_PI_PROJECT_CHANGED_TOPIC}. @public */
export interface CloudPiProjectChangedEvent {
  /** The project's UUID. */
  projectId: string;
  /** The configured instance of the project; providers of other instances skip the event. Every provider reads the project when left out. */
  instance?: string;
}

/** Whether an event payload is a {@link CloudPiProjectChangedEvent}. @public */
export function isCloudPiProjectChangedEvent(
  payload: unknown,
): payload is CloudPiProjectChangedEvent {
  if (typeof payload !== 'object' || payload === null) return false;
  const { projectId, instance } = payload as Record<string, unknown>;
  return (
    typeof projectId === 'string' &&
    projectId !== '' &&
    (instance === undefined || typeof instance === 'string')
  );
}
