import { useApiHolder } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';

/** Locale-aware formatters following the app language. */
export interface Formatters {
  language: string;
  number(value: number): string;
  percent(value: number): string;
  dateTime(iso: string): string;
}

/** Formats numbers and dates in the language the user chose in the app. */
export function useFormatters(): Formatters {
  const apis = useApiHolder();
  const language = apis.get(appLanguageApiRef)?.getLanguage().language ?? 'en';
  return useMemo(() => {
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
    return {
      language,
      number: value => number.format(value),
      percent: value => percent.format(value / 100),
      dateTime: iso => dateTime.format(new Date(iso)),
    };
  }, [language]);
}
