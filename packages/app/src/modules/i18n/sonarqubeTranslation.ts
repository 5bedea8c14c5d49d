import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { sonarqubeTranslationRef } from '@backstage-community/plugin-sonarqube';

/**
 * French messages of the community SonarQube card, which ships English only.
 * The app installs the card on repositories beside our own quality-gate card.
 */
export const sonarqubeTranslations = createTranslationResource({
  ref: sonarqubeTranslationRef,
  translations: { fr: () => import('./sonarqubeTranslationFr') },
});
