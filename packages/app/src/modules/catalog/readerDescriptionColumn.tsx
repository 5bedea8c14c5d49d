import type { Entity } from '@backstage/catalog-model';
import { OverflowTooltip, type TableColumn } from '@backstage/core-components';
import { useApiHolder } from '@backstage/frontend-plugin-api';
import {
  CatalogTable,
  type CatalogTableColumnsFunc,
  type CatalogTableRow,
} from '@backstage/plugin-catalog';
import { descriptionFor } from '@cpin/plugin-cloud-pi-native-common';
import { appLanguage } from '../i18n/localizedTitles';

function ReaderDescription(props: { entity: Entity }) {
  const language = appLanguage(useApiHolder());
  return (
    <OverflowTooltip
      text={descriptionFor(props.entity, language)}
      placement="bottom-start"
    />
  );
}

const DESCRIPTION_FIELD = 'entity.metadata.description';

/**
 * Backstage's catalog columns, with the description the Cloud π provider
 * wrote in the reader's language (its `metadata.description` is English).
 * The table's search still matches the English text.
 */
export const readerCatalogColumns: CatalogTableColumnsFunc = context =>
  CatalogTable.defaultColumnsFunc(context).map(
    (column): TableColumn<CatalogTableRow> =>
      column.field === DESCRIPTION_FIELD
        ? {
            ...column,
            render: ({ entity }) => <ReaderDescription entity={entity} />,
          }
        : column,
  );
