import {
  IDS,
  cluster,
  testContext,
  topology,
  zone,
} from '../__testUtils__/fixtures';
import { assertValidEntity } from '../__testUtils__/entityValidation';
import { clusterToResource } from './clusterToResource';
import { platformToEntities } from './platformToEntities';
import { zoneToResource } from './zoneToResource';

describe('zoneToResource', () => {
  it('maps a zone', async () => {
    const entity = zoneToResource(zone(), testContext());
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'zone-default',
        namespace: 'cpin',
        title: 'DSO',
        description: 'Zone usuelle',
        annotations: {
          'backstage.io/managed-by-location':
            'url:https://console.cpin.example.fr/admin/zones',
          'backstage.io/managed-by-origin-location':
            'url:https://console.cpin.example.fr/admin/zones',
          'cloud-pi-native.fr/instance': 'cpin',
          'cloud-pi-native.fr/zone': 'default',
        },
        tags: ['cloud-pi-native'],
        links: [
          {
            url: 'https://argocd.default.cpin.example.fr/',
            title: 'Argo CD DSO',
            type: 'argocd',
          },
        ],
      },
      spec: { type: 'cloud-pi-zone', owner: 'group:cpin/platform-team' },
    });
    await assertValidEntity(entity);
  });

  it.each([null, ''])('leaves out the description %p', description => {
    expect(
      zoneToResource(zone({ description }), testContext()).metadata,
    ).not.toHaveProperty('description');
  });
});

describe('clusterToResource', () => {
  it('maps a cluster, depending on its zone', async () => {
    const entity = clusterToResource(cluster(), topology(), testContext());
    const page = `url:https://console.cpin.example.fr/admin/clusters/${IDS.clusterHprod}`;
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'ovh-hprod',
        namespace: 'cpin',
        title: 'ovh-hprod',
        description: 'Public Kubernetes cluster of the zone DSO.',
        annotations: {
          'cloud-pi-native.fr/description-fr':
            'Cluster Kubernetes public de la zone DSO.',
          'backstage.io/managed-by-location': page,
          'backstage.io/managed-by-origin-location': page,
          'cloud-pi-native.fr/instance': 'cpin',
          'cloud-pi-native.fr/cluster-id': IDS.clusterHprod,
          'cloud-pi-native.fr/cluster': 'ovh-hprod',
          'cloud-pi-native.fr/zone': 'default',
          'cloud-pi-native.fr/privacy': 'public',
          'cloud-pi-native.fr/cpu': '64',
          'cloud-pi-native.fr/gpu': '0',
          'cloud-pi-native.fr/memory': '256',
        },
        labels: { 'cloud-pi-native.fr/privacy': 'public' },
        tags: ['cloud-pi-native', 'public'],
        links: [
          {
            url: page.slice('url:'.length),
            title: 'Cloud π Native console (admin)',
            type: 'console-admin',
            icon: 'web',
          },
        ],
      },
      spec: {
        type: 'kubernetes-cluster',
        owner: 'group:cpin/platform-team',
        dependsOn: ['resource:cpin/zone-default'],
      },
    });
    expect(JSON.stringify(entity)).not.toContain('FIP');
    await assertValidEntity(entity);
  });

  it('maps a dedicated cluster without configured capacity', () => {
    const entity = clusterToResource(
      cluster({
        privacy: 'dedicated',
        cpu: undefined,
        gpu: undefined,
        memory: undefined,
      }),
      topology(),
      testContext(),
    );
    expect(entity.metadata.description).toBe(
      'Dedicated Kubernetes cluster of the zone DSO.',
    );
    expect(entity.metadata.annotations).toMatchObject({
      'cloud-pi-native.fr/privacy': 'dedicated',
      'cloud-pi-native.fr/cpu': '0',
      'cloud-pi-native.fr/gpu': '0',
      'cloud-pi-native.fr/memory': '0',
    });
    expect(entity.metadata.tags).toEqual(['cloud-pi-native', 'dedicated']);
  });

  it('refuses a cluster in an unknown zone', () => {
    expect(() =>
      clusterToResource(
        cluster({ zoneId: 'nowhere' }),
        topology(),
        testContext(),
      ),
    ).toThrow(
      "Cluster 'ovh-hprod' refers to zone nowhere, missing from GET /api/v1/zones",
    );
  });
});

describe('platformToEntities', () => {
  it('emits the zones, then the clusters by label', () => {
    expect(
      platformToEntities(topology(), testContext()).map(
        e => `${e.kind}:${e.metadata.name}`,
      ),
    ).toEqual([
      'Resource:zone-default',
      'Resource:ovh-hprod',
      'Resource:ovh-prod',
    ]);
  });
});
