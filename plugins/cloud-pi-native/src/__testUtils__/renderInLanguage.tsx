import type { Entity } from '@backstage/catalog-model';
import type { ApiRef } from '@backstage/core-plugin-api';
import type { RouteRef } from '@backstage/frontend-plugin-api';
import {
  TestApiProvider,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  type CloudPiNativeApi,
  cloudPiNativeApiRef,
} from '@cpin/plugin-cloud-pi-native-react';
import type { ReactElement } from 'react';
import { cloudPiNativeTranslationsModule } from '../alpha/translations';

/** The languages the plugin ships. */
export type TestLanguage = 'en' | 'fr';

/** Registers the plugin's translations the way apps install them. */
const translations = cloudPiNativeTranslationsModule;

/** Options of {@link renderInLanguage}. */
export interface RenderInLanguageOptions {
  language: TestLanguage;
  api?: Partial<CloudPiNativeApi>;
  entity?: Entity;
  apis?: Array<readonly [ApiRef<any>, unknown]>;
  /** Routes the rendered links point to, e.g. the catalog's entity page. */
  mountedRoutes?: Record<string, RouteRef>;
}

/**
 * Renders an element in a test app of the new frontend system whose language
 * API offers English and French, with `language` active, the plugin's
 * translation resource registered and the given APIs mocked.
 */
export function renderInLanguage(
  element: ReactElement,
  options: RenderInLanguageOptions,
) {
  // The language selector remembers the last choice in local storage.
  window.localStorage.removeItem('language');
  const apis = [
    ...(options.api ? [[cloudPiNativeApiRef, options.api] as const] : []),
    ...(options.apis ?? []),
  ] as any;
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider apis={apis}>{content}</TestApiProvider>,
    {
      features: [translations],
      mountedRoutes: options.mountedRoutes,
      config: {
        app: {
          baseUrl: 'http://localhost:3000',
          extensions: [
            {
              'api:app/app-language': {
                config: {
                  availableLanguages: ['en', 'fr'],
                  defaultLanguage: options.language,
                },
              },
            },
          ],
        },
        backend: { baseUrl: 'http://localhost:7007' },
      },
    },
  );
}

/** Runs a test body once per language. */
export const eachLanguage = ['en', 'fr'] as const;
