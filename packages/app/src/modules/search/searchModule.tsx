import {
  createExtensionInput,
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import searchPlugin from '@backstage/plugin-search/alpha';
import {
  SearchFilterBlueprint,
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import SearchIcon from '@material-ui/icons/Search';
import { LOCALIZED_TITLES, titleInAppLanguage } from '../i18n/localizedTitles';
import { searchPageTranslations } from './searchPageTranslation';

/**
 * Backstage's search page (`page:search`, same path and inputs), titled and
 * labelled in the user's language: its own writes "Search", "Result Type",
 * "Kind"… in its code.
 */
const searchPage = PageBlueprint.makeWithOverrides({
  inputs: {
    items: createExtensionInput([SearchResultListItemBlueprint.dataRefs.item]),
    resultTypes: createExtensionInput([
      SearchFilterResultTypeBlueprint.dataRefs.resultType,
    ]),
    searchFilters: createExtensionInput([
      SearchFilterBlueprint.dataRefs.searchFilters,
    ]),
  },
  factory(originalFactory, { inputs, apis }) {
    return originalFactory({
      path: '/search',
      routeRef: searchPlugin.routes.root,
      title: titleInAppLanguage(apis, LOCALIZED_TITLES['page:search']),
      icon: <SearchIcon fontSize="inherit" />,
      loader: async () => {
        const { SearchPage } = await import('./SearchPage');
        return (
          <SearchPage
            items={inputs.items.map(item =>
              item.get(SearchResultListItemBlueprint.dataRefs.item),
            )}
            resultTypes={inputs.resultTypes.map(item =>
              item.get(SearchFilterResultTypeBlueprint.dataRefs.resultType),
            )}
            searchFilters={inputs.searchFilters.map(
              item =>
                item.get(SearchFilterBlueprint.dataRefs.searchFilters)
                  .component,
            )}
          />
        );
      },
    });
  },
});

/** See {@link searchPage}. */
export const searchModule = createFrontendModule({
  pluginId: 'search',
  extensions: [searchPage],
});

/**
 * The French labels of {@link searchPage}, installed by the app's i18n
 * module (translations attach to the app plugin).
 */
export const searchPageTranslation = TranslationBlueprint.make({
  name: 'search-page',
  params: { resource: searchPageTranslations },
});
