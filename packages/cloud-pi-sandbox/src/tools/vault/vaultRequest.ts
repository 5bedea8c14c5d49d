import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { VaultStore, VaultToken } from './vaultStore';

/** A request to `/v1/<path>` once authenticated, with helpers to answer it. */
export interface VaultRequest {
  store: VaultStore;
  req: Request;
  res: Response;
  /** Path after `/v1/`, without trailing slash. */
  path: string;
  /** `LIST`, or `GET` with `?list=true`. */
  isList: boolean;
  token?: VaultToken;
  body: Record<string, unknown>;
}

/** Vault's response envelope around `data` (and `auth` for logins). */
export function envelope(
  data: unknown,
  options: { mountType?: string; auth?: unknown; warnings?: string[] } = {},
) {
  return {
    request_id: randomUUID(),
    lease_id: '',
    renewable: false,
    lease_duration: 0,
    data,
    wrap_info: null,
    warnings: options.warnings ?? null,
    auth: options.auth ?? null,
    mount_type: options.mountType ?? '',
  };
}

/** Vault's error body: `{"errors": [...]}`. */
export function sendErrors(
  res: Response,
  status: number,
  ...errors: string[]
): void {
  res.status(status).json({ errors: errors });
}

/** Answers 404 for a path no backend handles. */
export function sendNoHandler(res: Response, path: string): void {
  sendErrors(
    res,
    404,
    `no handler for route "${path}". route entry not found.`,
  );
}

/** The ACL denial message of a valid token (go-multierror formatting). */
export const ACL_DENIED = '1 error occurred:\n\t* permission denied\n\n';

/** Vault prints times as RFC 3339. */
export function vaultTime(date: Date | null): string {
  return date ? date.toISOString() : '';
}
