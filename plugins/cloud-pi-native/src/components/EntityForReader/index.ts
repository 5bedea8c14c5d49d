export { CloudPiEntityForReader } from './CloudPiEntityForReader';
