import { TOOL_CREDENTIALS } from '../tools';
import { deterministicUuid } from '../util/deterministicUuid';

/** What a demo user is for. @public */
export type DemoUserRole =
  | 'platform-admin'
  | 'owner'
  | 'devops'
  | 'developer'
  | 'readonly'
  | 'nobody'
  | 'realm-only';

/** A seeded person: a realm account and, usually, a console user. @public */
export interface SandboxDemoUser {
  /** Keycloak `sub` and console user id (stable across runs). */
  id: string;
  email: string;
  username: string;
  password: string;
  firstName: string;
  lastName: string;
  role: DemoUserRole;
  /** Personal access token created by the seed (none for realm-only users). */
  pat?: string;
  /** Platform groups of the account (`/console/admin`, …). */
  platformGroups: string[];
}

function user(
  email: string,
  firstName: string,
  lastName: string,
  role: DemoUserRole,
  password: string,
  pat: string | undefined,
  platformGroups: string[] = [],
): SandboxDemoUser {
  return {
    id: deterministicUuid('user', email),
    email,
    username: email.split('@')[0],
    password,
    firstName,
    lastName,
    role,
    pat,
    platformGroups,
  };
}

/**
 * The demo people. Passwords and tokens are public demo values: the sandbox
 * only listens on the loopback interface by default.
 *
 * @public
 */
export const SANDBOX_DEMO_USERS: readonly SandboxDemoUser[] = [
  user(
    'admin@cloud-pi.fr',
    'Camille',
    'Admin',
    'platform-admin',
    'admin-sandbox',
    'sandbox-pat-admin-02072f4d940c559458f129ae043691',
    ['/console/admin'],
  ),
  user(
    'alice.martin@interieur.gouv.fr',
    'Alice',
    'Martin',
    'owner',
    'alice-sandbox',
    'sandbox-pat-alice-f366ddc7c9007bb0aa92b6d2b15e5a',
  ),
  user(
    'bob.durand@interieur.gouv.fr',
    'Bob',
    'Durand',
    'devops',
    'bob-sandbox',
    'sandbox-pat-bob-e7b715ff891cdcce5a5b2d3b0d76c5de',
  ),
  user(
    'claire.petit@interieur.gouv.fr',
    'Claire',
    'Petit',
    'developer',
    'claire-sandbox',
    'sandbox-pat-claire-e70a30fd62d4092a6c9309623e3ec',
  ),
  user(
    'david.moreau@interieur.gouv.fr',
    'David',
    'Moreau',
    'readonly',
    'david-sandbox',
    'sandbox-pat-david-81d2b10f29c664c4977e91bb6ba976',
  ),
  user(
    'eve.nobody@interieur.gouv.fr',
    'Eve',
    'Nobody',
    'nobody',
    'eve-sandbox',
    'sandbox-pat-eve-28e37849252d0a8debdb33cacdb9a637',
  ),
  // Known to the realm but never logged into the console: the console
  // refuses their Bearer token until a project adds them by e-mail.
  user(
    'frank.nouveau@interieur.gouv.fr',
    'Frank',
    'Nouveau',
    'realm-only',
    'frank-sandbox',
    undefined,
  ),
];

/**
 * Fixed demo secrets, so an example app-config can reference them: the admin
 * token (MANAGE bit, for the catalog provider), the OIDC client of Backstage,
 * the users' passwords and tokens, and the tool fakes' credentials.
 *
 * @public
 */
export const SANDBOX_DEMO_CREDENTIALS = {
  adminToken: {
    name: 'backstage-catalog',
    value: 'sandbox-admin-token-4f9814083bb8dcc580c88a0d585a',
  },
  oidcClient: {
    clientId: 'backstage',
    clientSecret: 'backstage-sandbox-secret',
  },
  users: SANDBOX_DEMO_USERS,
  tools: TOOL_CREDENTIALS,
} as const;
