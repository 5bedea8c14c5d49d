import { InputError } from '@backstage/errors';
import { formatValidationError } from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';

/**
 * Validates a value with one of the shared schemas, throwing an `InputError`
 * that carries the console's own (French) messages, one per line.
 */
export function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(formatValidationError(result.error));
  }
  return result.data;
}

/** Throws an `InputError` listing every problem when there is at least one. */
export function assertNoProblems(problems: string[]): void {
  if (problems.length > 0) throw new InputError(problems.join('\n'));
}
