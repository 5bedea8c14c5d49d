import { CatalogIcon, Content } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import {
  CATALOG_FILTER_EXISTS,
  catalogApiRef,
} from '@backstage/plugin-catalog-react';
import { SearchType } from '@backstage/plugin-search';
import {
  DefaultResultListItem,
  SearchBar,
  SearchContextProvider,
  SearchFilter,
  SearchPagination,
  SearchResult,
  SearchResultPager,
  useSearch,
} from '@backstage/plugin-search-react';
import type {
  SearchFilterExtensionComponent,
  SearchFilterResultTypeBlueprintParams,
  SearchResultItemExtensionComponent,
  SearchResultItemExtensionPredicate,
} from '@backstage/plugin-search-react/alpha';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { parseSearchUrl, searchUrl } from './searchUrl';
import { searchPageTranslationRef } from './searchPageTranslation';

/** The search page's inputs: result items, result types and filters. */
export interface SearchPageProps {
  items: Array<{
    predicate?: SearchResultItemExtensionPredicate;
    component: SearchResultItemExtensionComponent;
  }>;
  resultTypes: SearchFilterResultTypeBlueprintParams[];
  searchFilters: SearchFilterExtensionComponent[];
}

const useStyles = makeStyles(theme => ({
  filter: {
    '& + &': { marginTop: theme.spacing(2.5) },
    // Backstage capitalizes each word of a filter's label ("Cycle De Vie").
    '& .MuiFormLabel-root': { textTransform: 'none' },
  },
  filters: { padding: theme.spacing(2), marginTop: theme.spacing(2) },
}));

/** Keeps the search in the page's URL, and the URL's search in the page. */
function SearchUrlSync() {
  const { search } = useLocation();
  const {
    term,
    setTerm,
    types,
    setTypes,
    filters,
    setFilters,
    pageCursor,
    setPageCursor,
  } = useSearch();
  const read = useRef<string>();
  useEffect(() => {
    if (search === read.current) return;
    read.current = search;
    const state = parseSearchUrl(search);
    setTerm(state.term);
    setTypes(state.types);
    setFilters(state.filters);
    setPageCursor(state.pageCursor);
  }, [search, setTerm, setTypes, setFilters, setPageCursor]);
  useEffect(() => {
    const query = searchUrl({ term, types, filters, pageCursor });
    read.current = `?${query}`;
    window.history.replaceState(
      null,
      document.title,
      `${window.location.pathname}?${query}`,
    );
  }, [term, types, filters, pageCursor]);
  return null;
}

function SearchPageContent(props: SearchPageProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(searchPageTranslationRef);
  const { types } = useSearch();
  const catalogApi = useApi(catalogApiRef);
  const itemFor = (result: Parameters<SearchResultItemExtensionPredicate>[0]) =>
    props.items.find(item => item.predicate?.(result))?.component ??
    DefaultResultListItem;
  return (
    <Content>
      <Grid container direction="row">
        <Grid item xs={12}>
          <SearchBar debounceTime={100} />
        </Grid>
        <Grid item xs={12} md={3}>
          <SearchType.Accordion
            name={t('resultType')}
            showCounts
            types={[
              {
                value: 'software-catalog',
                name: t('softwareCatalog'),
                icon: <CatalogIcon />,
              },
              ...props.resultTypes,
            ]}
          />
          <Paper className={classes.filters}>
            {types.includes('techdocs') && (
              <SearchFilter.Select
                className={classes.filter}
                label={t('entity')}
                name="name"
                values={async () => {
                  const { items } = await catalogApi.getEntities({
                    fields: ['metadata.name'],
                    filter: {
                      'metadata.annotations.backstage.io/techdocs-ref':
                        CATALOG_FILTER_EXISTS,
                    },
                  });
                  return items.map(entity => entity.metadata.name).sort();
                }}
              />
            )}
            <SearchFilter.Select
              className={classes.filter}
              label={t('kind')}
              name="kind"
              values={async () => {
                const { facets } = await catalogApi.getEntityFacets({
                  facets: ['kind'],
                });
                return (facets.kind ?? [])
                  .map(facet => facet.value)
                  .sort((a, b) => a.localeCompare(b));
              }}
            />
            <SearchFilter.Checkbox
              className={classes.filter}
              label={t('lifecycle')}
              name="lifecycle"
              values={['experimental', 'production']}
            />
            {props.searchFilters.map((Filter, index) => (
              <Filter key={index} className={classes.filter} />
            ))}
          </Paper>
        </Grid>
        <Grid item xs>
          <SearchPagination />
          <SearchResult>
            {({ results }) => (
              <>
                {results.map(({ document, ...rest }, index) => {
                  const Item = itemFor({ document, ...rest });
                  return <Item key={index} {...rest} result={document} />;
                })}
              </>
            )}
          </SearchResult>
          <SearchResultPager />
        </Grid>
      </Grid>
    </Content>
  );
}

/**
 * Backstage's search page, with its labels in the reader's language (see
 * {@link searchPageTranslationRef}) and the same URLs.
 */
export function SearchPage(props: SearchPageProps) {
  return (
    <SearchContextProvider>
      <SearchUrlSync />
      <SearchPageContent {...props} />
    </SearchContextProvider>
  );
}
