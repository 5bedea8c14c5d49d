import type { Entity } from '@backstage/catalog-model';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '../annotations';
import { deploymentsResponseSchema } from './deployments';
import { isEnvironmentsAvailable } from './entityData';
import { projectOverviewResponseSchema } from './overview';
import { clustersResponseSchema } from './pickers';
import { qualityGateResponseSchema } from './qualityGate';

const overview = {
  generatedAt: '2026-11-02T10:00:00Z',
  instance: {
    name: 'default',
    title: 'Cloud π Native',
    projectUrl: 'https://console.example.fr/projects/demo',
  },
  project: {
    id: '0b7e1c5a-3f0e-4a8e-9a3e-5f2a4c1b9d10',
    slug: 'demo',
    name: 'demo',
    description: '',
    status: 'created',
    locked: false,
  },
  provisioning: {
    outdated: true,
    lastSuccessVersion: '9.23.0',
    consoleVersion: '9.24.0',
  },
  team: {
    owner: { name: 'Jeanne Dupont', email: 'jeanne@example.fr' },
    size: 3,
  },
  services: {
    items: [
      {
        kind: 'argocd',
        title: 'ArgoCD DSO',
        url: 'https://argocd.example.fr/applications?search=demo',
        zone: { slug: 'default', label: 'DSO' },
      },
    ],
  },
  logs: {
    items: [
      {
        id: 'l1',
        action: 'Replay hooks for Project',
        result: 'KO',
        messageResume: 'Errors:\nvault: timeout;',
        durationMs: 1200,
        createdAt: '2026-11-01T09:00:00.000+01:00',
      },
    ],
  },
  permissions: { canReprovision: true },
};

describe('card response schemas', () => {
  it('accepts a complete project overview', () => {
    expect(projectOverviewResponseSchema.parse(overview)).toEqual(overview);
  });

  it('accepts a part that failed, with empty data', () => {
    const result = projectOverviewResponseSchema.safeParse({
      ...overview,
      services: {
        items: [],
        error: { name: 'ServiceUnavailableError', message: 'console down' },
      },
    });
    expect(result.success).toBe(true);
  });

  it('rejects links that are not http(s)', () => {
    const result = projectOverviewResponseSchema.safeParse({
      ...overview,
      services: {
        items: [
          // eslint-disable-next-line no-script-url -- the schema must reject it
          { kind: 'gitlab', title: 'GitLab', url: 'javascript:alert(1)' },
        ],
      },
    });
    expect(result.success).toBe(false);
  });

  it('rejects an unknown project status and a timestamp without a valid offset', () => {
    expect(
      projectOverviewResponseSchema.safeParse({
        ...overview,
        project: { ...overview.project, status: 'deleted' },
      }).success,
    ).toBe(false);
    expect(
      projectOverviewResponseSchema.safeParse({
        ...overview,
        generatedAt: '2026-11-02T10:00:00+0000',
      }).success,
    ).toBe(false);
  });

  it('accepts a quality gate row that carries an error instead of an analysis', () => {
    const parsed = qualityGateResponseSchema.parse({
      generatedAt: '2026-11-02T10:00:00Z',
      repositories: [
        {
          repositoryName: 'api',
          projectKey: 'demo-api-1a2b',
          url: null,
          analysis: null,
          error: { name: 'NotFoundError', message: 'unknown project key' },
        },
      ],
    });
    expect(parsed.repositories[0].error?.name).toBe('NotFoundError');
  });

  it('rejects an unknown Argo CD health status', () => {
    const result = deploymentsResponseSchema.safeParse({
      generatedAt: '2026-11-02T10:00:00Z',
      environments: [
        {
          name: 'dev',
          stage: 'dev',
          stageKind: 'hprod',
          zone: { slug: 'default', label: 'DSO' },
          cluster: { label: 'c1' },
          namespace: 'ns',
          quota: null,
          applications: [
            {
              name: 'app',
              syncStatus: 'Synced',
              healthStatus: 'Fine',
              revision: null,
              message: null,
              lastSyncedAt: null,
              outOfSyncResources: 0,
              url: 'https://argocd.example.fr/applications/app',
            },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
  });

  it('makes the remaining cluster capacity optional', () => {
    const parsed = clustersResponseSchema.parse({
      generatedAt: '2026-11-02T10:00:00Z',
      clusters: [
        {
          id: 'c1',
          label: 'public-1',
          zone: { slug: 'default', label: 'DSO' },
          privacy: 'public',
        },
      ],
    });
    expect(parsed.clusters[0].remainingCapacity).toBeUndefined();
  });
});

describe('isEnvironmentsAvailable', () => {
  const entity = (
    kind: string,
    annotations: Record<string, string>,
  ): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x', annotations },
  });
  const project = { [A.instance]: 'default', [A.projectSlug]: 'demo' };

  it('serves projects and environments, not repositories', () => {
    expect(isEnvironmentsAvailable(entity('System', project))).toBe(true);
    expect(
      isEnvironmentsAvailable(
        entity('Resource', { ...project, [A.environmentName]: 'dev' }),
      ),
    ).toBe(true);
    expect(
      isEnvironmentsAvailable(
        entity('Component', { ...project, [A.repositoryName]: 'api' }),
      ),
    ).toBe(false);
    expect(isEnvironmentsAvailable(entity('System', {}))).toBe(false);
  });
});
