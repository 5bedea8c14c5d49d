import type { HealthStatus } from '../argocd/applicationTypes';
import { rfc3339Seconds } from '../shared/clock';
import { sha256Hex } from '../shared/seeded';
import type { K8sDeployment } from './kubernetesStore';
import { MIB, binaryQuantity, decimalQuantity } from './quantity';
import {
  CONTAINER_RESOURCES,
  podsOf,
  replicaSetOf,
  type DerivedPod,
} from './workloads';

const ts = rfc3339Seconds;

function podSpec(deployment: K8sDeployment) {
  return {
    containers: [
      {
        name: deployment.name,
        image: deployment.image,
        ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
        resources: {
          requests: {
            cpu: decimalQuantity(CONTAINER_RESOURCES.requests.cpu),
            memory: binaryQuantity(CONTAINER_RESOURCES.requests.memoryMi * MIB),
          },
          limits: {
            cpu: decimalQuantity(CONTAINER_RESOURCES.limits.cpu),
            memory: binaryQuantity(CONTAINER_RESOURCES.limits.memoryMi * MIB),
          },
        },
        livenessProbe: probe('/health/live'),
        readinessProbe: probe('/health/ready'),
        terminationMessagePath: '/dev/termination-log',
        terminationMessagePolicy: 'File',
        imagePullPolicy: 'IfNotPresent',
      },
    ],
    restartPolicy: 'Always',
    terminationGracePeriodSeconds: 30,
    dnsPolicy: 'ClusterFirst',
    serviceAccountName: 'default',
    securityContext: {},
    imagePullSecrets: [{ name: 'registry-pull-secret' }],
    schedulerName: 'default-scheduler',
  };
}

function probe(path: string) {
  return {
    httpGet: { path, port: 8080, scheme: 'HTTP' },
    initialDelaySeconds: 10,
    timeoutSeconds: 1,
    periodSeconds: 10,
    successThreshold: 1,
    failureThreshold: 3,
  };
}

/** The labels a workload's selector matches. */
export function selectorOf(deployment: K8sDeployment) {
  return {
    'app.kubernetes.io/name': deployment.name,
    'app.kubernetes.io/instance': deployment.applicationName,
  };
}

/** `apps/v1 Deployment`, its status following the Application's health. */
export function deploymentJson(
  clusterLabel: string,
  namespace: string,
  deployment: K8sDeployment,
  health: HealthStatus,
) {
  const pods = podsOf(clusterLabel, namespace, deployment, health);
  const ready = pods.filter(p => p.state === 'running').length;
  const replicaSet = replicaSetOf(clusterLabel, namespace, deployment);
  const created = ts(deployment.createdAt);
  const progressing = progressingCondition(health, replicaSet.name);
  return {
    metadata: {
      name: deployment.name,
      namespace,
      uid: deployment.uid,
      resourceVersion: String(deployment.resourceVersion),
      generation: deployment.generation,
      creationTimestamp: created,
      labels: deployment.labels,
      annotations: {
        'deployment.kubernetes.io/revision': String(deployment.generation),
      },
    },
    spec: {
      replicas: deployment.replicas,
      selector: { matchLabels: selectorOf(deployment) },
      template: {
        metadata: { labels: deployment.labels },
        spec: podSpec(deployment),
      },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
      },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: {
      observedGeneration: deployment.generation,
      replicas: pods.length,
      updatedReplicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      ...(pods.length - ready > 0
        ? { unavailableReplicas: pods.length - ready }
        : {}),
      conditions: [
        {
          type: 'Available',
          status: ready > 0 ? 'True' : 'False',
          lastUpdateTime: created,
          lastTransitionTime: created,
          reason:
            ready > 0
              ? 'MinimumReplicasAvailable'
              : 'MinimumReplicasUnavailable',
          message:
            ready > 0
              ? 'Deployment has minimum availability.'
              : 'Deployment does not have minimum availability.',
        },
        {
          type: 'Progressing',
          lastUpdateTime: created,
          lastTransitionTime: created,
          ...progressing,
        },
      ],
    },
  };
}

function progressingCondition(health: HealthStatus, replicaSet: string) {
  switch (health) {
    case 'Degraded':
      return {
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: `ReplicaSet "${replicaSet}" has timed out progressing.`,
      };
    case 'Progressing':
      return {
        status: 'True',
        reason: 'ReplicaSetUpdated',
        message: `ReplicaSet "${replicaSet}" is progressing.`,
      };
    default:
      return {
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${replicaSet}" has successfully progressed.`,
      };
  }
}

/** `apps/v1 ReplicaSet` of a Deployment's current template. */
export function replicaSetJson(
  clusterLabel: string,
  namespace: string,
  deployment: K8sDeployment,
  health: HealthStatus,
) {
  const replicaSet = replicaSetOf(clusterLabel, namespace, deployment);
  const pods = podsOf(clusterLabel, namespace, deployment, health);
  const ready = pods.filter(p => p.state === 'running').length;
  const labels = {
    ...deployment.labels,
    'pod-template-hash': replicaSet.templateHash,
  };
  return {
    metadata: {
      name: replicaSet.name,
      namespace,
      uid: replicaSet.uid,
      resourceVersion: String(deployment.resourceVersion),
      generation: 1,
      creationTimestamp: ts(deployment.createdAt),
      labels,
      annotations: {
        'deployment.kubernetes.io/desired-replicas': String(
          deployment.replicas,
        ),
        'deployment.kubernetes.io/max-replicas': String(
          deployment.replicas + 1,
        ),
        'deployment.kubernetes.io/revision': String(deployment.generation),
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: deployment.name,
          uid: deployment.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      replicas: deployment.replicas,
      selector: {
        matchLabels: {
          ...selectorOf(deployment),
          'pod-template-hash': replicaSet.templateHash,
        },
      },
      template: { metadata: { labels }, spec: podSpec(deployment) },
    },
    status: {
      replicas: pods.length,
      fullyLabeledReplicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: 1,
    },
  };
}

/** `v1 Pod`. */
export function podJson(
  namespace: string,
  deployment: K8sDeployment,
  pod: DerivedPod,
) {
  const created = ts(pod.createdAt);
  const started = ts(new Date(pod.createdAt.getTime() + 4000));
  const running = pod.state === 'running';
  const containerId = `containerd://${sha256Hex(pod.uid)}`;
  const imageId = `${deployment.image.split(':')[0]}@sha256:${sha256Hex(
    deployment.image,
  )}`;
  const condition = (type: string, status: boolean, reason?: string) => ({
    type,
    status: status ? 'True' : 'False',
    lastTransitionTime: started,
    ...(reason && !status ? { reason } : {}),
  });
  const states = {
    running: { running: { startedAt: started } },
    crashLoop: {
      waiting: {
        reason: 'CrashLoopBackOff',
        message: `back-off 5m0s restarting failed container=${deployment.name} pod=${pod.name}_${namespace}(${pod.uid})`,
      },
    },
    creating: { waiting: { reason: 'ContainerCreating' } },
  };
  const state = states[pod.state];
  return {
    metadata: {
      name: pod.name,
      generateName: `${pod.replicaSetName}-`,
      namespace,
      uid: pod.uid,
      resourceVersion: String(deployment.resourceVersion + 1),
      creationTimestamp: created,
      labels: { ...deployment.labels, 'pod-template-hash': pod.templateHash },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: pod.replicaSetName,
          uid: pod.replicaSetUid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: { ...podSpec(deployment), nodeName: pod.nodeName },
    status: {
      phase: pod.state === 'creating' ? 'Pending' : 'Running',
      conditions: [
        condition('PodReadyToStartContainers', pod.state !== 'creating'),
        condition('Initialized', true),
        condition('Ready', running, 'ContainersNotReady'),
        condition('ContainersReady', running, 'ContainersNotReady'),
        condition('PodScheduled', true),
      ],
      hostIP: pod.hostIP,
      hostIPs: [{ ip: pod.hostIP }],
      ...(pod.state === 'creating'
        ? {}
        : { podIP: pod.podIP, podIPs: [{ ip: pod.podIP }] }),
      startTime: created,
      containerStatuses: [
        {
          name: deployment.name,
          state,
          lastState:
            pod.state === 'crashLoop'
              ? {
                  terminated: {
                    exitCode: 1,
                    reason: 'Error',
                    startedAt: started,
                    finishedAt: started,
                    containerID: containerId,
                  },
                }
              : {},
          ready: running,
          restartCount: pod.restarts,
          image: deployment.image,
          imageID: pod.state === 'creating' ? '' : imageId,
          ...(pod.state === 'creating' ? {} : { containerID: containerId }),
          started: running,
        },
      ],
      qosClass: 'Burstable',
    },
  };
}
