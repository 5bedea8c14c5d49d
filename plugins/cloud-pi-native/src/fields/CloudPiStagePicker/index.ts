export { CloudPiStagePicker } from './CloudPiStagePicker';
