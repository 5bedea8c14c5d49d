import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { CellText, type ColumnConfig, Table, useTable } from '@backstage/ui';
import { useMemo } from 'react';

interface Label {
  id: string;
  value: string;
}

/**
 * Backstage's labels card, all labels on one page: the table's pagination
 * of `@backstage/ui` writes its page sizes, range and button names in
 * English only ("Show 5 results", "1 - 1 of 1"), and an entity has a few
 * labels. Not shown when the entity has none.
 */
export function AllLabelsCard() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(catalogTranslationRef);
  const data = useMemo<Label[]>(
    () =>
      Object.entries(entity.metadata.labels ?? {}).map(([id, value]) => ({
        id,
        value,
      })),
    [entity],
  );
  const columnConfig = useMemo<ColumnConfig<Label>[]>(
    () => [
      {
        id: 'key',
        label: t('entityLabelsCard.columnKeyLabel'),
        isRowHeader: true,
        cell: label => <CellText title={label.id} />,
      },
      {
        id: 'value',
        label: t('entityLabelsCard.columnValueLabel'),
        cell: label => <CellText title={label.value} />,
      },
    ],
    [t],
  );
  const { tableProps } = useTable({
    mode: 'complete',
    data,
    paginationOptions: { type: 'none' },
  });
  if (data.length === 0) return null;
  return (
    <EntityInfoCard title={t('entityLabelsCard.title')}>
      <Table columnConfig={columnConfig} {...tableProps} />
    </EntityInfoCard>
  );
}
