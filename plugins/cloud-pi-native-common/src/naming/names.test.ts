import { createHash } from 'node:crypto';
import {
  allocateSlug,
  argoCdEnvAppName,
  argoCdObservabilityAppName,
  argoCdPrefix,
  argoCdRootAppName,
  argoCdWorkloadAppName,
  b36,
  consoleProjectUrl,
  dsoLabelSelector,
  gitlabGroupPath,
  gitlabProjectPath,
  gitlabRepoUrl,
  gitlabZoneInfraPath,
  gitopsValuesFilePath,
  grafanaInstanceUrl,
  h4,
  namespaceName,
  observabilityTenant,
  sonarQubeProjectKey,
  stageKind,
  vaultPlatformPath,
  vaultZoneMount,
} from '.';

describe('platform naming rules', () => {
  it('matches the documented stform/demo example', () => {
    expect(h4('demo')).toBe('3c58');
    expect(argoCdEnvAppName('stform', 'demo')).toBe('stform-demo-3c58-env');
    expect(argoCdRootAppName('stform', 'formation-app', 'demo')).toBe(
      'stform-formation-app-demo-root',
    );
    expect(argoCdObservabilityAppName('stform', 'hprod')).toBe(
      'hprod-stform-observability',
    );
  });

  it('compresses UUIDs to base 36 without padding', () => {
    expect(b36('00000000-0000-0000-0000-000000000000')).toBe('0');
    expect(b36('00000000-0000-0000-0000-000000000024')).toBe('10');
    expect(b36('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe(
      'f5lxx1zz5pnorynqglhzmsp33',
    );
    expect(() => b36('not-a-uuid')).toThrow('Not a UUID');
  });

  it('builds the namespace from the environment and project ids', () => {
    expect(
      namespaceName(
        '00000000-0000-0000-0000-000000000024',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
      ),
    ).toBe('f5lxx1zz5pnorynqglhzmsp33--10');
  });

  it('derives the SonarQube key from the slug and repository', () => {
    expect(sonarQubeProjectKey('stform', 'demo')).toBe('stform-demo-3c58');
  });

  it('derives the workload application from the repository clone URL', () => {
    const url = gitlabRepoUrl(
      'https://gitlab.example.fr/',
      'forge/projects',
      'stform',
      'infra',
    );
    expect(url).toBe(
      'https://gitlab.example.fr/forge/projects/stform/infra.git',
    );
    expect(argoCdWorkloadAppName('stform', 'demo', 'infra', url)).toMatch(
      /^stform-demo-3c58-infra-[0-9a-f]{4}$/,
    );
  });

  it('treats only the stage named exactly prod as production', () => {
    expect(stageKind('prod')).toBe('prod');
    expect(stageKind('production')).toBe('hprod');
    expect(stageKind('dev')).toBe('hprod');
  });

  it('builds tool paths and URLs', () => {
    expect(gitlabGroupPath('/forge/projects/', 'app')).toBe(
      'forge/projects/app',
    );
    expect(gitlabProjectPath('forge/projects', 'app', 'api')).toBe(
      'forge/projects/app/api',
    );
    expect(gitlabZoneInfraPath('forge/projects', 'default')).toBe(
      'forge/projects/infra/default',
    );
    expect(gitopsValuesFilePath('app', 'c1', 'dev')).toBe(
      'app/c1/dev/values.yaml',
    );
    expect(vaultPlatformPath('forge/projects', 'app')).toBe(
      'forge/projects/app',
    );
    expect(vaultZoneMount('default')).toBe('zone-default');
    expect(grafanaInstanceUrl('https://grafana.fr/', 'app', 'prod')).toBe(
      'https://grafana.fr/prod-app',
    );
    expect(
      observabilityTenant('00000000-0000-0000-0000-000000000024', 'hprod'),
    ).toBe('hprod-10');
    expect(consoleProjectUrl('https://console.fr/', 'app')).toBe(
      'https://console.fr/projects/app',
    );
    expect(dsoLabelSelector('app', 'dev', 'api')).toBe(
      'dso/project.slug=app,dso/environment=dev,dso/repository=api',
    );
  });

  it('allocates slugs as the console does', () => {
    expect(allocateSlug('app', [])).toBe('app');
    expect(allocateSlug('app', ['app'])).toBe('app-1');
    expect(allocateSlug('app', ['app', 'app-1', 'app-3'])).toBe('app-2');
  });
});

/*
 * Names produced by the real platform, not by these functions. Where a value
 * needs an input the source does not give (the UUIDs behind a namespace, the
 * GitLab URL behind a suffix), the test recovers it independently.
 */
describe('naming cases from real console output', () => {
  /** Inverse of short-uuid's base-36 encoding, written independently of `b36`. */
  function uuidOfBase36(value: string): string {
    let n = 0n;
    for (const char of value) n = n * 36n + BigInt(parseInt(char, 36));
    const hex = n.toString(16).padStart(32, '0');
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      hex.slice(12, 16),
      hex.slice(16, 20),
      hex.slice(20),
    ].join('-');
  }

  it('rebuilds a namespace seen on the platform', () => {
    // A real project namespace, in the namespace variable of
    // cloud-pi-native/helm-charts charts/dso-grafana/dashboards/k8s-resources-namespace.json
    // (commit 7082b12).
    const real = '7cvqi807xenpune10l3bbv4lc--d3j6ckjd79zg8clcvwl18l5sq';
    const [envPart, projectPart] = real.split('--');
    const environmentId = uuidOfBase36(envPart);
    const projectId = uuidOfBase36(projectPart);
    // Both halves are random (v4) UUIDs, as Prisma generates them: the
    // encoding is read the right way round.
    expect(environmentId).toBe('7c484df3-5a85-4ff6-bfb8-dea61c119000');
    expect(projectId).toBe('dd3e3f0c-b306-49b5-b9b3-39bc04ca0c9a');
    expect(namespaceName(projectId, environmentId)).toBe(real);
  });

  it('matches the Argo CD names of the console test suite', () => {
    // cloud-pi-native/console apps/server-nestjs/src/modules/argocd/argocd.service.spec.ts
    // (release 9.24): `argocd.project` of project-1's dev and prod values files.
    expect(argoCdPrefix('project-1', 'dev')).toBe('project-1-dev-6293');
    expect(argoCdPrefix('project-1', 'prod')).toBe('project-1-prod-c626');
    // The dso-env chart names the workload `<project>-<name>-<sha1sum repoURL | trunc 4>`
    // (cloud-pi-native/helm-charts charts/dso-env/templates/application-app.yaml);
    // Helm's sha1sum is the hex SHA-1, computed here with Node's crypto.
    const repoURL = 'https://gitlab.internal/group/project-1/infra-repo.git';
    const helmSha1sum = createHash('sha1').update(repoURL).digest('hex');
    expect(
      argoCdWorkloadAppName('project-1', 'dev', 'infra-repo', repoURL),
    ).toBe(`project-1-dev-6293-infra-repo-${helmSha1sum.slice(0, 4)}`);
  });

  it('has the shape of the workload application documented for stform', () => {
    // cloud-pi-native/documentation docs/guide/deployment-with-argo.md lists
    // `stform-demo-3c58-infra-3843` (its GitLab URL is not published).
    const name = argoCdWorkloadAppName(
      'stform',
      'demo',
      'infra',
      'https://gitlab.example/forge/projects/stform/infra.git',
    );
    expect(name.slice(0, 'stform-demo-3c58-infra-'.length)).toBe(
      'stform-demo-3c58-infra-3843'.slice(0, 'stform-demo-3c58-infra-'.length),
    );
    expect(name).toMatch(/^stform-demo-3c58-infra-[0-9a-f]{4}$/);
  });
});
