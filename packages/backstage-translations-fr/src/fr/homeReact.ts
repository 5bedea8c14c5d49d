import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { homeReactTranslationRef } from '@backstage/plugin-home-react';

/** `@backstage/plugin-home-react`: home page card settings. */
const messages = createTranslationMessages({
  ref: homeReactTranslationRef,
  full: true,
  messages: {
    'settingsModal.title': 'Paramètres',
    'settingsModal.closeButtonTitle': 'Fermer',
    'cardExtension.settingsButtonTitle': 'Paramètres',
  },
});

export default messages;
