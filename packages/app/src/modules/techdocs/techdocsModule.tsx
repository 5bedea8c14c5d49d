import { createFrontendModule } from '@backstage/frontend-plugin-api';
import techdocsPlugin from '@backstage/plugin-techdocs/alpha';
import { configWithTitle } from '../i18n/localizedTitles';

/**
 * TechDocs' documentation page, loading {@link DocsIndexPage} (its table
 * titled in the user's language) and titled in that language; its
 * `app-config` settings still apply.
 */
const docsIndexPage = techdocsPlugin.getExtension('page:techdocs').override({
  factory: (originalFactory, { config, apis }) =>
    originalFactory({
      config: configWithTitle(config, apis, 'page:techdocs'),
      params: {
        loader: async () => {
          const { DocsIndexPage } = await import('./DocsIndexPage');
          return <DocsIndexPage initialFilter={config.initialFilter} />;
        },
      },
    }),
});

/** TechDocs' header action, loading {@link DocsSupportButton}. */
const docsSupportAction = techdocsPlugin
  .getExtension('plugin-header-action:techdocs')
  .override({
    params: {
      loader: () =>
        import('./DocsSupportButton').then(m => <m.DocsSupportButton />),
    },
  });

/** See {@link docsIndexPage} and {@link docsSupportAction}. */
export const techdocsModule = createFrontendModule({
  pluginId: 'techdocs',
  extensions: [docsIndexPage, docsSupportAction],
});
