import { rfc3339Seconds } from '../shared/clock';
import { seededUuid } from '../shared/seeded';
import { resourceHealth } from './applicationJson';
import type { ApplicationRecord } from './argoStore';

/** A `v1alpha1ResourceNode`. */
export interface ResourceNodeJson {
  group?: string;
  version: string;
  kind: string;
  namespace?: string;
  name: string;
  uid: string;
  resourceVersion: string;
  createdAt: string;
  health?: { status: string; message?: string };
  parentRefs?: Array<{
    group?: string;
    version?: string;
    kind: string;
    namespace?: string;
    name: string;
    uid: string;
  }>;
  images?: string[];
  info?: Array<{ name: string; value: string }>;
}

/** Live workload objects (Deployments, ReplicaSets, Pods) an Application owns. */
export type LiveNodesProvider = (app: ApplicationRecord) => ResourceNodeJson[];

/**
 * `GET …/resource-tree`: the managed resources, with the live Deployment →
 * ReplicaSet → Pod hierarchy taken from the cluster's state.
 */
export function resourceTree(app: ApplicationRecord, live: LiveNodesProvider) {
  const liveNodes = live(app);
  const liveKeys = new Set(
    liveNodes.map(n => `${n.kind}/${n.namespace}/${n.name}`),
  );
  const declared: ResourceNodeJson[] = app.resources
    .filter(r => !liveKeys.has(`${r.kind}/${r.namespace}/${r.name}`))
    .filter(() => app.health !== 'Missing')
    .map(resource => {
      const health = resourceHealth(resource, app.health);
      return {
        ...(resource.group ? { group: resource.group } : {}),
        version: resource.version,
        kind: resource.kind,
        ...(resource.namespace ? { namespace: resource.namespace } : {}),
        name: resource.name,
        uid: seededUuid(
          `${app.uid}/${resource.kind}/${resource.namespace ?? ''}/${
            resource.name
          }`,
        ),
        resourceVersion: String(app.resourceVersion),
        createdAt: rfc3339Seconds(app.createdAt),
        ...(health ? { health: { status: health } } : {}),
      };
    });
  return { nodes: [...declared, ...liveNodes] };
}
