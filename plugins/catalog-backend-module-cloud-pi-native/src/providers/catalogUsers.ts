import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CloudPiUserLookup } from '../transformers';

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.profile.email',
];

/** The User entities of the catalog, by e-mail. @public */
export interface CloudPiUserDirectory {
  /** The User reference of an e-mail (case-insensitive), if exactly one matches. */
  lookup: CloudPiUserLookup;
  /** Number of User entities with an e-mail. */
  size: number;
  /** E-mails carried by several User entities (never resolved). */
  ambiguousEmails: string[];
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Loads every User entity of the catalog (paged, only the fields needed)
 * and indexes them by `spec.profile.email`, case-insensitively.
 *
 * @public
 */
export async function loadUserDirectory(
  catalog: Pick<CatalogService, 'queryEntities'>,
  credentials: BackstageCredentials,
  options: { pageSize?: number } = {},
): Promise<CloudPiUserDirectory> {
  const limit = options.pageSize ?? 1000;
  // `null` marks an e-mail shared by several users.
  const byEmail = new Map<string, string | null>();
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor
        ? { cursor, limit, fields: FIELDS }
        : { filter: { kind: 'User' }, limit, fields: FIELDS },
      { credentials },
    );
    for (const user of page.items) {
      const email = (user.spec as { profile?: { email?: unknown } } | undefined)
        ?.profile?.email;
      if (typeof email !== 'string' || email.trim() === '') continue;
      const key = normalizeEmail(email);
      const ref = stringifyEntityRef(user);
      const known = byEmail.get(key);
      byEmail.set(key, known === undefined || known === ref ? ref : null);
    }
    cursor = page.pageInfo.nextCursor;
  } while (cursor);

  return {
    lookup: email => byEmail.get(normalizeEmail(email)) ?? undefined,
    size: byEmail.size,
    ambiguousEmails: [...byEmail]
      .filter(([, ref]) => ref === null)
      .map(([email]) => email)
      .sort(),
  };
}
