import { InputError } from '@backstage/errors';
import {
  formatValidationError,
  hasControlCharacter,
  instanceNameSchema,
  projectRefSchema,
} from '@cpin/plugin-cloud-pi-native-common';
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

type Fields = Record<string, readonly [z.ZodType, unknown]>;

/**
 * Validates several inputs at once, each with its schema, and throws one
 * `InputError` listing every problem. Actions call it first, so that a bad
 * input never costs a request, in a dry run as in a real run.
 */
export function parseFields<F extends Fields>(
  fields: F,
): { [K in keyof F]: z.output<F[K][0]> } {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, [schema, value]] of Object.entries(fields)) {
    const result = schema.safeParse(value);
    if (result.success) values[key] = result.data;
    else problems.push(formatValidationError(result.error));
  }
  assertNoProblems(problems);
  return values as { [K in keyof F]: z.output<F[K][0]> };
}

/** A string input without surrounding blanks; other values are left for the schema to refuse. */
export function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/** {@link trimmed}, with a blank string meaning "not given". */
export function optionalTrimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() || undefined : value;
}

/** The `instance` and `project` inputs of the actions that work on a project. */
export function projectTargetFields(input: {
  instance?: unknown;
  project?: unknown;
}) {
  return {
    instance: instanceField(input.instance),
    project: [projectRefSchema, trimmed(input.project)],
  } as const;
}

/** The `instance` input alone. */
export function instanceField(instance: unknown) {
  return [instanceNameSchema.optional(), optionalTrimmed(instance)] as const;
}

/** Longest name of a task secret an input refers to. */
const SECRET_NAME_MAX_LENGTH = 256;

/** The name of a task secret (a Secret field of the template) an input refers to. */
export const secretNameSchema = z
  .string({ error: "Le nom d'un secret de la tâche doit être un texte." })
  .min(1, {
    error: "Le nom d'un secret de la tâche est obligatoire.",
    abort: true,
  })
  .max(SECRET_NAME_MAX_LENGTH, {
    error: `Le nom d'un secret de la tâche ne doit pas dépasser ${SECRET_NAME_MAX_LENGTH} caractères.`,
    abort: true,
  })
  .refine(name => !hasControlCharacter(name), {
    error:
      "Le nom d'un secret de la tâche ne doit pas contenir de caractère de contrôle.",
  });
