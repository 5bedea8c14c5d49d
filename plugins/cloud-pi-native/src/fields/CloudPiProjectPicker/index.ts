export { CloudPiProjectPicker } from './CloudPiProjectPicker';
