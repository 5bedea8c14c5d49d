import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * The error pages' own texts. Backstage writes them in English in its code:
 * the not-found page's status ("PAGE NOT FOUND") and help sentence (its
 * title and "go back" link come from `core-components`' messages), and the
 * panel shown in place of an extension that crashed ("Error in catalog",
 * "Retry").
 */
export const errorsTranslationRef = createTranslationRef({
  id: 'app.errors',
  messages: {
    notFound: {
      status: 'PAGE NOT FOUND',
      help: 'If you think this is a bug, {{contactSupport}}.',
      contactSupport: 'contact support',
    },
    display: {
      title: 'This part of the page could not be shown',
      titleOfPlugin: 'This part of the page could not be shown ({{plugin}})',
      retry: 'Retry',
      codeUnavailable:
        'Its code could not be downloaded: the portal may have been updated since this page was opened.',
      reload: 'Reload the page',
    },
  },
});
