import { Zone } from '@cpin/plugin-cloud-pi-native-common';
import { ArgoCdApplication } from '@cpin/plugin-cloud-pi-native-node';
import { toApplicationSummary } from './argoApplications';
import { toQuotaUsage } from './deploymentsView';
import { serviceLinks } from './overviewView';
import { failedConditions, toSonarMeasures } from './sonarMeasures';
import { toIsoDateTime } from './viewContext';

describe('toIsoDateTime', () => {
  it('normalises SonarQube and console timestamps to UTC', () => {
    expect(toIsoDateTime('2026-11-28T12:54:37+0100')).toBe(
      '2026-11-28T11:54:37.000Z',
    );
    expect(toIsoDateTime('2026-11-28T12:54:37.010Z')).toBe(
      '2026-11-28T12:54:37.010Z',
    );
    expect(toIsoDateTime('yesterday')).toBeNull();
    expect(toIsoDateTime(undefined)).toBeNull();
  });
});

describe('SonarQube mapping', () => {
  it('reads overall values and new-code period values, dropping odd ones', () => {
    const measures = {
      bugs: { value: '3' },
      coverage: { value: '65.1' },
      duplicated_lines_density: { value: '101' },
      reliability_rating: { value: '2.0' },
      security_rating: { value: '9.0' },
      new_coverage: { newCodeValue: '61.2' },
      new_bugs: { newCodeValue: '0' },
      code_smells: { value: '1.5' },
    };

    expect(toSonarMeasures(measures, 'overall')).toEqual({
      bugs: 3,
      vulnerabilities: null,
      securityHotspots: null,
      codeSmells: null,
      coverage: 65.1,
      duplications: null,
      reliabilityRating: 'B',
      securityRating: null,
      maintainabilityRating: null,
    });
    expect(toSonarMeasures(measures, 'newCode')).toMatchObject({
      bugs: 0,
      coverage: 61.2,
    });
  });

  it('keeps the conditions that are not met', () => {
    expect(
      failedConditions([
        {
          status: 'OK',
          metricKey: 'new_bugs',
          comparator: 'GT',
          errorThreshold: '0',
          actualValue: '0',
        },
        {
          status: 'ERROR',
          metricKey: 'new_coverage',
          comparator: 'LT',
          errorThreshold: '80',
          actualValue: '61.2',
        },
        { status: 'ERROR', metricKey: 'odd', comparator: 'BETWEEN' },
        { status: 'WARN', metricKey: 'new_smells', comparator: 'GT' },
      ]),
    ).toEqual([
      {
        metric: 'new_coverage',
        comparator: 'LT',
        threshold: '80',
        actual: '61.2',
      },
      { metric: 'new_smells', comparator: 'GT', threshold: '', actual: null },
    ]);
  });
});

describe('Argo CD mapping', () => {
  const app = (status: unknown): ArgoCdApplication =>
    ({
      metadata: { name: 'a', labels: { 'dso/repository': 'infra' } },
      spec: { project: 'p', destination: {} },
      status,
    } as ArgoCdApplication);

  it('summarises sync, health, revision and drift', () => {
    expect(
      toApplicationSummary(
        app({
          sync: { status: 'OutOfSync', revision: 'abc' },
          health: { status: 'Degraded', message: 'progress deadline exceeded' },
          operationState: {
            phase: 'Succeeded',
            finishedAt: '2026-11-28T12:00:00Z',
          },
          resources: [
            { status: 'OutOfSync' },
            { status: 'Synced' },
            { status: 'OutOfSync' },
          ],
        }),
        'https://argocd/applications/a',
      ),
    ).toEqual({
      name: 'a',
      syncStatus: 'OutOfSync',
      healthStatus: 'Degraded',
      revision: 'abc',
      message: 'progress deadline exceeded',
      lastSyncedAt: '2026-11-28T12:00:00.000Z',
      outOfSyncResources: 2,
      url: 'https://argocd/applications/a',
      autoSync: false,
      previousRevision: null,
      repository: 'infra',
      kind: null,
      appProject: 'p',
      images: [],
    });
  });

  it('reports statuses it does not know, or an app never reconciled, as Unknown', () => {
    expect(
      toApplicationSummary(app({ sync: { status: 'Weird' } }), 'u'),
    ).toMatchObject({
      syncStatus: 'Unknown',
      healthStatus: 'Unknown',
      revision: null,
      lastSyncedAt: null,
      outOfSyncResources: 0,
    });
  });
});

describe('quota mapping', () => {
  it('uses limits, converts memory to GiB and reads GPUs', () => {
    const q = (hard: number, used: number) => ({
      hard: { raw: String(hard), value: hard },
      used: { raw: String(used), value: used },
    });
    expect(
      toQuotaUsage({
        name: 'dso-quota',
        namespace: 'ns',
        resources: {
          'limits.cpu': q(2, 1.5),
          'limits.memory': q(4 * 1024 ** 3, 512 * 1024 ** 2),
          'requests.nvidia.com/gpu': q(1, 0),
        },
      }),
    ).toEqual({
      cpu: { hard: 2, used: 1.5 },
      memory: { hard: 4, used: 0.5 },
      gpu: { hard: 1, used: 0 },
    });
  });
});

describe('service links', () => {
  const zones = [
    {
      id: 'z1',
      slug: 'default',
      label: 'DSO',
      argocdUrl: 'https://argo.example.fr',
    },
    {
      id: 'z2',
      slug: 'dr',
      label: 'Zone Restreinte',
      argocdUrl: 'https://argo-dr.example.fr/',
    },
  ] as Zone[];

  it('maps console services to link kinds with their zone or environment kind', () => {
    expect(
      serviceLinks(
        [
          {
            name: 'argocd',
            title: 'ArgoCD',
            urls: [
              {
                name: 'ArgoCD DSO',
                to: 'https://argo.example.fr/applications?search=demo',
              },
              {
                name: 'ArgoCD DR',
                to: 'https://argo-dr.example.fr/applications?search=demo',
              },
            ],
          },
          {
            name: 'observability',
            title: 'Observabilité',
            urls: [
              {
                name: 'Production',
                to: 'https://grafana.example.fr/prod-demo',
              },
            ],
          },
          // A link that is not http(s) never reaches an href.
          {
            name: 'gitlab',
            title: 'Gitlab',
            urls: [{ name: '', to: ['javascript', 'alert(1)'].join(':') }],
          },
          {
            name: 'keycloak',
            title: 'Keycloak',
            urls: [{ name: 'K', to: 'https://kc' }],
          },
        ],
        zones,
        'demo',
      ),
    ).toEqual([
      {
        kind: 'argocd',
        title: 'ArgoCD DSO',
        url: 'https://argo.example.fr/applications?search=demo',
        zone: { slug: 'default', label: 'DSO' },
      },
      {
        kind: 'argocd',
        title: 'ArgoCD DR',
        url: 'https://argo-dr.example.fr/applications?search=demo',
        zone: { slug: 'dr', label: 'Zone Restreinte' },
      },
      {
        kind: 'grafana',
        title: 'Production',
        url: 'https://grafana.example.fr/prod-demo',
        stageKind: 'prod',
      },
    ]);
  });
});
