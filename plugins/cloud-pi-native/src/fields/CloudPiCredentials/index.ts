export {
  CLOUD_PI_TOKEN_SECRET,
  CloudPiCredentials,
} from './CloudPiCredentials';
