import {
  createFrontendModule,
  ErrorDisplay,
  NotFoundErrorPage,
} from '@backstage/frontend-plugin-api';
import { SwappableComponentBlueprint } from '@backstage/plugin-app-react';
import { ExtensionErrorDisplay } from './ExtensionErrorDisplay';

/** {@link NotFoundPage} in place of Backstage's not-found page. */
const notFoundPage = SwappableComponentBlueprint.make({
  name: 'not-found-page',
  params: define =>
    define({
      component: NotFoundErrorPage,
      loader: () => import('./NotFoundPage').then(m => m.NotFoundPage),
    }),
});

/**
 * {@link ExtensionErrorDisplay} in place of Backstage's error panel. Not
 * loaded lazily: an extension often fails because its code could not be
 * downloaded, and the display's own download would fail with it.
 */
const errorDisplay = SwappableComponentBlueprint.make({
  name: 'error-display',
  params: define =>
    define({
      component: ErrorDisplay,
      loader: () => ExtensionErrorDisplay,
    }),
});

/**
 * The not-found page and the panel of a crashed extension in the user's
 * language (their French messages come with the i18n module).
 */
export const errorsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [notFoundPage, errorDisplay],
});
