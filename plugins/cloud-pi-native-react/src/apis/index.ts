export { cloudPiAuthApiRef } from './cloudPiAuthApiRef';
