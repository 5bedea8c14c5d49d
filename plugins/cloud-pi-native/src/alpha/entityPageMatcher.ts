import type { CompoundEntityRef } from '@backstage/catalog-model';

const TOKENS = {
  kind: 'cpinkindparam',
  namespace: 'cpinnamespaceparam',
  name: 'cpinnameparam',
} as const;

/**
 * Builds, from the app's route to entity pages (wherever it is mounted), a
 * function that gives the entity whose page (or one of its tabs) a path
 * shows, if any.
 */
export function entityPageMatcher(
  entityRoute: (params: Record<keyof typeof TOKENS, string>) => string,
): (path: string) => CompoundEntityRef | undefined {
  const escaped = entityRoute(TOKENS).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = Object.entries(TOKENS).reduce(
    (pattern, [param, token]) => pattern.replace(token, `(?<${param}>[^/]+)`),
    escaped.replace(/\/$/, ''),
  );
  const pattern = new RegExp(`^${source}(?:/|$)`);
  return path => {
    const groups = pattern.exec(path)?.groups;
    if (!groups) return undefined;
    try {
      return {
        kind: decodeURIComponent(groups.kind),
        namespace: decodeURIComponent(groups.namespace),
        name: decodeURIComponent(groups.name),
      };
    } catch {
      // A malformed escape: not a page of ours to prefetch.
      return undefined;
    }
  };
}
