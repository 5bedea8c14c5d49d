import { useEffect } from 'react';
import {
  AppRootElementBlueprint,
  appLanguageApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';

const reloadPage = () => window.location.reload();

/**
 * Starts the app again, on the same page, when the user picks another
 * language: page and tab titles are read once, at start (see
 * `titleInAppLanguage`). Messages of translation refs would follow without
 * it; the titles next to them would not.
 */
export function ReloadOnLanguageChange(props: { reload?: () => void }) {
  const languageApi = useApi(appLanguageApiRef);
  const reload = props.reload ?? reloadPage;
  useEffect(() => {
    const started = languageApi.getLanguage().language;
    const subscription = languageApi.language$().subscribe(({ language }) => {
      if (language !== started) reload();
    });
    return () => subscription.unsubscribe();
  }, [languageApi, reload]);
  return null;
}

/** {@link ReloadOnLanguageChange} at the app's root. */
export const reloadOnLanguageChange = AppRootElementBlueprint.make({
  name: 'reload-on-language-change',
  params: { element: <ReloadOnLanguageChange /> },
});
