import type { ErrorRequestHandler } from 'express';
import { STATUS_CODES } from 'node:http';
import { isUuid } from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';

/** A handled error with the HTTP status and the French message the console sends. */
export class ConsoleError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ConsoleError';
    this.status = status;
  }
}

/** Where a request validation failed (legacy bodies report it). */
export type ValidationLocation = 'body' | 'query' | 'path';

/** A Zod validation failure of a request part. */
export class RequestValidationError extends Error {
  readonly zodError: z.ZodError;
  readonly location: ValidationLocation;

  constructor(zodError: z.ZodError, location: ValidationLocation) {
    super('Validation failed');
    this.name = 'RequestValidationError';
    this.zodError = zodError;
    this.location = location;
  }
}

/** 400 with a business message. */
export const badRequest = (message: string) => new ConsoleError(400, message);
/** 401 with a message. */
export const unauthorized = (message = 'Not authenticated') =>
  new ConsoleError(401, message);
/** 403 with a message. */
export const forbidden = (message: string) => new ConsoleError(403, message);
/** 404 with a message. */
export const notFound = (message: string) => new ConsoleError(404, message);
/** 422 with a message (plugin failures on repositories). */
export const unprocessable = (message: string) =>
  new ConsoleError(422, message);
/** 500 with a message (plugin failures on environments). */
export const internalError = (message: string) =>
  new ConsoleError(500, message);

/** NestJS's `ParseUUIDPipe` on a path parameter: 400 before the handler runs. */
export function uuidParam(value: string): string {
  if (!isUuid(value)) throw badRequest('Validation failed (uuid is expected)');
  return value;
}

/** Parses a request part with a Zod schema or throws a `RequestValidationError`. */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  location: ValidationLocation,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestValidationError(result.error, location);
  return result.data;
}

function isBodyParserError(
  error: unknown,
): error is { status: number; type: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { type?: unknown }).type === 'string' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

function statusOf(error: unknown): number {
  if (error instanceof ConsoleError) return error.status;
  if (isBodyParserError(error)) return error.status;
  return 500;
}

/**
 * Error bodies of the NestJS server: `{ formErrors, fieldErrors }` for Zod
 * failures (`ZodError.flatten()`), `{ statusCode, message, error }` otherwise.
 */
export const nestErrorHandler: ErrorRequestHandler = (
  error,
  _req,
  res,
  next,
) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error instanceof RequestValidationError) {
    res.status(400).json(z.flattenError(error.zodError));
    return;
  }
  const status = statusOf(error);
  const message =
    status === 500 && !(error instanceof ConsoleError)
      ? 'Internal server error'
      : (error as Error).message;
  res
    .status(status)
    .json({ statusCode: status, message, error: STATUS_CODES[status] });
};

/**
 * Error bodies of the legacy Fastify server: ts-rest's combined validation
 * body, `{ message }` for handled errors and `{ status, error }` for the rest.
 */
export const legacyErrorHandler: ErrorRequestHandler = (
  error,
  _req,
  res,
  next,
) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error instanceof RequestValidationError) {
    const zodError = { name: 'ZodError', issues: error.zodError.issues };
    res.status(400).json({
      pathParameterErrors: error.location === 'path' ? zodError : null,
      headerErrors: null,
      queryParameterErrors: error.location === 'query' ? zodError : null,
      bodyErrors: error.location === 'body' ? zodError : null,
    });
    return;
  }
  if (error instanceof ConsoleError) {
    res.status(error.status).json({ message: error.message });
    return;
  }
  if (isBodyParserError(error)) {
    res.status(error.status).json({ message: error.message });
    return;
  }
  res.status(500).json({ status: 500, error: (error as Error).message });
};
