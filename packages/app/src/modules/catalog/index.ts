export { catalogModule, catalogPageTranslation } from './catalogModule';
export { catalogPageTranslationRef } from './catalogTranslation';
