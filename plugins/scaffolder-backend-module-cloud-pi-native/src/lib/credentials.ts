import { AuthenticationError } from '@backstage/errors';
import { TaskSecrets } from '@backstage/plugin-scaffolder-node';
import { CloudPiCredential } from '@cpin/plugin-cloud-pi-native-node';

/** Task secret holding the user's platform (Keycloak) access token, set by the `CloudPiCredentials` field. @public */
export const CLOUD_PI_TOKEN_SECRET = 'cloudPiToken';

/** Task secret holding a console personal access token, e.g. from a `Secret` field. @public */
export const CLOUD_PI_PAT_SECRET = 'cloudPiPat';

/** Who an action calls the console as, and what is known of that person. */
export interface CloudPiCaller {
  credential: CloudPiCredential;
  /** Console user id: the `sub` of an access token; unknown for a personal access token. */
  userId?: string;
  /** E-mail used to find the caller among a project's owner and members. */
  email?: string;
}

/** The part of the task's user the actions look at. */
export interface TaskUser {
  entity?: { spec?: { profile?: { email?: string } } };
}

/**
 * Reads the requesting user's console credential from the task secrets: the
 * access token of the `CloudPiCredentials` field (sent as a Bearer token), or
 * else a personal access token (sent as `x-dso-token`). Actions never fall
 * back to the instance's admin token: the console would make the bot the
 * owner, and it refuses repository changes from bots.
 */
export function readCaller(
  secrets: TaskSecrets | undefined,
  user?: TaskUser,
): CloudPiCaller {
  const token = nonBlank(secrets?.[CLOUD_PI_TOKEN_SECRET]);
  if (token) {
    const claims = accessTokenClaims(token);
    return {
      credential: { type: 'bearer', token },
      userId: claims.sub,
      email: claims.email ?? user?.entity?.spec?.profile?.email,
    };
  }
  const pat = nonBlank(secrets?.[CLOUD_PI_PAT_SECRET]);
  if (pat) {
    return {
      credential: { type: 'token', token: pat },
      email: user?.entity?.spec?.profile?.email,
    };
  }
  throw new AuthenticationError(
    `No Cloud π Native credential in the task secrets. Add a CloudPiCredentials field to the template (it stores your platform access token as the "${CLOUD_PI_TOKEN_SECRET}" secret), or a Secret field named "${CLOUD_PI_PAT_SECRET}" holding a console personal access token.`,
  );
}

function nonBlank(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The `sub` and `email` claims of a JWT, read without verifying it: they only
 * tell the action which project member it acts as. The console verifies the
 * token on every call and remains the enforcement point.
 */
function accessTokenClaims(token: string): { sub?: string; email?: string } {
  const parts = token.split('.');
  if (parts.length !== 3) return {};
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(parts[1], 'base64url').toString('utf8'),
    );
    if (!payload || typeof payload !== 'object') return {};
    const { sub, email } = payload as Record<string, unknown>;
    return {
      sub: typeof sub === 'string' && sub !== '' ? sub : undefined,
      email: typeof email === 'string' && email !== '' ? email : undefined,
    };
  } catch {
    return {};
  }
}
