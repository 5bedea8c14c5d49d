export {
  APP_LANGUAGES,
  DEFAULT_APP_LANGUAGE,
  appLanguageApi,
  i18nModule,
  navTranslation,
} from './i18nModule';
export { TRANSLATED_PAGES, navTranslationRef } from './navTranslation';
export {
  cloudPiNativeTitlesModule,
  scaffolderTitlesModule,
  userSettingsTitlesModule,
} from './pageTitles';
