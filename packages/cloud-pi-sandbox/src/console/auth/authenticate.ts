import type { Request } from 'express';
import type { JWTPayload } from 'jose';
import { sha256Hex } from '../../util/secrets';
import { unauthorized } from '../errors';
import type { ConsoleStore } from '../store/ConsoleStore';
import type { UserRecord } from '../store/records';
import { adminPermissionsOf, rolesMatchingGroups } from './adminPermissions';
import type { BearerVerifier } from './bearerVerifier';
import type { Requestor } from './requestor';

/** Which server answers the route: their token errors differ. */
export type ServerFlavour = 'nest' | 'legacy';

/** Header carrying personal and admin tokens. */
export const TOKEN_HEADER = 'x-dso-token';

interface TokenRow {
  status: 'active' | 'revoked' | 'inactive';
  expirationDate: string | null;
}

/**
 * Authenticates console callers as the console does: `x-dso-token` (PAT
 * first, then admin token, by SHA-256) or `Authorization: Bearer <JWT>`.
 */
export class Authenticator {
  readonly #store: ConsoleStore;
  readonly #verifier: BearerVerifier | undefined;
  readonly #now: () => Date;

  constructor(
    store: ConsoleStore,
    verifier: BearerVerifier | undefined,
    now: () => Date = () => new Date(),
  ) {
    this.#store = store;
    this.#verifier = verifier;
    this.#now = now;
  }

  /** The caller of `req`, or a 401 `ConsoleError`. */
  async authenticate(req: Request, flavour: ServerFlavour): Promise<Requestor> {
    const token = req.header(TOKEN_HEADER);
    if (token !== undefined) return this.#fromToken(token, flavour);
    const bearer = bearerToken(req);
    if (bearer !== undefined) return this.#fromBearer(bearer, flavour);
    throw unauthorized();
  }

  /**
   * The legacy Keycloak adapter alone: skipped whenever an `x-dso-token`
   * header is present (its value is *not* checked), otherwise a valid Bearer
   * token is required.
   */
  async keycloakAdapterOnly(req: Request): Promise<void> {
    if (req.header(TOKEN_HEADER) !== undefined) return;
    const bearer = bearerToken(req);
    if (bearer === undefined) throw unauthorized();
    await this.#verify(bearer);
  }

  #fromToken(token: string, flavour: ServerFlavour): Requestor {
    const store = this.#store;
    const hash = sha256Hex(token);
    const now = this.#now().toISOString();

    const personal = store.personalTokens.findUnique('hash', hash);
    if (personal) {
      this.#checkToken(personal, flavour);
      store.personalTokens.update(personal.id, t => {
        t.lastUse = now;
      });
      const user = this.#touchUser(personal.userId, now);
      return {
        user,
        adminPermissions: adminPermissionsOf(store, user.adminRoleIds),
        via: 'personal-token',
        groups: [],
      };
    }

    const admin = store.adminTokens.findUnique('hash', hash);
    if (admin) {
      this.#checkToken(admin, flavour);
      store.adminTokens.update(admin.id, t => {
        t.lastUse = now;
      });
      const user = this.#touchUser(admin.userId, now);
      return {
        user,
        adminPermissions: adminPermissionsOf(store, [], [], admin.permissions),
        via: 'admin-token',
        groups: [],
      };
    }
    throw unauthorized();
  }

  #checkToken(token: TokenRow, flavour: ServerFlavour): void {
    const expired =
      token.expirationDate !== null &&
      new Date(token.expirationDate).getTime() < this.#now().getTime();
    if (flavour === 'legacy') {
      if (token.status !== 'active') throw unauthorized('Not active');
      if (expired) throw unauthorized('Expired');
      return;
    }
    // NestJS does not reject `inactive` tokens.
    if (token.status === 'revoked') throw unauthorized('Token revoked');
    if (expired) throw unauthorized(`Token expired: ${token.expirationDate}`);
  }

  async #fromBearer(token: string, flavour: ServerFlavour): Promise<Requestor> {
    const store = this.#store;
    const claims = await this.#verify(token);
    const now = this.#now().toISOString();
    const groups = Array.isArray(claims.groups)
      ? claims.groups.filter((g): g is string => typeof g === 'string')
      : [];

    let user = claims.sub ? store.users.get(claims.sub) : undefined;
    if (!user) {
      // NestJS requires an existing user; the legacy adapter creates it.
      if (flavour === 'nest' || !claims.sub) throw unauthorized();
      user = store.users.insert(userFromClaims(claims, now));
    }

    // NestJS persists the OIDC-matched platform roles so PATs get them too.
    const matched = rolesMatchingGroups(store, groups).map(r => r.id);
    store.users.update(user.id, u => {
      u.adminRoleIds = [...new Set([...u.adminRoleIds, ...matched])];
      u.lastLogin = now;
    });
    return {
      user,
      adminPermissions: adminPermissionsOf(store, user.adminRoleIds, groups),
      via: 'bearer',
      groups,
    };
  }

  async #verify(token: string): Promise<JWTPayload> {
    if (!this.#verifier) throw unauthorized();
    try {
      return await this.#verifier.verify(token);
    } catch {
      throw unauthorized();
    }
  }

  #touchUser(userId: string, now: string): UserRecord {
    return this.#store.users.update(userId, u => {
      u.lastLogin = now;
    });
  }
}

function bearerToken(req: Request): string | undefined {
  const header = req.header('authorization');
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1].trim();
}

function userFromClaims(claims: JWTPayload, now: string): UserRecord {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id: claims.sub!,
    firstName: text(claims.given_name),
    lastName: text(claims.family_name),
    email: text(claims.email),
    type: 'human',
    adminRoleIds: [],
    lastLogin: now,
    createdAt: now,
    updatedAt: now,
  };
}
