import { createFrontendModule } from '@backstage/frontend-plugin-api';
import catalogGraphPlugin from '@backstage/plugin-catalog-graph/alpha';
import { configWithTitle } from '../i18n/localizedTitles';
import { RelationLabel } from './RelationLabel';

/** The relations card of entity pages, its edges named in the user's language. */
const relationsCard = catalogGraphPlugin
  .getExtension('entity-card:catalog-graph/relations')
  .override({
    factory: (originalFactory, { config }) =>
      originalFactory({
        params: {
          loader: async () => {
            const { EntityCatalogGraphCard } = await import(
              '@backstage/plugin-catalog-graph'
            );
            return (
              <EntityCatalogGraphCard {...config} renderLabel={RelationLabel} />
            );
          },
        },
      }),
  });

/** The catalog graph page, titled and its edges named in the user's language. */
const graphPage = catalogGraphPlugin
  .getExtension('page:catalog-graph')
  .override({
    factory: (originalFactory, { config, apis }) =>
      originalFactory({
        config: configWithTitle(config, apis, 'page:catalog-graph'),
        params: {
          loader: async () => {
            const { CatalogGraphPage } = await import(
              '@backstage/plugin-catalog-graph'
            );
            return (
              <CatalogGraphPage
                {...config}
                initialState={config}
                renderLabel={RelationLabel}
              />
            );
          },
        },
      }),
  });

/**
 * Backstage's relations card and graph page with relation names in the
 * user's language (messages in `relationTranslationRef`, installed by
 * the app's i18n module).
 */
export const catalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [relationsCard, graphPage],
});
