export { KubernetesClient } from './KubernetesClient';
export type { KubernetesClientOptions } from './KubernetesClient';
export { parseKubernetesQuantity } from './quantity';
export type {
  KubernetesNamespace,
  KubernetesQuantity,
  ResourceQuotaItem,
  ResourceQuotaUsage,
} from './types';
