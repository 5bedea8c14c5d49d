import {
  ApiBlueprint,
  type AppLanguageApi,
  appLanguageApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { appLanguageApi, i18nModule } from './i18nModule';

function createLanguageApi(config?: {
  availableLanguages?: string[];
  defaultLanguage?: string;
}): AppLanguageApi {
  const factory = createExtensionTester(appLanguageApi, { config }).get(
    ApiBlueprint.dataRefs.factory,
  );
  expect(factory.api).toBe(appLanguageApiRef);
  return factory.factory({}) as AppLanguageApi;
}

function CurrentLanguage() {
  const languageApi = useApi(appLanguageApiRef);
  return (
    <p>
      {languageApi.getLanguage().language} of{' '}
      {languageApi.getAvailableLanguages().languages.join(',')}
    </p>
  );
}

describe('i18nModule', () => {
  beforeEach(() => window.localStorage.removeItem('language'));

  it('offers French and English, French by default', () => {
    const api = createLanguageApi();
    expect(api.getAvailableLanguages().languages).toEqual(['fr', 'en']);
    expect(api.getLanguage().language).toBe('fr');
  });

  it('lets app-config override the defaults', () => {
    const api = createLanguageApi({
      availableLanguages: ['en', 'fr'],
      defaultLanguage: 'en',
    });
    expect(api.getAvailableLanguages().languages).toEqual(['en', 'fr']);
    expect(api.getLanguage().language).toBe('en');
  });

  it('replaces the language API of the app', async () => {
    renderInTestApp(<CurrentLanguage />, { features: [i18nModule] });
    expect(await screen.findByText('fr of fr,en')).toBeInTheDocument();
  });
});
