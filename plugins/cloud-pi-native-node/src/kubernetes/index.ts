export { KubernetesClient } from './KubernetesClient';
export type { KubernetesClientOptions } from './KubernetesClient';
export { parseKubernetesQuantity } from './quantity';
export type {
  KubernetesNamespace,
  KubernetesQuantity,
  KubernetesWorkload,
  ResourceQuotaItem,
  ResourceQuotaUsage,
} from './types';
