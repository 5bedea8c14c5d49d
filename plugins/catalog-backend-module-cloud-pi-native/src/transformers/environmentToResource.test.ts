import {
  IDS,
  environment,
  project,
  testContext,
  testInstance,
  topology,
} from '../__testUtils__/fixtures';
import { assertValidEntity } from '../__testUtils__/entityValidation';
import { environmentToResource } from './environmentToResource';

const PAGE = 'url:https://console.cpin.example.fr/projects/portail';
const b36 = (uuid: string) =>
  BigInt(`0x${uuid.replace(/-/g, '')}`).toString(36);

describe('environmentToResource', () => {
  it('maps every field of an environment', async () => {
    const entity = environmentToResource(
      project(),
      environment(),
      topology(),
      testContext(),
    );
    const namespace = `${b36(IDS.envDev)}--${b36(IDS.project)}`;
    const { links, ...metadata } = entity.metadata;
    expect({ ...entity, metadata }).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'portail-dev',
        namespace: 'cpin',
        title: 'portail/dev',
        description:
          'Environment dev (stage dev) of the Cloud π Native project portail, on cluster ovh-hprod in zone DSO.',
        annotations: {
          'cloud-pi-native.fr/description-fr':
            'Environnement dev (type dev) du projet Cloud π Native portail, sur le cluster ovh-hprod de la zone DSO.',
          'backstage.io/managed-by-location': PAGE,
          'backstage.io/managed-by-origin-location': PAGE,
          'cloud-pi-native.fr/instance': 'cpin',
          'cloud-pi-native.fr/project-id': IDS.project,
          'cloud-pi-native.fr/project-slug': 'portail',
          'cloud-pi-native.fr/environment-id': IDS.envDev,
          'cloud-pi-native.fr/environment-name': 'dev',
          'cloud-pi-native.fr/stage': 'dev',
          'cloud-pi-native.fr/zone': 'default',
          'cloud-pi-native.fr/cluster': 'ovh-hprod',
          'cloud-pi-native.fr/cluster-id': IDS.clusterHprod,
          'cloud-pi-native.fr/cpu': '0.5',
          'cloud-pi-native.fr/gpu': '0',
          'cloud-pi-native.fr/memory': '2',
          'cloud-pi-native.fr/autosync': 'true',
          'backstage.io/kubernetes-namespace': namespace,
          'backstage.io/kubernetes-label-selector':
            'dso/project.slug=portail,dso/environment=dev',
          'backstage.io/kubernetes-cluster': 'ovh-hprod',
          'argocd/app-selector': 'dso/project.slug=portail,dso/environment=dev',
          // The community Argo CD plugin only asks the zone's instance.
          'argocd/instance-name': 'default',
          // The project's hors-prod Grafana, its namespace dashboard and the
          // alert rules on this namespace.
          'grafana/host-id': 'hprod-portail',
          'grafana/dashboard-selector': 'Kubernetes',
          'grafana/alert-label-selector': `namespace=${namespace}`,
        },
        labels: { 'cloud-pi-native.fr/stage': 'dev' },
        tags: ['cloud-pi-native', 'dev'],
      },
      spec: {
        type: 'cloud-pi-environment',
        owner: 'group:cpin/cpin-portail',
        system: 'system:cpin/portail',
        dependsOn: ['resource:cpin/ovh-hprod'],
      },
    });
    expect(links).toEqual([
      {
        url: 'https://grafana.cpin.example.fr/hprod-portail',
        title: 'Grafana (non-production)',
        type: 'grafana-hprod',
        icon: 'dashboard',
      },
      {
        url: expect.stringMatching(
          /^https:\/\/grafana\.cpin\.example\.fr\/hprod-portail\/explore\?/,
        ),
        title: 'Logs (Grafana Explore)',
        type: 'logs',
      },
      {
        // h4('dev') is the Argo CD prefix suffix of the environment.
        url: 'https://argocd.default.cpin.example.fr/applications?search=portail-dev-6293',
        title: 'Argo CD DSO',
        type: 'argocd',
      },
    ]);
    const panes = JSON.parse(new URL(links![1].url).searchParams.get('panes')!);
    expect(panes.cpin.queries[0].expr).toBe(`{namespace="${namespace}"}`);
    expect(panes.cpin.datasource).toBe(`loki-hprod-${b36(IDS.project)}`);
    await assertValidEntity(entity);
  });

  it('links the production Grafana for the stage named exactly prod', async () => {
    const entity = environmentToResource(
      project(),
      environment({
        id: IDS.envProd,
        name: 'prod',
        stageId: IDS.stageProd,
        clusterId: IDS.clusterProd,
        cpu: 4,
        gpu: 1,
        memory: 8,
        autosync: false,
      }),
      topology(),
      testContext(),
    );
    expect(entity.metadata.annotations).toMatchObject({
      'cloud-pi-native.fr/stage': 'prod',
      'cloud-pi-native.fr/cluster': 'ovh-prod',
      'cloud-pi-native.fr/cpu': '4',
      'cloud-pi-native.fr/gpu': '1',
      'cloud-pi-native.fr/memory': '8',
      'cloud-pi-native.fr/autosync': 'false',
      'backstage.io/kubernetes-cluster': 'ovh-prod',
    });
    expect(entity.metadata.links?.[0]).toEqual({
      url: 'https://grafana.cpin.example.fr/prod-portail',
      title: 'Grafana (production)',
      type: 'grafana-prod',
      icon: 'dashboard',
    });
    expect(entity.spec.dependsOn).toEqual(['resource:cpin/ovh-prod']);
    await assertValidEntity(entity);
  });

  it('only links Argo CD when Grafana is not configured', () => {
    const { urls } = testInstance({ grafana: undefined });
    const entity = environmentToResource(
      project(),
      environment(),
      topology(),
      testContext({ urls }),
    );
    expect(entity.metadata.links?.map(l => l.type)).toEqual(['argocd']);
  });

  it.each([
    {
      missing: 'stage',
      env: { stageId: 'unknown-stage' },
      message:
        "Environment 'dev' of project 'portail' refers to stage unknown-stage, missing from GET /api/v1/stages",
    },
    {
      missing: 'cluster',
      env: { clusterId: 'unknown-cluster' },
      message:
        "Environment 'dev' of project 'portail' refers to cluster unknown-cluster, missing from GET /api/v1/clusters",
    },
  ])('refuses an environment on an unknown $missing', ({ env, message }) => {
    expect(() =>
      environmentToResource(
        project(),
        environment(env),
        topology(),
        testContext(),
      ),
    ).toThrow(message);
  });

  it('refuses a cluster in an unknown zone', () => {
    const world = topology();
    expect(() =>
      environmentToResource(
        project(),
        environment(),
        { ...world, zones: new Map() },
        testContext(),
      ),
    ).toThrow(
      `Cluster 'ovh-hprod' refers to zone ${IDS.zone}, missing from GET /api/v1/zones`,
    );
  });
});
