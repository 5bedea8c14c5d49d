export { VaultClient } from './VaultClient';
export type {
  VaultClientOptions,
  VaultSecret,
  VaultSecretVersion,
} from './VaultClient';
