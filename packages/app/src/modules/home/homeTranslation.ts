import {
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';

/** The welcome widget of the home page. */
export const homeTranslationRef = createTranslationRef({
  id: 'app.home',
  messages: {
    welcome: {
      title: 'Welcome to the Cloud π Native portal',
      projects:
        '**Your projects**: browse every project of the platform in the [catalogue](/). Each project page shows its onboarding journey, code quality, deployments, builds, images and observability links.',
      create:
        '**Create**: run a [template](/create) to create a Cloud π project, or add an environment, a repository, a member or a deployment to one you own.',
      docs: '**Documentation**: the [technical documentation](/docs) of the components, next to their code.',
    },
    favorites: { title: 'Your favourites' },
  },
});

/** French messages of {@link homeTranslationRef}. */
export const homeTranslations = createTranslationResource({
  ref: homeTranslationRef,
  translations: { fr: () => import('./homeTranslationFr') },
});
