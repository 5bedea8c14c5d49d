export { cloudPiNativeTranslationRef } from './translation';
export { cloudPiNativeTranslations } from './resource';
