import { useApiHolder } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/frontend-plugin-api';

/** Locale-aware formatters following the app language. */
export interface Formatters {
  language: string;
  number(value: number): string;
  percent(value: number): string;
  dateTime(iso: string): string;
}

/**
 * Intl formatters are costly to build (a page shows many dates and
 * numbers, each from its own component): one set per language, shared.
 */
const byLanguage = new Map<string, Formatters>();

function formattersOf(language: string): Formatters {
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const number = new Intl.NumberFormat(language, {
    maximumFractionDigits: 2,
  });
  const percent = new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const dateTime = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const formatters: Formatters = {
    language,
    number: value => number.format(value),
    percent: value => percent.format(value / 100),
    dateTime: iso => dateTime.format(new Date(iso)),
  };
  byLanguage.set(language, formatters);
  return formatters;
}

/** Formats numbers and dates in the language the user chose in the app. */
export function useFormatters(): Formatters {
  const apis = useApiHolder();
  return formattersOf(
    apis.get(appLanguageApiRef)?.getLanguage().language ?? 'en',
  );
}
