type ErrorBody = Record<string, unknown>;

const LEGACY_GROUPS: Array<[string, string]> = [
  ['bodyErrors', ''],
  ['queryParameterErrors', 'query'],
  ['pathParameterErrors', 'path'],
  ['headerErrors', 'header'],
];

/**
 * Extracts the (French) message from any of the console's error bodies:
 * legacy `{ message }`, NestJS `{ statusCode, message, error }`, NestJS zod
 * `{ formErrors, fieldErrors }` and legacy ts-rest
 * `{ bodyErrors, queryParameterErrors, … }`. Problems are joined one per
 * line, like the console joins its own business errors. Stack traces of
 * legacy 500 bodies are never returned.
 */
export function consoleErrorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return undefined;
  }
  const record = body as ErrorBody;
  const lines = [
    ...flattenedZodMessages(record),
    ...legacyValidationMessages(record),
  ];
  if (lines.length > 0) return lines.join('\n');
  return textOf(record.message) ?? textOf(record.error);
}

function flattenedZodMessages(body: ErrorBody): string[] {
  const lines = strings(body.formErrors);
  const fieldErrors = body.fieldErrors;
  if (fieldErrors && typeof fieldErrors === 'object') {
    for (const [field, messages] of Object.entries(fieldErrors)) {
      for (const message of strings(messages)) {
        lines.push(`${field} : ${message}`);
      }
    }
  }
  return lines;
}

function legacyValidationMessages(body: ErrorBody): string[] {
  const lines: string[] = [];
  for (const [key, location] of LEGACY_GROUPS) {
    const group = body[key];
    if (!group || typeof group !== 'object') continue;
    const issues = (group as { issues?: unknown }).issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues) {
      const { path, message } = (issue ?? {}) as {
        path?: unknown;
        message?: unknown;
      };
      if (typeof message !== 'string') continue;
      const where = [location, ...(Array.isArray(path) ? path.map(String) : [])]
        .filter(Boolean)
        .join('.');
      lines.push(where ? `${where} : ${message}` : message);
    }
  }
  return lines;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  const list = strings(value);
  return list.length > 0 ? list.join('\n') : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
