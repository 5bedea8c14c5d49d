export { CloudPiInput } from './CloudPiInput';
