export { default } from './alpha/plugin';
export { cloudPiNativeTranslationsModule } from './alpha/translations';
