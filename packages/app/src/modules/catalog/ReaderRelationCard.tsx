import {
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
} from '@backstage/catalog-model';
import {
  useApiHolder,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';
import {
  type EntityColumnConfig,
  EntityRelationCard,
  entityColumnPresets,
} from '@backstage/plugin-catalog-react/alpha';
import { CellText } from '@backstage/ui';
import { descriptionFor } from '@cpin/plugin-cloud-pi-native-common';
import { useMemo } from 'react';
import { appLanguage } from '../i18n/localizedTitles';

/** Backstage's relation cards, by the name of their extension. */
const RELATION_CARDS = {
  'has-components': {
    relationType: RELATION_HAS_PART,
    entityKind: 'Component',
    preset: 'component',
    texts: 'hasComponentsCard',
  },
  'has-resources': {
    relationType: RELATION_HAS_PART,
    entityKind: 'Resource',
    preset: 'resource',
    texts: 'hasResourcesCard',
  },
  'has-subcomponents': {
    relationType: RELATION_HAS_PART,
    entityKind: 'Component',
    preset: 'component',
    texts: 'hasSubcomponentsCard',
  },
  'depends-on-components': {
    relationType: RELATION_DEPENDS_ON,
    entityKind: 'Component',
    preset: 'component',
    texts: 'dependsOnComponentsCard',
  },
  'depends-on-resources': {
    relationType: RELATION_DEPENDS_ON,
    entityKind: 'Resource',
    preset: 'resource',
    texts: 'dependsOnResourcesCard',
  },
} as const;

/** The name of one of Backstage's relation cards. */
export type RelationCardName = keyof typeof RELATION_CARDS;

/** Backstage's columns, with the description in the reader's language. */
function readerColumns(
  columns: EntityColumnConfig[],
  language: string | undefined,
): EntityColumnConfig[] {
  return columns.map(column =>
    column.id === 'description'
      ? {
          ...column,
          cell: entity => (
            <CellText title={descriptionFor(entity, language) ?? ''} />
          ),
          sortValue: entity => descriptionFor(entity, language) ?? '',
        }
      : column,
  );
}

/**
 * One of Backstage's relation cards (the components of a system, the
 * resources a component depends on…) whose description column shows the
 * description the Cloud π provider wrote in the reader's language: its
 * `metadata.description` is English.
 */
export function ReaderRelationCard(props: { name: RelationCardName }) {
  const { relationType, entityKind, preset, texts } =
    RELATION_CARDS[props.name];
  const { t } = useTranslationRef(catalogTranslationRef);
  const language = appLanguage(useApiHolder());
  const columnConfig = useMemo(
    () => readerColumns(entityColumnPresets[preset].columns, language),
    [preset, language],
  );
  return (
    <EntityRelationCard
      title={t(`${texts}.title`)}
      entityKind={entityKind}
      relationType={relationType}
      columnConfig={columnConfig}
      emptyState={{
        message: t(`${texts}.emptyMessage`),
        helpLink: entityColumnPresets[preset].helpLink,
      }}
    />
  );
}
