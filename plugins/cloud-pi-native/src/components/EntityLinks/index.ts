export { CloudPiEntityLinks } from './CloudPiEntityLinks';
