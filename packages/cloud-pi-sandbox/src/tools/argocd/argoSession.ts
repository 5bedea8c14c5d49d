import { SignJWT, errors, jwtVerify } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../shared/clock';

/** Argo CD's default session lifetime (`users.session.duration`). */
export const ARGOCD_SESSION_TTL_SECONDS = 24 * 3600;

/** A verified session. */
export interface ArgoSession {
  username: string;
  issuedAt: Date;
}

/**
 * Issues and verifies session JWTs like `argocd-server`: HS256, issuer
 * `argocd`, subject `<user>:login`, with an expiry clients must respect.
 */
export class ArgoSessionManager {
  private readonly key = randomBytes(32);

  constructor(
    private readonly clock: Clock,
    private readonly ttlSeconds: number = ARGOCD_SESSION_TTL_SECONDS,
  ) {}

  /** A new session token for a user. */
  async issue(username: string): Promise<string> {
    const now = Math.floor(this.clock().getTime() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer('argocd')
      .setSubject(`${username}:login`)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + this.ttlSeconds)
      .setJti(randomUUID())
      .sign(this.key);
  }

  /** Verifies a token; throws an error whose message is Argo CD's. */
  async verify(token: string): Promise<ArgoSession> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'argocd',
        algorithms: ['HS256'],
        currentDate: this.clock(),
      });
      return {
        username: String(payload.sub ?? '').replace(/:login$/, ''),
        issuedAt: new Date((payload.iat ?? 0) * 1000),
      };
    } catch (error) {
      throw new Error(`invalid session: ${describe(error)}`);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return 'token has invalid claims: token is expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return 'token signature is invalid: signature is invalid';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `token has invalid claims: ${error.message}`;
  }
  return 'token is malformed: could not parse token';
}
