import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';

/**
 * The caller of an action as a user: Cloud π data and operations are only
 * for users, mapped to platform users by e-mail.
 */
export function actionUser(
  auth: AuthService,
  credentials: BackstageCredentials,
): BackstageCredentials<BackstageUserPrincipal> {
  if (!auth.isPrincipal(credentials, 'user')) {
    throw new NotAllowedError(
      'Cloud π Native data is only served to users: the caller is mapped to a platform user by e-mail',
    );
  }
  return credentials;
}

/** The normalised form of an entity ref given to an action. */
export function actionEntityRef(value: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch (error) {
    throw new InputError(`Invalid entityRef: ${(error as Error).message}`);
  }
}
