import { appLanguageApiRef } from '@backstage/frontend-plugin-api';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useFormatters } from './useFormatters';

function inLanguage(language: string) {
  const languageApi = { getLanguage: () => ({ language }) };
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[appLanguageApiRef, languageApi as never]]}>
      {children}
    </TestApiProvider>
  );
}

describe('useFormatters', () => {
  it('formats in the app language', () => {
    const { result } = renderHook(() => useFormatters(), {
      wrapper: inLanguage('fr'),
    });
    expect(result.current.language).toBe('fr');
    expect(result.current.number(1.5)).toBe('1,5');
    expect(result.current.percent(42)).toMatch(/^42\s%$/);
  });

  it('shares one set of formatters per language between components', () => {
    const render = (language: string) =>
      renderHook(() => useFormatters(), { wrapper: inLanguage(language) })
        .result.current;
    expect(render('en')).toBe(render('en'));
    expect(render('en')).not.toBe(render('fr'));
  });
});
