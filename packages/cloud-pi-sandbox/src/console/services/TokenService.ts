import { parsePerms } from '@cpin/plugin-cloud-pi-native-common';
import type { z } from 'zod';
import { generateTokenSecret, sha256Hex } from '../../util/secrets';
import { badRequest } from '../errors';
import type {
  createAdminTokenInputSchema,
  createPersonalTokenInputSchema,
} from '../schemas';
import type {
  AdminTokenRecord,
  PersonalTokenRecord,
  UserRecord,
} from '../store/records';
import { adminTokenView, personalTokenView } from '../views';
import { nowIso, type ConsoleDeps } from './deps';

/** Messages of the token routes. */
export const TOKEN_MESSAGES = {
  // `isAtLeastTomorrow` fails on an invalid date too: one message for both.
  tooSoon: "Date d'expiration trop courte",
} as const;

/** A created token: its row and the secret, shown once. */
export interface CreatedToken<T> {
  token: T;
  password: string;
}

/**
 * Personal access tokens (humans) and admin tokens (each with its own bot
 * user). Secrets are only returned on creation; the store keeps their hash.
 */
export class TokenService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /** The caller's PATs. */
  listPersonal(user: UserRecord) {
    return this.#deps.store.personalTokens
      .findGroup('user', user.id)
      .map(t => personalTokenView(t, user));
  }

  /** Creates a PAT; `secret` lets the seed use a known value. */
  createPersonal(
    user: UserRecord,
    input: z.infer<typeof createPersonalTokenInputSchema>,
    options: { secret?: string; skipDateCheck?: boolean } = {},
  ): CreatedToken<ReturnType<typeof personalTokenView>> {
    const expirationDate = this.#expiration(input.expirationDate, options);
    const { store } = this.#deps;
    const password = options.secret ?? generateTokenSecret();
    const now = nowIso();
    const token: PersonalTokenRecord = store.personalTokens.insert({
      id: store.newId('personal-token', `${user.email}/${input.name}`),
      name: input.name,
      hash: sha256Hex(password),
      userId: user.id,
      status: 'active',
      expirationDate,
      lastUse: null,
      createdAt: now,
      updatedAt: now,
    });
    return { token: personalTokenView(token, user), password };
  }

  /** Deletes one of the caller's PATs (the row goes away); another id is silently ignored, as the console does. */
  deletePersonal(user: UserRecord, tokenId: string): void {
    const { store } = this.#deps;
    const token = store.personalTokens.get(tokenId);
    if (token?.userId === user.id) store.personalTokens.delete(tokenId);
  }

  /** Admin tokens, revoked ones only on request. */
  listAdmin(withRevoked: boolean) {
    const { store } = this.#deps;
    return store.adminTokens
      .all()
      .filter(t => withRevoked || t.status !== 'revoked')
      .map(t => adminTokenView(t, store.users.get(t.userId)));
  }

  /** Creates an admin token and its bot user (`Bot Admin <name>`). */
  createAdmin(
    input: z.infer<typeof createAdminTokenInputSchema>,
    options: { secret?: string; skipDateCheck?: boolean } = {},
  ): CreatedToken<ReturnType<typeof adminTokenView>> {
    const expirationDate =
      input.expirationDate === null
        ? null
        : this.#expiration(input.expirationDate, options);
    const { store } = this.#deps;
    const password = options.secret ?? generateTokenSecret();
    const now = nowIso();
    const botId = store.newId('bot-user', input.name);
    const bot = store.users.insert({
      id: botId,
      firstName: 'Bot Admin',
      lastName: input.name,
      email: `${botId}@bot.io`,
      type: 'bot',
      adminRoleIds: [],
      lastLogin: null,
      createdAt: now,
      updatedAt: now,
    });
    const token: AdminTokenRecord = store.adminTokens.insert({
      id: store.newId('admin-token', input.name),
      name: input.name,
      hash: sha256Hex(password),
      userId: bot.id,
      permissions: parsePerms(input.permissions ?? '0'),
      status: 'active',
      expirationDate,
      lastUse: null,
      createdAt: now,
      updatedAt: now,
    });
    return { token: adminTokenView(token, bot), password };
  }

  /** Revokes an admin token (status `revoked`, expiring now); an unknown id is a no-op (`updateMany`). */
  revokeAdmin(tokenId: string): void {
    const { store } = this.#deps;
    if (!store.adminTokens.get(tokenId)) return;
    store.adminTokens.update(tokenId, t => {
      t.status = 'revoked';
      t.expirationDate = nowIso();
      t.updatedAt = nowIso();
    });
  }

  // The console requires an expiry after the end of today (UTC).
  #expiration(value: string, options: { skipDateCheck?: boolean }): string {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw badRequest(TOKEN_MESSAGES.tooSoon);
    if (!options.skipDateCheck) {
      const tomorrow = new Date();
      tomorrow.setUTCHours(24, 0, 0, 0);
      if (date.getTime() < tomorrow.getTime()) {
        throw badRequest(TOKEN_MESSAGES.tooSoon);
      }
    }
    return date.toISOString();
  }
}
