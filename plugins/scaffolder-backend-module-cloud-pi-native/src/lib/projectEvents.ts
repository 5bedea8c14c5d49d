import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import {
  CLOUD_PI_PROJECT_CHANGED_TOPIC,
  CloudPiProjectChangedEvent,
} from '@cpin/plugin-cloud-pi-native-common';

/**
 * Publishes `cloud-pi-native.project.changed` once an action changed a
 * project, so the catalog shows the change now rather than at its next
 * scheduled import. The event names the parts the action changed, so
 * the catalog re-reads only those. Never in a dry run, which changes
 * nothing. A failed publish only warns: the change itself succeeded.
 */
export async function announceProjectChange(
  events: EventsService | undefined,
  ctx: { isDryRun?: boolean; logger: LoggerService },
  change: CloudPiProjectChangedEvent & { instance: string },
): Promise<void> {
  if (!events || ctx.isDryRun) return;
  try {
    await events.publish({
      topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
      eventPayload: change,
    });
  } catch (error) {
    ctx.logger.warn(
      `Could not tell the catalog that the project changed; it shows the change at its next scheduled import: ${String(
        error,
      )}`,
    );
  }
}
