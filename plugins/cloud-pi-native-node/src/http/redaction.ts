const MIN_SECRET_LENGTH = 4;

const SENSITIVE_HEADER =
  /^(authorization|x-dso-token|private-token|x-vault-token|cookie)$/i;
const SENSITIVE_KEY = /token|password|secret/i;

/**
 * Replaces known secret values with `***` in any text that may end up in an
 * error message or a log line. It is the last line of defence: upstream
 * error bodies sometimes echo what they were sent.
 */
export class SecretRedactor {
  private readonly secrets: string[];

  constructor(secrets: Iterable<string | undefined> = []) {
    const unique = new Set<string>();
    for (const secret of secrets) {
      if (secret && secret.length >= MIN_SECRET_LENGTH) {
        unique.add(secret);
        unique.add(encodeURIComponent(secret));
      }
    }
    // Longest first, so a secret containing another one is replaced whole.
    this.secrets = [...unique].sort((a, b) => b.length - a.length);
  }

  /** A redactor that also hides `secrets`. */
  with(secrets: Iterable<string | undefined>): SecretRedactor {
    return new SecretRedactor([...this.secrets, ...secrets]);
  }

  /** A redactor that also hides the credentials carried by a request. */
  forRequest(headers: Record<string, string>, body: unknown): SecretRedactor {
    const found: string[] = [];
    for (const [name, value] of Object.entries(headers)) {
      if (SENSITIVE_HEADER.test(name)) {
        found.push(value, value.replace(/^(Bearer|Basic)\s+/i, ''));
      }
    }
    collectSensitiveValues(body, found, 0);
    return found.length > 0 ? this.with(found) : this;
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) {
      if (result.includes(secret)) result = result.split(secret).join('***');
    }
    return result;
  }
}

function collectSensitiveValues(
  value: unknown,
  found: string[],
  depth: number,
): void {
  if (!value || typeof value !== 'object' || depth > 4) return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && SENSITIVE_KEY.test(key)) {
      found.push(child);
    } else {
      collectSensitiveValues(child, found, depth + 1);
    }
  }
}
