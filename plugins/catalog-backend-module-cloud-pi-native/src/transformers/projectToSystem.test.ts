import { IDS, project, services, testContext } from '../__testUtils__/fixtures';
import { assertValidEntity } from '../__testUtils__/entityValidation';
import { projectToSystem } from './projectToSystem';

const CONSOLE_PAGE = 'https://console.cpin.example.fr/projects/portail';

describe('projectToSystem', () => {
  it('maps every field of a project', async () => {
    const entity = projectToSystem(project(), services(), testContext());
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: {
        name: 'portail',
        namespace: 'cpin',
        title: 'portail',
        description: 'Portail des démarches',
        annotations: {
          'backstage.io/managed-by-location': `url:${CONSOLE_PAGE}`,
          'backstage.io/managed-by-origin-location': `url:${CONSOLE_PAGE}`,
          'cloud-pi-native.fr/instance': 'cpin',
          'cloud-pi-native.fr/project-id': IDS.project,
          'cloud-pi-native.fr/project-slug': 'portail',
          'cloud-pi-native.fr/status': 'created',
          'cloud-pi-native.fr/locked': 'false',
          'cloud-pi-native.fr/provisioning-outdated': 'false',
          'cloud-pi-native.fr/last-provisioning-version': '9.24.0',
        },
        labels: { 'cloud-pi-native.fr/status': 'created' },
        tags: ['cloud-pi-native', 'created'],
        links: [
          {
            url: CONSOLE_PAGE,
            title: 'Cloud π Native console',
            type: 'console',
            icon: 'web',
          },
          {
            url: 'https://argocd.default.cpin.example.fr/applications?search=portail',
            title: 'ArgoCD DSO',
            type: 'argocd',
          },
          {
            url: 'https://gitlab.cpin.example.fr/forge/projects/portail',
            title: 'Gitlab',
            type: 'gitlab',
          },
          {
            url: 'https://grafana.cpin.example.fr/hprod-portail',
            // The console's name; the type tells which instance it is.
            title: 'Observabilité: Hors production',
            type: 'grafana-hprod',
            icon: 'dashboard',
          },
        ],
      },
      spec: { type: 'cloud-pi-project', owner: 'group:cpin/cpin-portail' },
    });
    await assertValidEntity(entity);
  });

  it.each([
    {
      state: 'failed and locked',
      overrides: { status: 'failed' as const, locked: true },
      annotations: {
        'cloud-pi-native.fr/status': 'failed',
        'cloud-pi-native.fr/locked': 'true',
        'cloud-pi-native.fr/provisioning-outdated': 'false',
      },
      tags: ['cloud-pi-native', 'failed', 'locked'],
    },
    {
      state: 'provisioned by an older console',
      overrides: { lastSuccessProvisionningVersion: '9.23.1' },
      annotations: {
        'cloud-pi-native.fr/provisioning-outdated': 'true',
        'cloud-pi-native.fr/last-provisioning-version': '9.23.1',
      },
      tags: ['cloud-pi-native', 'created', 'outdated'],
    },
    {
      state: 'never provisioned successfully',
      overrides: {
        status: 'warning' as const,
        lastSuccessProvisionningVersion: null,
      },
      annotations: {
        'cloud-pi-native.fr/status': 'warning',
        'cloud-pi-native.fr/provisioning-outdated': 'true',
      },
      tags: ['cloud-pi-native', 'warning', 'outdated'],
    },
  ])('flags a project $state', async ({ overrides, annotations, tags }) => {
    const entity = projectToSystem(project(overrides), [], testContext());
    expect(entity.metadata.annotations).toMatchObject(annotations);
    expect(entity.metadata.tags).toEqual(tags);
    expect(entity.metadata.labels).toEqual({
      'cloud-pi-native.fr/status': overrides.status ?? 'created',
    });
    await assertValidEntity(entity);
  });

  it('has no last provisioning version before the first success', () => {
    const entity = projectToSystem(
      project({ lastSuccessProvisionningVersion: null }),
      [],
      testContext(),
    );
    expect(entity.metadata.annotations).not.toHaveProperty(
      'cloud-pi-native.fr/last-provisioning-version',
    );
  });

  it('leaves out an empty description and unsafe links', () => {
    const entity = projectToSystem(
      project({ description: '' }),
      [
        {
          name: 'vault',
          title: 'Vault',
          urls: [
            { name: 'Vault', to: 'https://user:secret@vault.example.fr/ui' },
            // eslint-disable-next-line no-script-url
            { name: 'Bad', to: 'javascript:alert(1)' },
            { name: 'Relative', to: '/ui/vault' },
          ],
        },
      ],
      testContext(),
    );
    expect(entity.metadata).not.toHaveProperty('description');
    expect(entity.metadata.links?.slice(1)).toEqual([
      { url: 'https://vault.example.fr/ui', title: 'Vault', type: 'vault' },
    ]);
  });

  it("types the console's links to the project's Grafana instances, and only those, by instance", () => {
    const entity = projectToSystem(
      project(),
      [
        {
          name: 'observability',
          title: 'Observabilité',
          urls: [
            {
              name: 'Production',
              to: 'https://grafana.cpin.example.fr/prod-portail',
            },
            {
              name: 'Tableaux',
              to: 'https://grafana.cpin.example.fr/dashboards',
            },
          ],
        },
      ],
      testContext(),
    );
    expect(entity.metadata.links?.slice(1).map(l => l.type)).toEqual([
      'grafana-prod',
      'observability',
    ]);
  });

  it('uses the configured namespace in every reference', () => {
    const entity = projectToSystem(
      project({ slug: 'portail-1' }),
      [],
      testContext({ namespace: 'pax' }),
    );
    expect(entity.metadata.namespace).toBe('pax');
    expect(entity.metadata.name).toBe('portail-1');
    expect(entity.spec.owner).toBe('group:pax/cpin-portail-1');
  });
});
