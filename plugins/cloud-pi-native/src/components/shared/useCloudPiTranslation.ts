import {
  appLanguageApiRef,
  type TranslationApi,
  type TranslationFunction,
  translationApiRef,
  useApiHolder,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
import { cloudPiNativeTranslationRef } from '../../translation';

/** The plugin's translation function type. */
export type CloudPiTranslate = TranslationFunction<
  (typeof cloudPiNativeTranslationRef)['T']
>;

/** Texts kept per app and language before the memo starts again. */
const MEMO_LIMIT = 5_000;
const memos = new WeakMap<TranslationApi, Map<string, Map<string, string>>>();

/** The texts already translated in one app and language. */
function memoOf(api: TranslationApi, language: string): Map<string, string> {
  let byLanguage = memos.get(api);
  if (!byLanguage) memos.set(api, (byLanguage = new Map()));
  let memo = byLanguage.get(language);
  if (!memo) byLanguage.set(language, (memo = new Map()));
  return memo;
}

/** The memo key of a call, or none when an option is not a plain value. */
function memoKey(key: string, options?: object): string | undefined {
  if (!options) return key;
  for (const value of Object.values(options)) {
    if (typeof value === 'object' && value !== null) return undefined;
    if (typeof value === 'function') return undefined;
  }
  return JSON.stringify([key, options]);
}

/**
 * `t`, answering a call it already made from a memo: the cards repeat the
 * same few texts in every row, and each i18next call costs more than the
 * rest of rendering the cell.
 */
export function memoizedTranslate(
  t: CloudPiTranslate,
  memo: Map<string, string>,
): CloudPiTranslate {
  const translate = (key: string, options?: object) => {
    const id = memoKey(key, options);
    const known = id === undefined ? undefined : memo.get(id);
    if (known !== undefined) return known;
    const text = (t as (k: string, o?: object) => unknown)(key, options);
    if (id !== undefined && typeof text === 'string') {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(id, text);
    }
    return text;
  };
  return translate as CloudPiTranslate;
}

/** The plugin's translation function, following the app language. */
export function useCloudPiTranslation(): CloudPiTranslate {
  const { t } = useTranslationRef(cloudPiNativeTranslationRef);
  const apis = useApiHolder();
  const translationApi = apis.get(translationApiRef);
  // Read on each render: `t` changes with the language, and so does this.
  const language = apis.get(appLanguageApiRef)?.getLanguage().language;
  return useMemo(
    () =>
      translationApi && language
        ? memoizedTranslate(t, memoOf(translationApi, language))
        : t,
    [t, translationApi, language],
  );
}
