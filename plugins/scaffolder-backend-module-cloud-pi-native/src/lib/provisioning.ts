import { LoggerService } from '@backstage/backend-plugin-api';
import { CustomErrorBase } from '@backstage/errors';
import { Project, ProjectStatus } from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';
import { sleep } from './sleep';

/** How long to wait for a project's provisioning to settle. @public */
export interface CloudPiProvisioningOptions {
  /** Delay between two reads of the project status. Default 2 s. */
  pollIntervalMs?: number;
  /** Give up after this long. Default 15 min. */
  timeoutMs?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 2_000;
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const SETTLED: readonly ProjectStatus[] = ['created', 'failed', 'warning'];

/**
 * The console reported a failed provisioning: the resource exists but at
 * least one tool (GitLab, Vault, Argo CD…) could not be reconciled.
 *
 * @public
 */
export class CloudPiProvisioningError extends CustomErrorBase {
  name = 'CloudPiProvisioningError' as const;
}

/**
 * Re-reads a project until its status settles (`created`, `failed` or
 * `warning`). The console answers mutations after provisioning, but only a
 * new read tells the real status.
 */
export async function waitForProjectStatus(
  client: CloudPiConsoleClient,
  projectId: string,
  options: CloudPiProvisioningOptions = {},
  signal?: AbortSignal,
): Promise<Project> {
  const interval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeout;
  for (;;) {
    const project = await client.projects.get(projectId);
    if (SETTLED.includes(project.status)) return project;
    if (Date.now() + interval > deadline) {
      throw new CloudPiProvisioningError(
        `The provisioning of the Cloud π project "${
          project.slug
        }" did not settle within ${Math.round(timeout / 1000)} s (status "${
          project.status
        }"). Follow it in the console, then run the template again: it resumes where it stopped.`,
      );
    }
    await sleep(interval, signal);
  }
}

/** The summary of the project's latest provisioning run (`messageResume`), if readable. */
export async function lastProvisioningMessage(
  client: CloudPiConsoleClient,
  projectId: string,
  logger: LoggerService,
): Promise<string | undefined> {
  try {
    const { logs } = await client.logs.list({ projectId, limit: 1 });
    return logs[0]?.data.messageResume;
  } catch (error) {
    logger.debug(`Could not read the provisioning logs: ${String(error)}`);
    return undefined;
  }
}

/**
 * Fails with the console's own summary when the project's provisioning
 * failed, and warns when it is only degraded.
 */
export async function assertProvisioned(
  client: CloudPiConsoleClient,
  project: Project,
  logger: LoggerService,
  consoleUrl: string,
): Promise<void> {
  if (project.status === 'failed') {
    const summary = await lastProvisioningMessage(client, project.id, logger);
    throw new CloudPiProvisioningError(
      `The provisioning of the Cloud π project "${project.slug}" failed${
        summary ? `: ${summary}` : ''
      }. See the logs in the console (${consoleUrl}?tab=logs), fix the cause, then reprovision the project or run the template again.`,
    );
  }
  if (project.status === 'warning') {
    const summary = await lastProvisioningMessage(client, project.id, logger);
    logger.warn(
      `The Cloud π project "${project.slug}" is partially degraded${
        summary ? `: ${summary}` : ''
      }`,
    );
  }
}
