import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validates values against the `definitions` of a Swagger 2 document with ajv
 * (`#/definitions/…` references resolve inside the document). With `strict`,
 * object schemas reject unknown properties, so a misspelt field fails instead
 * of passing silently; `int-or-string` accepts both, like Kubernetes.
 */
export function swaggerValidator(
  document: { definitions: Record<string, unknown> },
  options: { strict: boolean },
) {
  const definitions = transform(
    flattenAllOf(structuredClone(document.definitions)),
    options.strict,
  ) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int-or-string', true);
  // Harbor's swagger writes `format: int` for plain integers.
  ajv.addFormat('int', true);
  ajv.addSchema({ $id: 'swagger', definitions });
  const cache = new Map<string, ValidateFunction>();
  return (definition: string, value: unknown): string[] => {
    if (!(definition in definitions))
      throw new Error(`Unknown definition ${definition}`);
    let validate = cache.get(definition);
    if (!validate) {
      validate = ajv.compile({ $ref: `swagger#/definitions/${definition}` });
      cache.set(definition, validate);
    }
    return validate(value)
      ? []
      : (validate.errors ?? []).map(
          e =>
            `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
        );
  };
}

function transform(node: unknown, strict: boolean): unknown {
  if (Array.isArray(node)) return node.map(item => transform(item, strict));
  if (!node || typeof node !== 'object') return node;
  const schema = node as Record<string, unknown>;
  if (schema.type === 'string' && schema.format === 'int-or-string') {
    return { anyOf: [{ type: 'string' }, { type: 'integer' }] };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === 'properties'
        ? mapValues(value as Record<string, unknown>, strict)
        : transform(value, strict);
  }
  if (strict && schema.properties && !('additionalProperties' in schema)) {
    out.additionalProperties = false;
  }
  return out;
}

function mapValues(properties: Record<string, unknown>, strict: boolean) {
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, transform(v, strict)]),
  );
}

/** Inlines `allOf: [{$ref}]` into the properties, so strict objects still accept the inherited fields. */
function flattenAllOf(definitions: Record<string, any>): Record<string, any> {
  for (const schema of Object.values(definitions)) {
    if (!Array.isArray(schema?.allOf)) continue;
    for (const part of schema.allOf) {
      const name =
        typeof part.$ref === 'string'
          ? part.$ref.replace('#/definitions/', '')
          : undefined;
      const inherited = name ? definitions[name] : part;
      schema.properties = {
        ...(inherited?.properties ?? {}),
        ...(schema.properties ?? {}),
      };
    }
    delete schema.allOf;
  }
  return definitions;
}
