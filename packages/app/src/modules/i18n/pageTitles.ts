import { createFrontendModule } from '@backstage/frontend-plugin-api';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import cloudPiNativePlugin from '@cpin/plugin-cloud-pi-native/alpha';
import { configWithTitle } from './localizedTitles';

export const scaffolderPage = scaffolderPlugin
  .getExtension('page:scaffolder')
  .override({
    factory: (originalFactory, { config, apis }) =>
      originalFactory({
        config: configWithTitle(config, apis, 'page:scaffolder'),
      }),
  });

const scaffolderTab = (
  id:
    | 'sub-page:scaffolder/templates'
    | 'sub-page:scaffolder/tasks'
    | 'sub-page:scaffolder/actions'
    | 'sub-page:scaffolder/editor'
    | 'sub-page:scaffolder/templating-extensions',
) =>
  scaffolderPlugin.getExtension(id).override({
    factory: (originalFactory, { config, apis }) =>
      originalFactory({ config: configWithTitle(config, apis, id) }),
  });

/** The scaffolder page and its tabs, titled in the user's language. */
export const scaffolderTitlesModule = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [
    scaffolderPage,
    scaffolderTab('sub-page:scaffolder/templates'),
    scaffolderTab('sub-page:scaffolder/tasks'),
    scaffolderTab('sub-page:scaffolder/actions'),
    scaffolderTab('sub-page:scaffolder/editor'),
    scaffolderTab('sub-page:scaffolder/templating-extensions'),
  ],
});

/** Our environments tab, titled in the user's language. */
export const environmentsTab = cloudPiNativePlugin
  .getExtension('entity-content:cloud-pi-native/environments')
  .override({
    factory: (originalFactory, { config, apis }) =>
      originalFactory({
        config: configWithTitle(
          config,
          apis,
          'entity-content:cloud-pi-native/environments',
        ),
      }),
  });

/** See {@link environmentsTab}. */
export const cloudPiNativeTitlesModule = createFrontendModule({
  pluginId: 'cloud-pi-native',
  extensions: [environmentsTab],
});

const settingsPage = (
  id:
    | 'page:user-settings'
    | 'sub-page:user-settings/general'
    | 'sub-page:user-settings/auth-providers'
    | 'sub-page:user-settings/feature-flags',
) =>
  userSettingsPlugin.getExtension(id).override({
    factory: (originalFactory, { config, apis }) =>
      originalFactory({ config: configWithTitle(config, apis, id) }),
  });

/** The settings page and its tabs, titled in the user's language. */
export const userSettingsTitlesModule = createFrontendModule({
  pluginId: 'user-settings',
  extensions: [
    settingsPage('page:user-settings'),
    settingsPage('sub-page:user-settings/general'),
    settingsPage('sub-page:user-settings/auth-providers'),
    settingsPage('sub-page:user-settings/feature-flags'),
  ],
});
