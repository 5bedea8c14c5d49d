export { catalogModule, catalogPageTranslation } from './catalogModule';
export { apiDocsRelationsModule } from './relationCards';
export { catalogPageTranslationRef } from './catalogTranslation';
