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
  CatalogFilterLayout,
  EntityListProvider,
  type EntityListPagination,
} from '@backstage/plugin-catalog-react';
import { CatalogTable } from '@backstage/plugin-catalog';
import { usePermission } from '@backstage/plugin-permission-react';
import { ButtonLink, Container, Header } from '@backstage/ui';
import { makeStyles } from '@material-ui/core/styles';
import { RiAddLine } from '@remixicon/react';
import { readerCatalogColumns } from './readerDescriptionColumn';
import { useCatalogTableTitle } from './useCatalogTableTitle';

// Backstage gives the filters 2 of 12 columns: at 1280 px their labels
// ("Owned", "Les miens") are cut inside the word. A fixed width that holds
// them, and the table takes the rest.
const FILTERS_WIDTH = 248;
const useStyles = makeStyles(theme => ({
  layout: {
    [theme.breakpoints.up('lg')]: {
      '& > .MuiGrid-container': { flexWrap: 'nowrap' },
      '& .MuiGrid-grid-lg-2': {
        flex: `0 0 ${FILTERS_WIDTH}px`,
        maxWidth: FILTERS_WIDTH,
      },
      '& .MuiGrid-grid-lg-10': { flex: '1 1 0', maxWidth: 'none', minWidth: 0 },
    },
  },
}));

/**
 * Backstage's catalog table, titled in the user's language, with the Cloud π
 * provider's descriptions in that language.
 */
function TranslatedCatalogTable() {
  return (
    <CatalogTable
      title={useCatalogTableTitle()}
      columns={readerCatalogColumns}
    />
  );
}

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
  const classes = useStyles();
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
        <div className={classes.layout}>
          <CatalogFilterLayout>
            <CatalogFilterLayout.Filters>
              {props.filters}
            </CatalogFilterLayout.Filters>
            <CatalogFilterLayout.Content>
              <TranslatedCatalogTable />
            </CatalogFilterLayout.Content>
          </CatalogFilterLayout>
        </div>
      </Container>
    </EntityListProvider>
  );
}
