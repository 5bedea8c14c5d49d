import {
  configApiRef,
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import {
  Content,
  CreateButton,
  SupportButton,
} from '@backstage/core-components';
import apiDocsPlugin, {
  apiDocsTranslationRef,
} from '@backstage/plugin-api-docs/alpha';
import { catalogEntityCreatePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  EntityKindPicker,
  EntityLifecyclePicker,
  EntityListProvider,
  EntityOwnerPicker,
  EntityTagPicker,
  EntityTypePicker,
  UserListPicker,
  type UserListFilterKind,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { HeaderPage } from '@backstage/ui';
import { TranslatedCatalogTable } from '../catalog/TranslatedCatalogTable';
import { WideFiltersLayout } from '../catalog/WideFiltersLayout';

/**
 * Backstage's API explorer (same header, filters and table), with the
 * table titled in the user's language ("Toutes les API (2)" rather than
 * "All apis (2)") and filters wide enough for their labels.
 */
export function ApiExplorerPage(props: {
  initiallySelectedFilter?: UserListFilterKind;
}) {
  const { t } = useTranslationRef(apiDocsTranslationRef);
  const orgName =
    useApi(configApiRef).getOptionalString('organization.name') ?? 'Backstage';
  const registerApi = useRouteRef(apiDocsPlugin.externalRoutes.registerApi);
  const { allowed } = usePermission({
    permission: catalogEntityCreatePermission,
  });
  return (
    <>
      <HeaderPage
        title={t('defaultApiExplorerPage.subtitle', { orgName })}
        customActions={
          <>
            {allowed && (
              <CreateButton
                title={t('defaultApiExplorerPage.createButtonTitle')}
                to={registerApi?.()}
              />
            )}
            <SupportButton>
              {t('defaultApiExplorerPage.supportButtonTitle')}
            </SupportButton>
          </>
        }
      />
      <Content>
        <EntityListProvider>
          <WideFiltersLayout
            filters={
              <>
                <EntityKindPicker initialFilter="api" hidden />
                <EntityTypePicker />
                <UserListPicker
                  initialFilter={props.initiallySelectedFilter ?? 'all'}
                />
                <EntityOwnerPicker />
                <EntityLifecyclePicker />
                <EntityTagPicker />
              </>
            }
          >
            <TranslatedCatalogTable />
          </WideFiltersLayout>
        </EntityListProvider>
      </Content>
    </>
  );
}
