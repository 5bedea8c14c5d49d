export {
  APP_LANGUAGES,
  DEFAULT_APP_LANGUAGE,
  appLanguageApi,
  i18nModule,
} from './i18nModule';
