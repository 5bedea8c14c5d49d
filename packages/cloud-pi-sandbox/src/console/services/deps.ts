import type { PlatformSettings } from '../../types';
import type { Requestor } from '../auth/requestor';
import type { EventOrigin, ProvisioningRunner } from '../provisioning';
import type { ConsoleStore } from '../store/ConsoleStore';

/** Public URLs of the tools the project services point at. */
export interface ToolUrls {
  gitlab: string;
  vault: string;
  sonarqube: string;
  grafana: string;
}

/** A person known to the identity provider (the console's "Keycloak lookup"). */
export interface DirectoryPerson {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

/** Looks people up in the identity provider by e-mail. */
export interface PeopleDirectory {
  findByEmail(email: string): DirectoryPerson | undefined;
}

/** Reads a technical secret of the platform KV (`forge-dso`), if present. */
export type PlatformSecretReader = (
  path: string,
) => Promise<Record<string, string> | undefined>;

/** Merges keys into a technical secret of the platform KV (`forge-dso`). */
export type PlatformSecretWriter = (
  path: string,
  values: Record<string, string>,
) => Promise<void>;

/** What the console services work with. */
export interface ConsoleDeps {
  store: ConsoleStore;
  settings: PlatformSettings;
  provisioning: ProvisioningRunner;
  toolUrls: ToolUrls;
  people?: PeopleDirectory;
  readPlatformSecret?: PlatformSecretReader;
  writePlatformSecret?: PlatformSecretWriter;
}

/** The log origin of a request made by `requestor`. */
export function originOf(
  requestor: Requestor,
  requestId?: string,
): EventOrigin {
  return { userId: requestor.user.id, requestId };
}

/** An ISO timestamp for `createdAt` / `updatedAt`. */
export function nowIso(): string {
  return new Date().toISOString();
}
