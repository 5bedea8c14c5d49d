import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { configWithTitle } from '../i18n/localizedTitles';
import { catalogPageTranslations } from './catalogTranslation';
import { catalogAboutCard } from './aboutCard';
import { catalogLabelsCard } from './labelsCard';
import { catalogLinksCard } from './linksCard';
import { readerEntityPresentationApi } from './readerEntityPresentation';
import { readerCatalogSearchResultItem } from './readerSearchResultItem';
import { catalogRelationCards } from './relationCards';

/**
 * Backstage's catalog page, loading {@link CatalogIndexPage} instead of the
 * default index page and titled in the user's language; the filters,
 * pagination and `app-config` settings of `page:catalog` still apply.
 */
const catalogPage = catalogPlugin.getExtension('page:catalog').override({
  factory: (originalFactory, { inputs, config, apis }) =>
    originalFactory({
      config: configWithTitle(config, apis, 'page:catalog'),
      params: {
        loader: async () => {
          const { CatalogIndexPage } = await import('./CatalogIndexPage');
          return (
            <CatalogIndexPage
              filters={inputs.filters.map(filter =>
                filter.get(coreExtensionData.reactElement),
              )}
              pagination={config.pagination}
            />
          );
        },
      },
    }),
});

/** Entity pages, titled in the user's language. */
const entityPage = catalogPlugin.getExtension('page:catalog/entity').override({
  factory: (originalFactory, { config, apis }) =>
    originalFactory({
      config: configWithTitle(config, apis, 'page:catalog/entity'),
    }),
});

/** The overview tab of entity pages, titled in the user's language. */
export const overviewTab = catalogPlugin
  .getExtension('entity-content:catalog/overview')
  .override({
    factory: (originalFactory, { config, apis }) =>
      originalFactory({
        config: configWithTitle(
          config,
          apis,
          'entity-content:catalog/overview',
        ),
      }),
  });

/**
 * The French messages of the catalog page, installed by the app's i18n module
 * (translations attach to the app plugin).
 */
export const catalogPageTranslation = TranslationBlueprint.make({
  name: 'catalog-page',
  params: { resource: catalogPageTranslations },
});

/**
 * The catalog index page with its table title in the user's language, the
 * catalog's page and tab titles in that language, the about and links
 * cards with the Cloud π provider's descriptions and link titles in that
 * language (and without the tool links the user may not use), entity links
 * and search results with these descriptions, the labels card without its
 * English-only pagination, and no empty relation card on Cloud π entities.
 */
export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    catalogPage,
    entityPage,
    overviewTab,
    catalogAboutCard,
    catalogLinksCard,
    catalogLabelsCard,
    ...catalogRelationCards,
    readerEntityPresentationApi,
    readerCatalogSearchResultItem,
  ],
});
