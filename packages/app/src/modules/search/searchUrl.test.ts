import { parseSearchUrl, searchUrl } from './searchUrl';

describe('the search page URL', () => {
  it("reads Backstage's format", () => {
    expect(
      parseSearchUrl(
        '?query=portail%2Fapi&types%5B%5D=software-catalog&filters%5Bkind%5D=Component&filters%5Blifecycle%5D%5B%5D=production&filters%5Blifecycle%5D%5B%5D=experimental&pageCursor=MQ%3D%3D',
      ),
    ).toEqual({
      term: 'portail/api',
      types: ['software-catalog'],
      filters: { kind: 'Component', lifecycle: ['production', 'experimental'] },
      pageCursor: 'MQ==',
    });
  });

  it('writes what it reads', () => {
    const state = {
      term: 'dépôt api',
      types: ['software-catalog', 'techdocs'],
      filters: { kind: 'System', lifecycle: ['production'] },
    };
    expect(parseSearchUrl(searchUrl(state))).toEqual(state);
  });

  it('leaves empty filters out', () => {
    expect(
      searchUrl({ term: 'x', types: [], filters: { kind: '', lifecycle: [] } }),
    ).toBe('query=x');
  });
});
