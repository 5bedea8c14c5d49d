import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  EntityListProvider,
  EntityOwnerPicker,
  EntityTagPicker,
  UserListPicker,
  type UserListFilterKind,
  useEntityList,
  useStarredEntities,
} from '@backstage/plugin-catalog-react';
import {
  DocsTable,
  EntityListDocsTable,
  TechDocsPicker,
} from '@backstage/plugin-techdocs';
import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';
import { Alert, Container } from '@backstage/ui';
import { useDocumentsTableTitle } from '../catalog/useCatalogTableTitle';
import { WideFiltersLayout } from '../catalog/WideFiltersLayout';

const copyToClipboard = (text: string) =>
  window.navigator.clipboard?.writeText(text);

/**
 * TechDocs' table of the listed documents, titled in the user's language;
 * a load error without Backstage's English "Error:" prefix.
 */
function TranslatedDocsTable() {
  const { loading, error, entities } = useEntityList();
  const { isStarredEntity, toggleStarredEntity } = useStarredEntities();
  const { t } = useTranslationRef(techdocsTranslationRef);
  const title = useDocumentsTableTitle();
  if (error) {
    return (
      <Alert
        status="danger"
        icon
        title={t('error.couldNotLoad')}
        description={error.message}
      />
    );
  }
  return (
    <DocsTable
      title={title}
      entities={entities}
      loading={loading}
      actions={[
        EntityListDocsTable.actions.createCopyDocsUrlAction(copyToClipboard, t),
        EntityListDocsTable.actions.createStarEntityAction(
          isStarredEntity,
          toggleStarredEntity,
          t,
        ),
      ]}
    />
  );
}

/**
 * TechDocs' documentation index (same filters and table), with the table
 * titled in the user's language ("Mes documents (1)" rather than "Owned
 * (1)") and filters wide enough for their labels.
 */
export function DocsIndexPage(props: { initialFilter?: UserListFilterKind }) {
  return (
    <Container mt="6">
      <EntityListProvider>
        <WideFiltersLayout
          filters={
            <>
              <TechDocsPicker />
              <UserListPicker initialFilter={props.initialFilter ?? 'owned'} />
              <EntityOwnerPicker />
              <EntityTagPicker />
            </>
          }
        >
          <TranslatedDocsTable />
        </WideFiltersLayout>
      </EntityListProvider>
    </Container>
  );
}
