import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { errorsTranslationRef } from './errorsTranslation';
import fr from './errorsTranslationFr';

/**
 * French messages of {@link errorsTranslationRef}, in the app's main bundle
 * rather than a chunk of their own: an extension often fails because the
 * app's code can no longer be downloaded (a new version was deployed), and
 * its error must still be said in French.
 */
export const errorsTranslations = createTranslationResource({
  ref: errorsTranslationRef,
  translations: { fr: async () => ({ default: fr }) },
});
