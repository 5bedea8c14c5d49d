import { LoggerService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { vaultProjectMount } from '@cpin/plugin-cloud-pi-native-common';
import vault from 'node-vault';
import { z } from 'zod';
import { CloudPiVaultAuth } from '../config/types';
import { DEFAULT_TIMEOUTS } from '../http/defaults';
import { encodePathSegment } from '../http/endpoint';
import {
  CloudPiNativeInvalidResponseError,
  CloudPiNativeTimeoutError,
  CloudPiRequestTarget,
  errorFromStatus,
  networkErrorReason,
  unreachableError,
} from '../http/errors';
import { CloudPiRequestObserver, notifyObserver } from '../http/observer';
import { SecretRedactor } from '../http/redaction';
import { encodeSecretPath } from './secretPath';

/** Options of {@link VaultClient.create}. @public */
export interface VaultClientOptions {
  url: string;
  auth: CloudPiVaultAuth;
  timeoutMs?: number;
  logger?: LoggerService;
  onRequest?: CloudPiRequestObserver;
  /** More values to hide from error messages, e.g. every credential of the instance. */
  secrets?: string[];
}

/** A KV v2 secret: its key/value pairs and the version read. @public */
export interface VaultSecret {
  data: Record<string, unknown>;
  version: number;
  createdTime?: string;
}

/** The version a KV v2 write created. @public */
export interface VaultSecretVersion {
  version: number;
  createdTime?: string;
}

const readSchema = z.object({
  data: z.object({
    data: z.record(z.string(), z.unknown()),
    metadata: z.object({
      version: z.number(),
      created_time: z.string().optional(),
    }),
  }),
});
const writeSchema = z.object({
  data: z.object({ version: z.number(), created_time: z.string().optional() }),
});
const listSchema = z.object({ data: z.object({ keys: z.array(z.string()) }) });
const loginSchema = z.object({
  auth: z.object({ client_token: z.string(), lease_duration: z.number() }),
});

/** Log in again this long before an AppRole token expires. */
const RENEW_MARGIN_MS = 30_000;

/**
 * KV v2 access to a project's application-secrets mount (`<slug>`), through
 * `node-vault`. Secret values are never logged nor put in error messages.
 *
 * @public
 */
export class VaultClient {
  static create(options: VaultClientOptions): VaultClient {
    return new VaultClient(options);
  }

  private readonly client: vault.client;
  private readonly timeoutMs: number;
  private redactor: SecretRedactor;
  private tokenExpiresAt = 0;
  private login?: Promise<void>;

  private constructor(private readonly options: VaultClientOptions) {
    const { auth } = options;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUTS.requestMs;
    this.client = vault({
      endpoint: options.url,
      token: auth.type === 'token' ? auth.token : undefined,
      // node-vault's debug output would print written values.
      debug: () => {},
      // GET ?list=1 instead of the LIST verb, which some proxies refuse.
      noCustomHTTPVerbs: true,
      requestOptions: { timeout: this.timeoutMs },
    });
    this.redactor = new SecretRedactor([
      auth.type === 'token' ? auth.token : auth.secretId,
      ...(options.secrets ?? []),
    ]);
  }

  /** Reads the latest version of `<slug>/<path>`; NotFoundError when absent or deleted. */
  async readSecret(slug: string, path: string): Promise<VaultSecret> {
    const { target, vaultPath } = this.locate('GET', slug, 'data', path);
    const { data } = await this.call(target, readSchema, [], () =>
      this.client.read(vaultPath),
    );
    return {
      data: data.data,
      version: data.metadata.version,
      createdTime: data.metadata.created_time,
    };
  }

  /** Writes a new version of `<slug>/<path>`. */
  async writeSecret(
    slug: string,
    path: string,
    data: Record<string, string>,
  ): Promise<VaultSecretVersion> {
    const { target, vaultPath } = this.locate('POST', slug, 'data', path);
    const response = await this.call(
      target,
      writeSchema,
      Object.values(data),
      () => this.client.write(vaultPath, { data }),
    );
    return {
      version: response.data.version,
      createdTime: response.data.created_time,
    };
  }

  /** Keys under a folder of `<slug>` (folders end with `/`); empty when nothing is there. */
  async listSecrets(slug: string, path: string = ''): Promise<string[]> {
    const { target, vaultPath } = this.locate('LIST', slug, 'metadata', path);
    try {
      const { data } = await this.call(target, listSchema, [], () =>
        this.client.list(vaultPath),
      );
      return data.keys;
    } catch (error) {
      // Vault answers 404 to the listing of an empty folder.
      if ((error as Error).name === 'NotFoundError') return [];
      throw error;
    }
  }

  /**
   * Deletes the latest version of `<slug>/<path>` (like `vault kv delete`):
   * it can be undeleted, and earlier versions are kept.
   */
  async deleteSecret(slug: string, path: string): Promise<void> {
    const { target, vaultPath } = this.locate('DELETE', slug, 'data', path);
    await this.call(target, z.unknown(), [], () =>
      this.client.delete(vaultPath),
    );
  }

  /** The KV v2 API path of a secret of the project mount `<slug>`. */
  private locate(
    method: string,
    slug: string,
    kind: 'data' | 'metadata',
    path: string,
  ): { target: CloudPiRequestTarget; vaultPath: string } {
    const mount = encodePathSegment(vaultProjectMount(slug));
    const secretPath = encodeSecretPath(path, {
      allowRoot: kind === 'metadata',
    });
    const vaultPath = `${mount}/${kind}/${secretPath}`;
    return {
      target: { upstream: 'vault', method, path: `/v1/${vaultPath}` },
      vaultPath,
    };
  }

  /**
   * Runs one Vault call with a valid token. With AppRole, a 403 may mean the
   * token expired early (revoked, TTL shortened): log in again once.
   */
  private async call<T>(
    target: CloudPiRequestTarget,
    schema: z.ZodType<T>,
    secrets: string[],
    run: () => Promise<unknown>,
  ): Promise<T> {
    await this.ensureToken(false);
    const tokenUsed = this.client.token;
    let body: unknown;
    try {
      body = await this.measured(target, secrets, run);
    } catch (error) {
      if (
        !(error instanceof NotAllowedError) ||
        this.options.auth.type !== 'appRole'
      ) {
        throw error;
      }
      // Concurrent refusals of the same token lead to a single new login.
      await this.ensureToken(this.client.token === tokenUsed);
      body = await this.measured(target, secrets, run);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new CloudPiNativeInvalidResponseError(target, 'unexpected body');
    }
    return parsed.data;
  }

  private async measured(
    target: CloudPiRequestTarget,
    secrets: string[],
    run: () => Promise<unknown>,
  ): Promise<unknown> {
    const started = Date.now();
    let status: number | undefined;
    try {
      const body = await run();
      status = 200;
      return body;
    } catch (error) {
      status = (error as { response?: { statusCode?: number } }).response
        ?.statusCode;
      // Read the redactor now: a login may have added its token meanwhile.
      throw this.mapError(error, target, this.redactor.with(secrets));
    } finally {
      const durationMs = Date.now() - started;
      this.options.logger?.debug(
        `Vault ${target.method} ${target.path} -> ${status ?? 'no response'}`,
        { ...target, status, durationMs },
      );
      notifyObserver(this.options.onRequest, {
        ...target,
        status,
        durationMs,
        attempt: 1,
      });
    }
  }

  private async ensureToken(force: boolean): Promise<void> {
    const { auth } = this.options;
    if (auth.type !== 'appRole') return;
    if (!force && Date.now() < this.tokenExpiresAt - RENEW_MARGIN_MS) return;
    if (!this.login) {
      this.login = this.appRoleLogin(auth).finally(() => {
        this.login = undefined;
      });
    }
    await this.login;
  }

  private async appRoleLogin(
    auth: Extract<CloudPiVaultAuth, { type: 'appRole' }>,
  ): Promise<void> {
    const target: CloudPiRequestTarget = {
      upstream: 'vault',
      method: 'POST',
      path: `/v1/auth/${auth.mountPath}/login`,
    };
    const body = await this.measured(target, [], () =>
      this.client.approleLogin({
        mount_point: auth.mountPath,
        role_id: auth.roleId,
        secret_id: auth.secretId,
      }),
    );
    const parsed = loginSchema.safeParse(body);
    if (!parsed.success) {
      throw new CloudPiNativeInvalidResponseError(target, 'no client token');
    }
    const { client_token: token, lease_duration: ttl } = parsed.data.auth;
    this.client.token = token;
    this.redactor = this.redactor.with([token]);
    // A zero lease means the token does not expire.
    this.tokenExpiresAt =
      ttl > 0 ? Date.now() + ttl * 1000 : Number.POSITIVE_INFINITY;
  }

  /** Maps a node-vault or axios failure, keeping none of its internals. */
  private mapError(
    error: unknown,
    target: CloudPiRequestTarget,
    redactor: SecretRedactor,
  ): Error {
    const failure = error as {
      code?: unknown;
      response?: { statusCode?: number; body?: { errors?: unknown } };
    };
    const statusCode = failure.response?.statusCode;
    if (typeof statusCode === 'number') {
      const errors = failure.response?.body?.errors;
      const messages = Array.isArray(errors)
        ? errors.filter((e): e is string => typeof e === 'string' && e !== '')
        : [];
      return errorFromStatus(
        target,
        statusCode,
        messages.length > 0 ? redactor.redact(messages.join('\n')) : undefined,
      );
    }
    // axios reports its own timeout as ECONNABORTED (ETIMEDOUT when transitional).
    if (failure.code === 'ECONNABORTED' || failure.code === 'ETIMEDOUT') {
      return new CloudPiNativeTimeoutError({
        ...target,
        timeoutMs: this.timeoutMs,
      });
    }
    return unreachableError(target, networkErrorReason(error));
  }
}
