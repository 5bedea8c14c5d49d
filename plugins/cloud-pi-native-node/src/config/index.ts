export { readCloudPiConfig } from './readCloudPiConfig';
export type {
  CloudPiArgoCdAuth,
  CloudPiArgoCdConfig,
  CloudPiConfig,
  CloudPiInstanceConfig,
  CloudPiKubernetesConfig,
  CloudPiObservabilityConfig,
  CloudPiTokenEndpointConfig,
  CloudPiVaultAuth,
  CloudPiVaultConfig,
} from './types';
