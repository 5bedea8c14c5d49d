import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { FrontendFeature, RouteRef } from '@backstage/frontend-plugin-api';
import type { JsonObject } from '@backstage/types';
import type { ReactElement } from 'react';
import { i18nModule } from '../modules/i18n';

/**
 * Renders an element in a test app with the example app's translations, for
 * a user whose language is `language` (no choice stored in the browser yet),
 * with `app` settings of `app-config`, other `features` and the paths of
 * the routes the element links to (`mountedRoutes`) if given.
 */
export function renderInLanguage(
  element: ReactElement,
  language: 'fr' | 'en',
  app: JsonObject = {},
  features: FrontendFeature[] = [],
  mountedRoutes: Record<string, RouteRef> = {},
) {
  window.localStorage.removeItem('language');
  return renderInTestApp(element, {
    features: [i18nModule, ...features],
    mountedRoutes,
    config: {
      app: {
        ...app,
        extensions: [
          {
            'api:app/app-language': {
              config: { defaultLanguage: language },
            },
          },
        ],
      },
    },
  });
}
