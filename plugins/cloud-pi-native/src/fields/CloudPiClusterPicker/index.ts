export { CloudPiClusterPicker } from './CloudPiClusterPicker';
