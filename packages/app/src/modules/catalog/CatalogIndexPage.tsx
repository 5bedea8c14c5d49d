import type { ReactNode } from 'react';
import {
  configApiRef,
  useApi,
  useRouteRef,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { SupportButton } from '@backstage/core-components';
import { catalogTranslationRef } from '@backstage/plugin-catalog';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { catalogEntityCreatePermission } from '@backstage/plugin-catalog-common/alpha';
import {
  EntityListProvider,
  type EntityListPagination,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { ButtonLink, Container, Header } from '@backstage/ui';
import { RiAddLine } from '@remixicon/react';
import { TranslatedCatalogTable } from './TranslatedCatalogTable';
import { WideFiltersLayout } from './WideFiltersLayout';

/**
 * Backstage's catalog index page (header, create button, the filters
 * installed as `catalog-filter` extensions, the entity table) with a table
 * title in the user's language and filters wide enough for their labels.
 */
export function CatalogIndexPage(props: {
  filters: ReactNode;
  pagination?: EntityListPagination;
}) {
  const { t } = useTranslationRef(catalogTranslationRef);
  const orgName =
    useApi(configApiRef).getOptionalString('organization.name') ?? 'Backstage';
  const createComponent = useRouteRef(
    catalogPlugin.externalRoutes.createComponent,
  );
  const { allowed } = usePermission({
    permission: catalogEntityCreatePermission,
  });
  const createHref = createComponent?.();
  return (
    <EntityListProvider pagination={props.pagination}>
      <Header
        title={t('indexPage.title', { orgName })}
        customActions={
          <>
            {allowed && createHref && (
              <ButtonLink
                variant="primary"
                href={createHref}
                iconStart={<RiAddLine />}
              >
                {t('indexPage.createButtonTitle')}
              </ButtonLink>
            )}
            <SupportButton>{t('indexPage.supportButtonContent')}</SupportButton>
          </>
        }
      />
      <Container>
        <WideFiltersLayout filters={props.filters}>
          <TranslatedCatalogTable />
        </WideFiltersLayout>
      </Container>
    </EntityListProvider>
  );
}
