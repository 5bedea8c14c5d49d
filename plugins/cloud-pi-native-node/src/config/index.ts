export { readCloudPiConfig } from './readCloudPiConfig';
export type {
  CloudPiArgoCdAuth,
  CloudPiArgoCdConfig,
  CloudPiConfig,
  CloudPiHarborConfig,
  CloudPiInstanceConfig,
  CloudPiKubernetesConfig,
  CloudPiObservabilityConfig,
  CloudPiTokenEndpointConfig,
  CloudPiVaultAuth,
  CloudPiVaultConfig,
} from './types';
