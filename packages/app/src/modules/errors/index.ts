export { errorsModule } from './errorsModule';
export { notFoundTranslations } from './notFoundTranslation';
