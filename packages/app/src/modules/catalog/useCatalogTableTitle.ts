import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntityList } from '@backstage/plugin-catalog-react';
import { catalogPageTranslationRef } from './catalogTranslation';

const KINDS = [
  'component',
  'system',
  'resource',
  'api',
  'group',
  'user',
  'domain',
  'template',
  'location',
] as const;

type KnownKind = (typeof KINDS)[number];
type UserList = 'all' | 'owned' | 'starred';

const isKnownKind = (kind: string): kind is KnownKind =>
  (KINDS as readonly string[]).includes(kind);

const asUserList = (value: string | undefined): UserList =>
  value === 'owned' || value === 'starred' ? value : 'all';

/**
 * The catalog table's title in the user's language: the list and kind being
 * shown, the selected type if there is exactly one, and the count once known.
 */
export function useCatalogTableTitle(): string {
  const { t } = useTranslationRef(catalogPageTranslationRef);
  const { filters, totalItems, loading } = useEntityList();
  const kind = filters.kind?.value.toLocaleLowerCase('en-US') ?? 'component';
  const list = asUserList(filters.user?.value);
  const title = isKnownKind(kind)
    ? t(`kinds.${kind}.${list}`)
    : t(`otherKind.${list}`, { kind: filters.kind?.label ?? kind });
  const types = filters.type?.getTypes() ?? [];
  const withType = types.length === 1 ? `${title} · ${types[0]}` : title;
  return !loading && typeof totalItems === 'number'
    ? `${withType} (${totalItems})`
    : withType;
}

/** The documentation table's title in the user's language (the list shown). */
export function useDocumentsTableTitle(): string {
  const { t } = useTranslationRef(catalogPageTranslationRef);
  const { filters } = useEntityList();
  return t(`documents.${asUserList(filters.user?.value)}`);
}
