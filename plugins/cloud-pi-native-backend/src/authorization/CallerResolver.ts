import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SwrCache } from '../cache/SwrCache';
import { CardsConfig } from '../config/readCardsConfig';
import { cacheKeys } from '../data/cacheKeys';

/** The Backstage user as Cloud π sees them. */
export interface CloudPiCaller {
  userEntityRef: string;
  /** Lower-cased `spec.profile.email` of the user entity, the console's user key. */
  email?: string;
  /** Member of `cloudPiNative.cards.platformAdmins`. */
  platformAdmin: boolean;
}

/**
 * Maps a Backstage user to the console user: by the e-mail of their user
 * entity (the console identifies users by e-mail, like Keycloak), cached;
 * and to the platform administrators of the configuration, through the
 * user's ownership refs (their groups).
 */
export class CallerResolver {
  readonly #userInfo: UserInfoService;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #swr: SwrCache;
  readonly #userTtlMs: number;
  readonly #platformAdmins: ReadonlySet<string>;

  constructor(options: {
    userInfo: UserInfoService;
    catalog: CatalogService;
    auth: AuthService;
    swr: SwrCache;
    config: CardsConfig;
  }) {
    this.#userInfo = options.userInfo;
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#swr = options.swr;
    this.#userTtlMs = options.config.cache.userTtlMs;
    this.#platformAdmins = new Set(
      options.config.platformAdmins.map(ref => ref.toLocaleLowerCase('en-US')),
    );
  }

  async resolve(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<CloudPiCaller> {
    const info = await this.#userInfo.getUserInfo(credentials);
    const platformAdmin = info.ownershipEntityRefs.some(ref =>
      this.#platformAdmins.has(ref.toLocaleLowerCase('en-US')),
    );
    const { email } = await this.#swr.get(
      cacheKeys.userEmail(info.userEntityRef.toLocaleLowerCase('en-US')),
      async () => ({
        value: { email: await this.#readEmail(info.userEntityRef) },
        freshMs: this.#userTtlMs,
      }),
    );
    return {
      userEntityRef: info.userEntityRef,
      ...(email ? { email } : {}),
      platformAdmin,
    };
  }

  async #readEmail(userEntityRef: string): Promise<string | null> {
    // Read as the plugin: every signed-in user may be mapped, even when a
    // permission policy hides user entities from them.
    const user = await this.#catalog.getEntityByRef(userEntityRef, {
      credentials: await this.#auth.getOwnServiceCredentials(),
    });
    const email = (user?.spec?.profile as { email?: unknown } | undefined)
      ?.email;
    return typeof email === 'string' && email.trim() !== ''
      ? email.trim().toLocaleLowerCase('en-US')
      : null;
  }
}
