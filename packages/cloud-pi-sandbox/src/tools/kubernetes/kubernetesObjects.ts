import { rfc3339Seconds } from '../shared/clock';
import { seededRandom, seededUuid } from '../shared/seeded';
import type { K8sDeployment, K8sNamespace } from './kubernetesStore';
import { MIB, binaryQuantity, decimalQuantity } from './quantity';
import { selectorOf } from './workloadObjects';
import { CONTAINER_RESOURCES, type DerivedPod } from './workloads';

const ts = rfc3339Seconds;

/** `v1 Namespace`. */
export function namespaceJson(namespace: K8sNamespace) {
  return {
    metadata: {
      name: namespace.name,
      uid: namespace.uid,
      resourceVersion: String(namespace.resourceVersion),
      creationTimestamp: ts(namespace.createdAt),
      labels: namespace.labels,
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

/** `v1 ResourceQuota` `dso-quota`, with usage summed over the namespace's Pods. */
export function resourceQuotaJson(namespace: K8sNamespace, pods: DerivedPod[]) {
  const quota = namespace.quota!;
  const n = pods.length;
  const usedValues: Record<string, string> = {
    'limits.cpu': decimalQuantity(n * CONTAINER_RESOURCES.limits.cpu),
    'limits.memory': binaryQuantity(
      n * CONTAINER_RESOURCES.limits.memoryMi * MIB,
    ),
    'requests.cpu': decimalQuantity(n * CONTAINER_RESOURCES.requests.cpu),
    'requests.memory': binaryQuantity(
      n * CONTAINER_RESOURCES.requests.memoryMi * MIB,
    ),
    'requests.nvidia.com/gpu': '0',
  };
  return {
    metadata: {
      name: 'dso-quota',
      namespace: namespace.name,
      uid: quota.uid,
      resourceVersion: String(quota.resourceVersion),
      creationTimestamp: ts(quota.createdAt),
      labels: quota.labels,
    },
    spec: { hard: quota.hard },
    status: {
      hard: quota.hard,
      used: Object.fromEntries(
        Object.keys(quota.hard).map(key => [key, usedValues[key] ?? '0']),
      ),
    },
  };
}

/** `v1 Service` in front of a Deployment. */
export function serviceJson(
  clusterLabel: string,
  namespace: string,
  deployment: K8sDeployment,
) {
  const rng = seededRandom(
    `${clusterLabel}/${namespace}/svc/${deployment.name}`,
  );
  const clusterIP = `10.43.${Math.floor(rng() * 250)}.${
    2 + Math.floor(rng() * 250)
  }`;
  return {
    metadata: {
      name: deployment.name,
      namespace,
      uid: seededUuid(`${clusterLabel}/${namespace}/svc/${deployment.name}`),
      resourceVersion: String(deployment.resourceVersion),
      creationTimestamp: ts(deployment.createdAt),
      labels: deployment.labels,
    },
    spec: {
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }],
      selector: selectorOf(deployment),
      clusterIP,
      clusterIPs: [clusterIP],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };
}

/** `metrics.k8s.io/v1beta1 PodMetrics`, varying per minute. */
export function podMetricsJson(
  namespace: string,
  deployment: K8sDeployment,
  pod: DerivedPod,
  now: Date,
) {
  const minute = Math.floor(now.getTime() / 60_000);
  const rng = seededRandom(`${pod.uid}/${minute}`);
  return {
    metadata: {
      name: pod.name,
      namespace,
      creationTimestamp: ts(now),
      labels: { ...deployment.labels, 'pod-template-hash': pod.templateHash },
    },
    timestamp: ts(new Date(minute * 60_000)),
    window: '15.036s',
    containers: [
      {
        name: deployment.name,
        usage: {
          cpu: `${Math.floor((5 + rng() * 60) * 1e6)}n`,
          memory: `${Math.floor((90 + rng() * 200) * 1024)}Ki`,
        },
      },
    ],
  };
}
