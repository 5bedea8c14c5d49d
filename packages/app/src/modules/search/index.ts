export { searchModule, searchPageTranslation } from './searchModule';
