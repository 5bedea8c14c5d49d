/** A capability of a Vault ACL rule. */
export type Capability =
  | 'create'
  | 'read'
  | 'update'
  | 'patch'
  | 'delete'
  | 'list'
  | 'sudo';

/** One `path "…" { capabilities = [...] }` stanza. */
export interface PolicyRule {
  path: string;
  capabilities: Capability[];
}

/**
 * Whether a request path is allowed by a set of rules. Like Vault, a trailing
 * `*` is a prefix match, `+` matches one path segment, and the most specific
 * (longest) matching rule wins.
 */
export function isAllowed(
  rules: PolicyRule[],
  path: string,
  capability: Capability,
): boolean {
  const matching = rules
    .filter(rule => matches(rule.path, path))
    .sort((a, b) => b.path.length - a.path.length);
  return matching.length > 0 && matching[0].capabilities.includes(capability);
}

function matches(pattern: string, path: string): boolean {
  const glob = pattern.endsWith('*');
  const patternSegments = (glob ? pattern.slice(0, -1) : pattern).split('/');
  const pathSegments = path.split('/');
  for (let i = 0; i < patternSegments.length; i++) {
    const expected = patternSegments[i];
    const actual = pathSegments[i];
    const last = i === patternSegments.length - 1;
    if (actual === undefined) return false;
    if (expected === '+') continue;
    if (last && glob) return actual.startsWith(expected);
    if (expected !== actual) return false;
  }
  return glob || patternSegments.length === pathSegments.length;
}
