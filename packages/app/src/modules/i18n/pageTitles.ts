import { createFrontendModule } from '@backstage/frontend-plugin-api';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import { EXAMPLE_PAGE_TITLES } from './navTranslation';

/**
 * The scaffolder's page and tab titles in French. Backstage page titles are
 * plain strings of each plugin, not messages of a translation ref: they
 * cannot follow the language switch, so the example app, French by default,
 * gives them French titles (`app-config` can still set others through each
 * extension's `config.title`).
 */
const SCAFFOLDER_TITLES = {
  'page:scaffolder': EXAMPLE_PAGE_TITLES.scaffolder!,
  'sub-page:scaffolder/templates': 'Modèles',
  'sub-page:scaffolder/tasks': 'Tâches',
  'sub-page:scaffolder/actions': 'Actions',
  'sub-page:scaffolder/editor': 'Éditeur de modèles',
  'sub-page:scaffolder/templating-extensions': 'Extensions de gabarit',
} as const;

const page = scaffolderPlugin.getExtension('page:scaffolder').override({
  factory: (originalFactory, { config }) =>
    originalFactory({
      config: {
        ...config,
        title: config.title ?? SCAFFOLDER_TITLES['page:scaffolder'],
      },
    }),
});

// The tabs, each with its French title unless app-config sets one.
const tab = (id: Exclude<keyof typeof SCAFFOLDER_TITLES, 'page:scaffolder'>) =>
  scaffolderPlugin.getExtension(id).override({
    factory: (originalFactory, { config }) =>
      originalFactory({
        config: { ...config, title: config.title ?? SCAFFOLDER_TITLES[id] },
      }),
  });

/** French titles of the scaffolder page and its tabs. */
export const scaffolderTitlesModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [
    page,
    tab('sub-page:scaffolder/templates'),
    tab('sub-page:scaffolder/tasks'),
    tab('sub-page:scaffolder/actions'),
    tab('sub-page:scaffolder/editor'),
    tab('sub-page:scaffolder/templating-extensions'),
  ],
});
