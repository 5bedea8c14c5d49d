/** Used when a session token carries no readable expiry. */
const FALLBACK_TTL_MS = 10 * 60_000;

/**
 * Caches an Argo CD session token: one login serves every caller until
 * shortly before the token expires, and concurrent callers share a single
 * login in flight.
 */
export class ArgoCdSession {
  private current?: { token: string; expiresAt: number };
  private pending?: Promise<string>;

  constructor(
    private readonly login: () => Promise<string>,
    private readonly options: {
      now?: () => number;
      /** Renew this long before expiry. */
      refreshMarginMs?: number;
    } = {},
  ) {}

  /** A valid token, logging in if none is cached or it is about to expire. */
  async token(): Promise<string> {
    const now = this.now();
    const margin = this.options.refreshMarginMs ?? 60_000;
    if (this.current && this.current.expiresAt - margin > now) {
      return this.current.token;
    }
    return this.refresh();
  }

  /**
   * Forgets `rejected` after Argo CD answered 401 with it. A token obtained
   * meanwhile by another caller is kept, so concurrent 401s log in once.
   */
  invalidate(rejected: string): void {
    if (this.current?.token === rejected) this.current = undefined;
  }

  private refresh(): Promise<string> {
    if (!this.pending) {
      this.pending = this.login()
        .then(token => {
          const now = this.now();
          this.current = {
            token,
            expiresAt: jwtExpiry(token) ?? now + FALLBACK_TTL_MS,
          };
          return token;
        })
        .finally(() => {
          this.pending = undefined;
        });
    }
    return this.pending;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/** The `exp` claim of a JWT in milliseconds; the signature is not checked. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const { exp } = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    );
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
