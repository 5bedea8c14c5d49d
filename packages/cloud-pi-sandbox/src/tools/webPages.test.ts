import { sonarQubeProjectKey } from '@cpin/plugin-cloud-pi-native-common';
import { stformSnapshot } from './__testUtils__/projectSnapshots';
import {
  startToolWorld,
  type RunningToolWorld,
} from './__testUtils__/startToolWorld';

describe('web pages behind the links the portal renders', () => {
  let running: RunningToolWorld;
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${running.url}${path}`, {
      headers,
      redirect: 'manual',
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
      location: response.headers.get('location'),
    };
  };

  beforeAll(async () => {
    running = await startToolWorld();
    await running.world.provisioner.upsertProject(stformSnapshot());
  }, 120_000);
  afterAll(() => running.close());

  it('serves the values file Argo CD reads, with the GitLab token only', async () => {
    const path =
      '/gitlab/forge/projects/infra/default/-/raw/HEAD/stform/formation-app/demo/values.yaml';
    const raw = await page(path, {
      'PRIVATE-TOKEN': running.world.credentials.gitlabToken,
    });
    expect(raw).toMatchObject({
      status: 200,
      type: 'text/plain; charset=utf-8',
    });
    expect(raw.text).toContain(
      'valueFilePath: stform/formation-app/demo/values.yaml',
    );
    expect(await page(path)).toMatchObject({
      status: 302,
      location: `${running.url}/gitlab/users/sign_in`,
    });
  });

  it('renders landing pages for GitLab, SonarQube, Argo CD, Vault and Grafana', async () => {
    const key = sonarQubeProjectKey('stform', 'api');
    const cases: Array<[string, string]> = [
      ['/gitlab/groups/forge/projects/stform', 'forge/projects/stform/mirror'],
      [`/sonarqube/dashboard?id=${key}`, key],
      ['/argocd/default/applications/stform-demo-3c58-env', 'charts/dso-ns'],
      [
        '/argocd/default/applications?search=stform',
        'stform-formation-app-demo-root',
      ],
      ['/vault/ui/vault/secrets/stform', 'KV version 2'],
      ['/grafana/hprod-stform/', 'loki-hprod-'],
    ];
    for (const [path, expected] of cases) {
      const result = await page(path);
      expect({
        path,
        status: result.status,
        html: result.type?.startsWith('text/html'),
      }).toEqual({ path, status: 200, html: true });
      expect(result.text).toContain(expected);
    }
    expect(
      JSON.parse((await page('/grafana/hprod-stform/api/health')).text),
    ).toMatchObject({ database: 'ok' });
    for (const path of [
      '/sonarqube/dashboard?id=nope',
      '/argocd/default/applications/nope',
      '/vault/ui/vault/secrets/nope',
      '/grafana/prod-nope/',
    ]) {
      expect({ path, status: (await page(path)).status }).toEqual({
        path,
        status: 404,
      });
    }
  });

  it('serves the SonarQube deep links of the quality cards', async () => {
    const key = encodeURIComponent(sonarQubeProjectKey('stform', 'api'));
    // The URLs the community SonarQube card builds (getIssuesUrl,
    // getComponentMeasuresUrl, getSecurityHotspotsUrl) and ours.
    const cases: Array<[string, string]> = [
      [`/sonarqube/project/issues?id=${key}&types=BUG&resolved=false`, 'Bugs'],
      [
        `/sonarqube/project/issues?id=${key}&types=VULNERABILITY&resolved=false`,
        'Vulnerabilities',
      ],
      [
        `/sonarqube/component_measures?id=${key}&metric=coverage&resolved=false&view=list`,
        'Coverage',
      ],
      [
        `/sonarqube/component_measures?id=${key}&metric=duplicated_lines_density&resolved=false&view=list`,
        'Duplicated Lines',
      ],
      [`/sonarqube/security_hotspots?id=${key}`, 'Security hotspots to review'],
    ];
    for (const [path, expected] of cases) {
      const result = await page(path);
      expect({ path, status: result.status }).toEqual({ path, status: 200 });
      expect(result.text).toContain(expected);
    }
    for (const path of [
      '/sonarqube/project/issues?id=nope&types=BUG',
      `/sonarqube/component_measures?id=${key}&metric=nope`,
      '/sonarqube/security_hotspots?id=nope',
    ]) {
      expect({ path, status: (await page(path)).status }).toEqual({
        path,
        status: 404,
      });
    }
  });
});
