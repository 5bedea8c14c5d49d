export { CloudPiInstancePicker } from './CloudPiInstancePicker';
