import { TaskSecrets } from '@backstage/plugin-scaffolder-node';
import {
  CloudPiConsoleClient,
  CloudPiInstance,
  CloudPiService,
} from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiCaller, readCaller, TaskUser } from './credentials';
import { resolveInstance } from './instances';

/** The instance an action works on and the console as the requesting user. */
export interface CloudPiSession {
  instance: CloudPiInstance;
  caller: CloudPiCaller;
  /** The console as the requesting user; never the admin client. */
  client: CloudPiConsoleClient;
}

/**
 * Resolves the instance and the user's credential. Nothing is sent yet: an
 * action calls this after validating its input and before its first request.
 */
export function openSession(
  cloudPi: CloudPiService,
  ctx: { secrets?: TaskSecrets; user?: TaskUser },
  instanceName: string | undefined,
): CloudPiSession {
  const caller = readCaller(ctx.secrets, ctx.user);
  const instance = resolveInstance(cloudPi, instanceName);
  return { instance, caller, client: instance.consoleAs(caller.credential) };
}
