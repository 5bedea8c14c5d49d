import type { JsonObject } from '@backstage/types';

/** What the search page keeps in its URL. */
export interface SearchUrlState {
  term: string;
  types: string[];
  filters: JsonObject;
  pageCursor?: string;
}

const FILTER = /^filters\[([^\]]+)\](\[\d*\])?$/;
const TYPE = /^types\[\d*\]$/;

/**
 * Reads the search page's URL query, in Backstage's format
 * (`?query=api&types[]=software-catalog&filters[kind]=Component&filters[lifecycle][]=production`),
 * so that links to Backstage's search page (the search modal's "view full
 * results", bookmarks) open the same search here.
 */
export function parseSearchUrl(search: string): SearchUrlState {
  const state: SearchUrlState = { term: '', types: [], filters: {} };
  for (const [key, value] of new URLSearchParams(search)) {
    const filter = FILTER.exec(key);
    if (key === 'query') state.term = value;
    else if (key === 'pageCursor') state.pageCursor = value;
    else if (TYPE.test(key)) state.types.push(value);
    else if (filter) {
      const [, name, isList] = filter;
      const previous = state.filters[name];
      state.filters[name] = isList
        ? [...(Array.isArray(previous) ? previous : []), value]
        : value;
    }
  }
  return state;
}

/** The URL query of a search, in the format {@link parseSearchUrl} reads. */
export function searchUrl(state: SearchUrlState): string {
  const params = new URLSearchParams();
  params.append('query', state.term);
  for (const type of state.types) params.append('types[]', type);
  for (const [name, value] of Object.entries(state.filters)) {
    if (Array.isArray(value)) {
      for (const item of value)
        params.append(`filters[${name}][]`, String(item));
    } else if (value !== undefined && value !== null && value !== '') {
      params.append(`filters[${name}]`, String(value));
    }
  }
  if (state.pageCursor) params.append('pageCursor', state.pageCursor);
  return params.toString();
}
