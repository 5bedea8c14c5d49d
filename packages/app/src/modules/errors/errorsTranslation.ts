import {
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';

/**
 * The not-found page's own texts. Backstage's page writes its status
 * ("PAGE NOT FOUND") and its help sentence in English in its code; its
 * title and "go back" link come from `core-components`' messages.
 */
export const notFoundTranslationRef = createTranslationRef({
  id: 'app.not-found',
  messages: {
    status: 'PAGE NOT FOUND',
    help: 'If you think this is a bug, {{contactSupport}}.',
    contactSupport: 'contact support',
  },
});

/** French messages of {@link notFoundTranslationRef}. */
export const notFoundTranslations = createTranslationResource({
  ref: notFoundTranslationRef,
  translations: { fr: () => import('./notFoundTranslationFr') },
});
