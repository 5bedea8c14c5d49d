import { readSpec } from '@cpin/cloud-pi-specs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type JsonSchema = Record<string, unknown>;

/**
 * Turns the console's generated OpenAPI 3.0 schemas into what they mean for
 * a JSON Schema validator. Each rewrite fixes one known quirk of
 * `@ts-rest/open-api` output; nothing is dropped silently:
 * - `oneOf` → `anyOf`: zod unions accept the first matching branch, and
 *   the generator emits overlapping branches (a date-time string matches
 *   both `{type: string}` and `{type: string, format: date-time}`; a raw log
 *   matches both the raw and the clean log shape);
 * - `{ type: 'boolean', enum: ['true', 'false'] }` → a string enum: the
 *   generator mislabels the string branch of `z.boolean().or(z.enum(...))`;
 * - `discriminator` is removed: it is an annotation on unions that are now
 *   `anyOf`, and Ajv only accepts it on `oneOf`;
 * - `nullable: true` (OpenAPI 3.0) → `null` added to the type, or an
 *   `anyOf` with `{ type: 'null' }` when the node has no `type`.
 */
export function normalizeOpenApiSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeOpenApiSchema);
  if (node === null || typeof node !== 'object') return node;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'discriminator') continue;
    copy[key === 'oneOf' ? 'anyOf' : key] = normalizeOpenApiSchema(value);
  }
  if (
    copy.type === 'boolean' &&
    Array.isArray(copy.enum) &&
    copy.enum.every(v => typeof v === 'string')
  ) {
    copy.type = 'string';
  }
  if (copy.nullable === true) {
    delete copy.nullable;
    if (typeof copy.type === 'string') {
      copy.type = [copy.type, 'null'];
      if (Array.isArray(copy.enum)) copy.enum = [...copy.enum, null];
    } else if (Object.keys(copy).length > 0) {
      return { anyOf: [copy, { type: 'null' }] };
    }
  } else if (copy.nullable === false) {
    delete copy.nullable;
  }
  return copy;
}

interface Operation {
  responses: Record<
    string,
    { content?: Record<string, { schema?: JsonSchema }> }
  >;
}

/** Validates console responses against the console's OpenAPI document. */
export class ConsoleContract {
  readonly #ajv = new Ajv({ allErrors: true, strict: true });
  readonly #operations = new Map<string, Operation>();
  readonly #validators = new Map<string, ValidateFunction>();

  constructor() {
    addFormats(this.#ajv);
    const spec = readSpec<{
      paths: Record<
        string,
        Record<string, Operation & { operationId: string }>
      >;
    }>('cloud-pi-console', 'openapi.json');
    for (const methods of Object.values(spec.paths)) {
      for (const operation of Object.values(methods)) {
        this.#operations.set(operation.operationId, operation);
      }
    }
  }

  /** The normalised JSON response schema of an operation, or throws. */
  schema(operationId: string, status: number): JsonSchema {
    const operation = this.#operations.get(operationId);
    if (!operation) throw new Error(`Unknown operation ${operationId}`);
    const schema =
      operation.responses[String(status)]?.content?.['application/json']
        ?.schema;
    if (!schema) {
      throw new Error(`${operationId} documents no JSON body for ${status}`);
    }
    return normalizeOpenApiSchema(schema) as JsonSchema;
  }

  /**
   * Validation errors of `body` (empty when it conforms). `adjust` documents
   * a known divergence of the real server from its contract.
   */
  errors(
    operationId: string,
    status: number,
    body: unknown,
    adjust?: (schema: JsonSchema) => JsonSchema,
  ): string[] {
    const key = `${operationId}:${status}:${adjust ? adjust.toString() : ''}`;
    let validate = this.#validators.get(key);
    if (!validate) {
      const schema = this.schema(operationId, status);
      validate = this.#ajv.compile(adjust ? adjust(schema) : schema);
      this.#validators.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
    );
  }
}
