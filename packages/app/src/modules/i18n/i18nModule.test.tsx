import {
  ApiBlueprint,
  type ApiHolder,
  type AppLanguageApi,
  appLanguageApiRef,
  coreExtensionData,
  useApi,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { act, render, screen, waitFor } from '@testing-library/react';
import { overviewTab } from '../catalog/catalogModule';
import { appLanguageApi, i18nModule } from './i18nModule';
import { configWithTitle, titleInAppLanguage } from './localizedTitles';
import { environmentsTab, scaffolderPage } from './pageTitles';
import { ReloadOnLanguageChange } from './ReloadOnLanguageChange';

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

describe('page and tab titles', () => {
  beforeEach(() => window.localStorage.removeItem('language'));

  const startedIn = (language: string) => {
    const api = createLanguageApi();
    api.setLanguage(language);
    return api;
  };
  const holder = (api: AppLanguageApi): ApiHolder => ({
    get: (ref =>
      ref.id === appLanguageApiRef.id ? api : undefined) as ApiHolder['get'],
  });

  it('are those of the language the app started in', () => {
    const title = { fr: 'Vue d’ensemble', en: 'Overview' };
    expect(titleInAppLanguage(holder(startedIn('fr')), title)).toBe(
      'Vue d’ensemble',
    );
    expect(titleInAppLanguage(holder(startedIn('en')), title)).toBe('Overview');
  });

  it('leave a title set in app-config as it is', () => {
    const apis = holder(startedIn('en'));
    expect(configWithTitle({ title: 'Projets' }, apis, 'page:catalog')).toEqual(
      { title: 'Projets' },
    );
    expect(configWithTitle({}, apis, 'page:catalog')).toEqual({
      title: 'Catalog',
    });
  });

  it.each([
    ['fr', 'Vue d’ensemble', 'Environnements', 'Créer'],
    ['en', 'Overview', 'Environments', 'Create'],
  ])('title the tabs in %s', (language, overview, environments, create) => {
    const apis = [[appLanguageApiRef, startedIn(language)]] as const;
    const titleOf = createExtensionTester(overviewTab, { apis });
    expect(titleOf.get(EntityContentBlueprint.dataRefs.title)).toBe(overview);
    expect(
      createExtensionTester(environmentsTab, { apis }).get(
        EntityContentBlueprint.dataRefs.title,
      ),
    ).toBe(environments);
    expect(
      createExtensionTester(scaffolderPage, { apis }).get(
        coreExtensionData.title,
      ),
    ).toBe(create);
  });

  it('follow a language switch: the app starts again, only then', async () => {
    const api = startedIn('fr');
    const reload = jest.fn();
    render(
      <TestApiProvider apis={[[appLanguageApiRef, api]]}>
        <ReloadOnLanguageChange reload={reload} />
      </TestApiProvider>,
    );
    await act(async () => api.setLanguage('fr'));
    expect(reload).not.toHaveBeenCalled();
    await act(async () => api.setLanguage('en'));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});
