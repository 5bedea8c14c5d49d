export { errorsModule } from './errorsModule';
export { errorsTranslations } from './errorsTranslationResource';
