import type { HealthStatus } from '../argocd/applicationTypes';
import { seededAlphanumeric, seededRandom, seededUuid } from '../shared/seeded';
import type { K8sDeployment } from './kubernetesStore';

/** A Pod derived from a Deployment and the health of its Application. */
export interface DerivedPod {
  name: string;
  uid: string;
  replicaSetName: string;
  replicaSetUid: string;
  templateHash: string;
  createdAt: Date;
  state: 'running' | 'crashLoop' | 'creating';
  restarts: number;
  nodeName: string;
  hostIP: string;
  podIP: string;
}

/** The ReplicaSet behind a Deployment's current template. */
export interface DerivedReplicaSet {
  name: string;
  uid: string;
  templateHash: string;
}

/** Requests and limits of every workload container (the platform requires them). */
export const CONTAINER_RESOURCES = {
  requests: { cpu: 0.1, memoryMi: 128 },
  limits: { cpu: 0.5, memoryMi: 512 },
};

function newestPodState(health: HealthStatus): DerivedPod['state'] {
  if (health === 'Degraded') return 'crashLoop';
  if (health === 'Progressing') return 'creating';
  return 'running';
}

/** The current ReplicaSet of a Deployment (its hash follows the pod template). */
export function replicaSetOf(
  clusterLabel: string,
  namespace: string,
  deployment: K8sDeployment,
): DerivedReplicaSet {
  const templateHash = seededAlphanumeric(
    `${namespace}/${deployment.name}/${deployment.image}`,
    10,
  );
  const name = `${deployment.name}-${templateHash}`;
  return {
    name,
    uid: seededUuid(`${clusterLabel}/${namespace}/rs/${name}`),
    templateHash,
  };
}

/**
 * The Pods of a Deployment: all Running when its Application is Healthy, the
 * newest one still ContainerCreating while Progressing, the newest one in
 * CrashLoopBackOff when Degraded, none when Missing.
 */
export function podsOf(
  clusterLabel: string,
  namespace: string,
  deployment: K8sDeployment,
  health: HealthStatus,
): DerivedPod[] {
  if (health === 'Missing') return [];
  const replicaSet = replicaSetOf(clusterLabel, namespace, deployment);
  const pods: DerivedPod[] = [];
  for (let i = 0; i < deployment.replicas; i++) {
    const seed = `${clusterLabel}/${namespace}/${replicaSet.name}/${i}`;
    const rng = seededRandom(seed);
    const name = `${replicaSet.name}-${seededAlphanumeric(seed, 5)}`;
    const state =
      i === deployment.replicas - 1 ? newestPodState(health) : 'running';
    pods.push({
      name,
      uid: seededUuid(`${seed}/pod`),
      replicaSetName: replicaSet.name,
      replicaSetUid: replicaSet.uid,
      templateHash: replicaSet.templateHash,
      createdAt: new Date(deployment.createdAt.getTime() + 2000 + i * 1500),
      state,
      restarts: state === 'crashLoop' ? 7 : Math.floor(rng() ** 6 * 3),
      nodeName: `${clusterLabel}-worker-${1 + Math.floor(rng() * 3)}`,
      hostIP: `10.0.0.${11 + Math.floor(rng() * 3)}`,
      podIP: `10.42.${Math.floor(rng() * 8)}.${2 + Math.floor(rng() * 250)}`,
    });
  }
  return pods;
}
