import type { ApplicationRecord } from './argocd/argoStore';
import type { ResourceNodeJson } from './argocd/resourceTree';
import { rfc3339Seconds } from './shared/clock';
import type { ToolStores } from './toolStores';
import { podsOf, replicaSetOf, type DerivedPod } from './kubernetes/workloads';

/** How Argo CD reports a Pod in each state. */
const POD_STATES: Record<
  DerivedPod['state'],
  { health: ResourceNodeJson['health']; reason: string }
> = {
  running: { health: { status: 'Healthy' }, reason: 'Running' },
  crashLoop: {
    health: {
      status: 'Degraded',
      message: 'back-off restarting failed container',
    },
    reason: 'CrashLoopBackOff',
  },
  creating: { health: { status: 'Progressing' }, reason: 'ContainerCreating' },
};

/**
 * The live Deployment → ReplicaSet → Pod nodes of an Application's resource
 * tree, read from the destination cluster so Argo CD and Kubernetes agree.
 */
export function liveApplicationNodes(
  stores: ToolStores,
  app: ApplicationRecord,
): ResourceNodeJson[] {
  const { name: cluster, namespace } = app.spec.destination;
  if (!cluster || !namespace || app.health === 'Missing') return [];
  const ns = stores.kubernetes.cluster(cluster).namespaces.get(namespace);
  if (!ns) return [];
  const nodes: ResourceNodeJson[] = [];
  for (const deployment of ns.deployments.values()) {
    if (deployment.applicationName !== app.name || deployment.zone !== app.zone)
      continue;
    const deploymentRef = {
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
      namespace,
      name: deployment.name,
      uid: deployment.uid,
    };
    nodes.push({
      ...deploymentRef,
      resourceVersion: String(deployment.resourceVersion),
      createdAt: rfc3339Seconds(deployment.createdAt),
      health: {
        status: app.health,
        ...(app.healthMessage ? { message: app.healthMessage } : {}),
      },
      info: [{ name: 'Revision', value: `Rev:${deployment.generation}` }],
    });
    const replicaSet = replicaSetOf(cluster, namespace, deployment);
    const replicaSetRef = {
      group: 'apps',
      version: 'v1',
      kind: 'ReplicaSet',
      namespace,
      name: replicaSet.name,
      uid: replicaSet.uid,
    };
    nodes.push({
      ...replicaSetRef,
      resourceVersion: String(deployment.resourceVersion),
      createdAt: rfc3339Seconds(deployment.createdAt),
      parentRefs: [deploymentRef],
      health: { status: app.health === 'Healthy' ? 'Healthy' : 'Progressing' },
      info: [{ name: 'Revision', value: `Rev:${deployment.generation}` }],
    });
    for (const pod of podsOf(cluster, namespace, deployment, app.health)) {
      const ready = pod.state === 'running';
      const { health, reason } = POD_STATES[pod.state];
      nodes.push({
        version: 'v1',
        kind: 'Pod',
        namespace,
        name: pod.name,
        uid: pod.uid,
        resourceVersion: String(deployment.resourceVersion + 1),
        createdAt: rfc3339Seconds(pod.createdAt),
        parentRefs: [replicaSetRef],
        images: [deployment.image],
        health,
        info: [
          { name: 'Status Reason', value: reason },
          { name: 'Node', value: pod.nodeName },
          { name: 'Containers', value: `${ready ? 1 : 0}/1` },
          ...(pod.restarts
            ? [{ name: 'Restart Count', value: String(pod.restarts) }]
            : []),
        ],
      });
    }
  }
  return nodes;
}
