import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
} from './sandbox/createSandbox';
import { createToolWorld } from './tools';

/**
 * Starts the Cloud π Native sandbox: console stand-in, Keycloak-style realm
 * and tool fakes on one port (default `127.0.0.1:7180`), seeded with the
 * demo world unless told otherwise.
 *
 * @public
 */
export function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return createSandbox(options, settings => createToolWorld(settings));
}
