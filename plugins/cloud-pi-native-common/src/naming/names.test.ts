import {
  allocateSlug,
  argoCdEnvAppName,
  argoCdObservabilityAppName,
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
    expect(url).toBe('https://gitlab.example.fr/forge/projects/stform/infra.git');
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
    expect(gitlabGroupPath('/forge/projects/', 'app')).toBe('forge/projects/app');
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
