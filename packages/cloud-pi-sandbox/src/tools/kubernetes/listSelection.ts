/** A field selector the API server cannot parse (HTTP 400). */
export class FieldSelectorError extends Error {}

/** Parses a field selector: `metadata.name=x,metadata.namespace!=y,status.phase=Running`. */
export function parseFieldSelector(
  selector: string,
): (item: Record<string, any>) => boolean {
  const requirements = selector
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
    .map(part => {
      const match = /^([a-zA-Z.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
      if (!match)
        throw new FieldSelectorError(
          `invalid selector: '${selector}'; can't understand '${part}'`,
        );
      return {
        path: match[1].split('.'),
        negate: match[2] === '!=',
        value: match[3],
      };
    });
  return item =>
    requirements.every(({ path, negate, value }) => {
      const actual = path.reduce<any>((node, key) => node?.[key], item);
      return (String(actual ?? '') === value) !== negate;
    });
}

/** The opaque `continue` token of a list page starting at `offset`. */
export function encodeContinue(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

/** The offset a `continue` token points at (0 when absent or invalid). */
export function decodeContinue(token: string | undefined): number {
  if (!token) return 0;
  try {
    return (
      Number(
        JSON.parse(Buffer.from(token, 'base64url').toString('utf8')).offset,
      ) || 0
    );
  } catch {
    return 0;
  }
}
