export { catalogGraphModule } from './catalogGraphModule';
export { relationTranslations } from './relationTranslation';
