import {
  createFrontendModule,
  NotFoundErrorPage,
} from '@backstage/frontend-plugin-api';
import { SwappableComponentBlueprint } from '@backstage/plugin-app-react';

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
 * The not-found page in the user's language (its French messages come with
 * the i18n module).
 */
export const errorsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [notFoundPage],
});
