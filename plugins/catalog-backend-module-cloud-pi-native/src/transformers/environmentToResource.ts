import { ResourceEntityV1alpha1 } from '@backstage/catalog-model';
import {
  CLOUD_PI_LINK_TYPES,
  CLOUD_PI_NATIVE_ANNOTATIONS as A,
  Environment,
  Project,
  argoCdPrefix,
  dsoLabelSelector,
  namespaceName,
  stageKind,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiInconsistentDataError } from '../errors';
import { toLabelValue, toTag } from './entityNames';
import { cloudPiEntityNames, entityRef } from './entityRefs';
import { described, environmentDescription } from './descriptions';
import { grafanaLinkType, link } from './links';
import { projectAnnotations } from './locations';
import {
  ARGOCD_APP_SELECTOR_ANNOTATION,
  ARGOCD_INSTANCE_NAME_ANNOTATION,
  KUBERNETES_CLUSTER_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
  PLATFORM_DASHBOARD_TAG,
  grafanaAnnotations,
} from './pluginAnnotations';
import { CloudPiTopology, CloudPiTransformContext } from './types';

/** The stage, cluster and zone of an environment; throws when a list lacks one. */
export function environmentPlacement(
  project: Pick<Project, 'slug'>,
  environment: Environment,
  topology: CloudPiTopology,
) {
  const where = `Environment '${environment.name}' of project '${project.slug}'`;
  const stage = topology.stages.get(environment.stageId);
  if (!stage) {
    throw new CloudPiInconsistentDataError(
      `${where} refers to stage ${environment.stageId}, missing from GET /api/v1/stages`,
    );
  }
  const cluster = topology.clusters.get(environment.clusterId);
  if (!cluster) {
    throw new CloudPiInconsistentDataError(
      `${where} refers to cluster ${environment.clusterId}, missing from GET /api/v1/clusters`,
    );
  }
  const zone = topology.zones.get(cluster.zoneId);
  if (!zone) {
    throw new CloudPiInconsistentDataError(
      `Cluster '${cluster.label}' refers to zone ${cluster.zoneId}, missing from GET /api/v1/zones`,
    );
  }
  return { stage, cluster, zone };
}

/**
 * An environment as a `Resource` named `<slug>-<env>` on its cluster, with
 * the annotations of the Kubernetes and Argo CD plugins (namespace and
 * `dso/*` label selectors) and links to Grafana and Argo CD.
 *
 * @public
 */
export function environmentToResource(
  project: Project,
  environment: Environment,
  topology: CloudPiTopology,
  ctx: CloudPiTransformContext,
): ResourceEntityV1alpha1 {
  const { stage, cluster, zone } = environmentPlacement(
    project,
    environment,
    topology,
  );
  const kind = stageKind(stage.name);
  const namespace = namespaceName(project.id, environment.id);
  const selector = dsoLabelSelector(project.slug, environment.name);
  const stageLabel = toLabelValue(stage.name);
  const text = described(
    environmentDescription({
      name: environment.name,
      stage: stage.name,
      projectName: project.name,
      cluster: cluster.label,
      zone: zone.label,
    }),
  );
  const argocdSearch = encodeURIComponent(
    argoCdPrefix(project.slug, environment.name),
  );

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: cloudPiEntityNames.environment(project.slug, environment.name),
      namespace: ctx.namespace,
      title: `${project.slug}/${environment.name}`,
      description: text.description,
      annotations: {
        ...projectAnnotations(ctx, project),
        ...text.annotations,
        [A.environmentId]: environment.id,
        [A.environmentName]: environment.name,
        [A.stage]: stage.name,
        [A.zone]: zone.slug,
        [A.cluster]: cluster.label,
        [A.clusterId]: cluster.id,
        [A.cpu]: String(environment.cpu),
        [A.gpu]: String(environment.gpu),
        [A.memory]: String(environment.memory),
        [A.autosync]: String(environment.autosync),
        [KUBERNETES_NAMESPACE_ANNOTATION]: namespace,
        [KUBERNETES_LABEL_SELECTOR_ANNOTATION]: selector,
        [KUBERNETES_CLUSTER_ANNOTATION]: cluster.label,
        [ARGOCD_APP_SELECTOR_ANNOTATION]: selector,
        [ARGOCD_INSTANCE_NAME_ANNOTATION]: zone.slug,
        ...grafanaAnnotations(
          project.slug,
          [{ kind, namespace }],
          PLATFORM_DASHBOARD_TAG,
        ),
      },
      ...(stageLabel ? { labels: { [A.stage]: stageLabel } } : {}),
      tags: ['cloud-pi-native', toTag(stage.name)].filter(
        (tag): tag is string => tag !== undefined,
      ),
      links: [
        ...link(
          ctx.urls.grafana(project.slug, kind),
          kind === 'prod' ? 'Grafana (production)' : 'Grafana (non-production)',
          grafanaLinkType(kind),
          'dashboard',
        ),
        ...link(
          ctx.urls.lokiExplore(project.id, project.slug, kind, namespace),
          'Logs (Grafana Explore)',
          CLOUD_PI_LINK_TYPES.logs,
        ),
        ...link(
          `${zone.argocdUrl.replace(
            /\/+$/,
            '',
          )}/applications?search=${argocdSearch}`,
          `Argo CD ${zone.label}`,
          'argocd',
        ),
      ],
    },
    spec: {
      type: 'cloud-pi-environment',
      owner: entityRef(
        'group',
        ctx.namespace,
        cloudPiEntityNames.team(project.slug),
      ),
      system: entityRef(
        'system',
        ctx.namespace,
        cloudPiEntityNames.system(project.slug),
      ),
      dependsOn: [
        entityRef(
          'resource',
          ctx.namespace,
          cloudPiEntityNames.cluster(cluster.label),
        ),
      ],
    },
  };
}
