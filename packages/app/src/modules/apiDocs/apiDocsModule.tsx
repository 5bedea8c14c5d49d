import { createFrontendModule } from '@backstage/frontend-plugin-api';
import apiDocsPlugin from '@backstage/plugin-api-docs/alpha';
import { configWithTitle } from '../i18n/localizedTitles';

/**
 * Backstage's API explorer page, loading {@link ApiExplorerPage} (its table
 * titled in the user's language) and titled in that language; its
 * `app-config` settings still apply.
 */
const apiExplorerPage = apiDocsPlugin.getExtension('page:api-docs').override({
  factory: (originalFactory, { config, apis }) =>
    originalFactory({
      config: configWithTitle(config, apis, 'page:api-docs'),
      params: {
        loader: async () => {
          const { ApiExplorerPage } = await import('./ApiExplorerPage');
          return (
            <ApiExplorerPage
              initiallySelectedFilter={config.initiallySelectedFilter}
            />
          );
        },
      },
    }),
});

/** See {@link apiExplorerPage}. */
export const apiDocsModule = createFrontendModule({
  pluginId: 'api-docs',
  extensions: [apiExplorerPage],
});
