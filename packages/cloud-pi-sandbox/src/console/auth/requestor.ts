import type { UserRecord } from '../store/records';

/** How the caller authenticated. */
export type AuthMethod = 'personal-token' | 'admin-token' | 'bearer';

/** The authenticated caller of a console route. */
export interface Requestor {
  user: UserRecord;
  /** Platform permissions: admin roles, OIDC groups or token bits, plus global roles. */
  adminPermissions: bigint;
  via: AuthMethod;
  /** Groups of the Bearer token (`groups` claim); empty for tokens. */
  groups: string[];
}
