import { CatalogTable } from '@backstage/plugin-catalog';
import { readerCatalogColumns } from './readerDescriptionColumn';
import { useCatalogTableTitle } from './useCatalogTableTitle';

/**
 * Backstage's catalog table, titled in the user's language, with the Cloud π
 * provider's descriptions in that language. Inside an `EntityListProvider`.
 */
export function TranslatedCatalogTable() {
  return (
    <CatalogTable
      title={useCatalogTableTitle()}
      columns={readerCatalogColumns}
    />
  );
}
