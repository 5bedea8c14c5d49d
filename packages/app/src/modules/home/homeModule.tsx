import { createFrontendModule } from '@backstage/frontend-plugin-api';
import homePlugin from '@backstage/plugin-home/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

/** The portal's welcome: what it offers, in the user's language. */
const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'welcome',
  params: {
    name: 'CloudPiWelcome',
    title: 'Cloud π Native',
    description: 'Ce que propose le portail, avec ses liens',
    components: async () => {
      const { WelcomeContent } = await import('./WelcomeContent');
      return { Content: WelcomeContent };
    },
  },
});

/**
 * The Cloud π projects of the signed-in user, with their status, failed
 * ones first. No card title: the widget titles itself in the user's
 * language (widget titles are plain strings); an empty list leads to the
 * "Nouveau projet Cloud π" template.
 */
const myProjectsWidget = HomePageWidgetBlueprint.make({
  name: 'my-projects',
  params: {
    name: 'CloudPiMyProjects',
    description: 'Mes projets Cloud π et leur statut',
    components: async () => {
      const { CloudPiMyProjects } = await import(
        '@cpin/plugin-cloud-pi-native'
      );
      return {
        Content: () => (
          <CloudPiMyProjects newProjectUrl="/create/templates/default/cpin-new-project" />
        ),
      };
    },
  },
});

/**
 * The starred entities under a heading in the user's language (widget
 * titles are plain strings of the home plugin).
 */
const starredEntities = homePlugin
  .getExtension('home-page-widget:home/starred-entities')
  .override({
    params: {
      title: undefined,
      components: async () => {
        const { StarredEntitiesContent } = await import(
          './StarredEntitiesContent'
        );
        return { Content: StarredEntitiesContent };
      },
    },
  });

/**
 * The home page's widgets; `page:home`'s `defaultConfig` in app-config lays
 * them out so a first visit shows them rather than an empty grid.
 */
export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget, myProjectsWidget, starredEntities],
});
