import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readCloudPiConfig } from './readCloudPiConfig';

const minimal = {
  name: 'default',
  consoleUrl: 'https://console.example.fr/',
  token: 'admin-token',
  projectsRootDir: '/forge/projects/',
};

function read(instance: JsonObject, more: JsonObject[] = []) {
  return readCloudPiConfig(
    new ConfigReader({ cloudPiNative: { instances: [instance, ...more] } }),
  );
}

/** Applies `patch` to the minimal instance, `undefined` removing a key. */
function withPatch(patch: JsonObject | Record<string, undefined>): JsonObject {
  const result: Record<string, unknown> = { ...minimal, ...patch };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete result[key];
  }
  return result as JsonObject;
}

describe('readCloudPiConfig', () => {
  it('has no instance when the block is absent', () => {
    expect(readCloudPiConfig(new ConfigReader({}))).toEqual({ instances: [] });
  });

  it('fills every default of a minimal instance', () => {
    expect(read(minimal)).toEqual({
      instances: [
        {
          name: 'default',
          title: 'default',
          consoleUrl: 'https://console.example.fr',
          token: 'admin-token',
          projectsRootDir: 'forge/projects',
          timeouts: { requestMs: 30_000, provisioningMs: 300_000 },
          retries: { max: 3, baseDelayMs: 200, maxDelayMs: 10_000 },
          concurrency: 8,
          gitlab: undefined,
          vault: undefined,
          sonarqube: undefined,
          grafana: undefined,
          observability: {
            lokiDatasourceUid: 'loki-{tenant}',
            prometheusDatasourceUid: 'prom-{tenant}',
            alertmanagerDatasourceUid: 'am-{tenant}',
          },
          argocd: [],
          kubernetes: [],
        },
      ],
    });
  });

  it('reads every key of a complete instance', () => {
    const [instance] = read({
      ...minimal,
      title: 'Cloud π Native',
      timeouts: { requestMs: 1000, provisioningMs: 2000 },
      retries: { max: 0, baseDelayMs: 10, maxDelayMs: 20 },
      concurrency: 2,
      gitlab: { url: 'https://gitlab.example.fr/', token: 'glpat' },
      vault: {
        url: 'https://vault.example.fr',
        appRole: { roleId: 'role', secretId: 'secret' },
      },
      sonarqube: { url: 'https://sonar.example.fr', token: 'squ' },
      grafana: { url: 'https://grafana.example.fr/' },
      observability: { lokiDatasourceUid: 'logs-{tenant}' },
      argocd: [
        {
          zone: 'default',
          url: 'https://argocd-a.example.fr',
          username: 'admin',
          password: 'pw',
        },
        { zone: 'dr', url: 'https://argocd-b.example.fr', token: 'argo-token' },
      ],
      kubernetes: [
        {
          cluster: 'ovh-hprod',
          url: 'https://api.cluster.example.fr:6443',
          token: 'sa-token',
          caData: 'LS0t',
          skipTLSVerify: false,
        },
      ],
    }).instances;

    expect(instance).toMatchObject({
      title: 'Cloud π Native',
      timeouts: { requestMs: 1000, provisioningMs: 2000 },
      retries: { max: 0, baseDelayMs: 10, maxDelayMs: 20 },
      concurrency: 2,
      gitlab: { url: 'https://gitlab.example.fr', token: 'glpat' },
      vault: {
        url: 'https://vault.example.fr',
        auth: {
          type: 'appRole',
          roleId: 'role',
          secretId: 'secret',
          mountPath: 'approle',
        },
      },
      sonarqube: { url: 'https://sonar.example.fr', token: 'squ' },
      grafana: { url: 'https://grafana.example.fr' },
      observability: {
        lokiDatasourceUid: 'logs-{tenant}',
        prometheusDatasourceUid: 'prom-{tenant}',
      },
      argocd: [
        {
          zone: 'default',
          url: 'https://argocd-a.example.fr',
          auth: { type: 'password', username: 'admin', password: 'pw' },
        },
        {
          zone: 'dr',
          url: 'https://argocd-b.example.fr',
          auth: { type: 'token', token: 'argo-token' },
        },
      ],
      kubernetes: [
        {
          cluster: 'ovh-hprod',
          url: 'https://api.cluster.example.fr:6443',
          token: 'sa-token',
          caData: 'LS0t',
          skipTLSVerify: false,
        },
      ],
    });
  });

  it('reads Harbor, and names the missing key', () => {
    expect(
      read(
        withPatch({
          harbor: {
            url: 'https://harbor.example.fr/',
            username: 'robot$portal+reader',
            password: 'harbor-secret',
          },
        }),
      ).instances[0].harbor,
    ).toEqual({
      url: 'https://harbor.example.fr',
      username: 'robot$portal+reader',
      password: 'harbor-secret',
    });
    expect(() =>
      read(
        withPatch({
          harbor: { url: 'https://harbor.example.fr', username: 'robot' },
        }),
      ),
    ).toThrow('cloudPiNative.instances[0].harbor.password');
  });

  it('reads a static Vault token', () => {
    expect(
      read(withPatch({ vault: { url: 'http://vault:8200', token: 'hvs.x' } }))
        .instances[0].vault,
    ).toEqual({
      url: 'http://vault:8200',
      auth: { type: 'token', token: 'hvs.x' },
    });
  });

  const I = 'cloudPiNative.instances[0]';

  it.each<[string, JsonObject | Record<string, undefined>, string]>([
    ['an invalid name', { name: 'Default' }, `${I}.name`],
    ['a missing token', { token: undefined }, `${I}.token`],
    ['an empty token', { token: ' ' }, `${I}.token`],
    [
      'a missing projectsRootDir',
      { projectsRootDir: undefined },
      `${I}.projectsRootDir`,
    ],
    [
      'a projectsRootDir of slashes only',
      { projectsRootDir: '//' },
      `${I}.projectsRootDir`,
    ],
    [
      'a relative console URL',
      { consoleUrl: 'console.example.fr' },
      `${I}.consoleUrl`,
    ],
    [
      'a non-http console URL',
      { consoleUrl: 'ftp://console.example.fr' },
      `${I}.consoleUrl`,
    ],
    [
      'credentials in a URL',
      { consoleUrl: 'https://u:p@console.example.fr' },
      `${I}.consoleUrl`,
    ],
    [
      'a zero request timeout',
      { timeouts: { requestMs: 0 } },
      `${I}.timeouts.requestMs`,
    ],
    [
      'a fractional provisioning timeout',
      { timeouts: { provisioningMs: 1.5 } },
      `${I}.timeouts.provisioningMs`,
    ],
    [
      'a string timeout',
      { timeouts: { requestMs: 'fast' } },
      `${I}.timeouts.requestMs`,
    ],
    ['negative retries', { retries: { max: -1 } }, `${I}.retries.max`],
    [
      'a negative base delay',
      { retries: { baseDelayMs: -5 } },
      `${I}.retries.baseDelayMs`,
    ],
    ['a zero concurrency', { concurrency: 0 }, `${I}.concurrency`],
    [
      'an invalid GitLab URL',
      { gitlab: { url: 'gitlab', token: 't' } },
      `${I}.gitlab.url`,
    ],
    [
      'a missing GitLab token',
      { gitlab: { url: 'https://gitlab.example.fr' } },
      `${I}.gitlab.token`,
    ],
    [
      'a missing SonarQube token',
      { sonarqube: { url: 'https://sonar.example.fr' } },
      `${I}.sonarqube.token`,
    ],
    [
      'an invalid Grafana URL',
      { grafana: { url: 'nope' } },
      `${I}.grafana.url`,
    ],
    [
      'Vault without credentials',
      { vault: { url: 'https://vault.example.fr' } },
      `${I}.vault`,
    ],
    [
      'Vault with two credentials',
      {
        vault: {
          url: 'https://vault.example.fr',
          token: 't',
          appRole: { roleId: 'r', secretId: 's' },
        },
      },
      `${I}.vault`,
    ],
    [
      'an AppRole without secretId',
      { vault: { url: 'https://vault.example.fr', appRole: { roleId: 'r' } } },
      `${I}.vault.appRole.secretId`,
    ],
    [
      'an invalid zone',
      { argocd: [{ zone: 'Zone A', url: 'https://a.fr', token: 't' }] },
      `${I}.argocd[0].zone`,
    ],
    [
      'an invalid Argo CD URL',
      { argocd: [{ zone: 'a', url: 'a.fr', token: 't' }] },
      `${I}.argocd[0].url`,
    ],
    [
      'Argo CD without credentials',
      { argocd: [{ zone: 'a', url: 'https://a.fr' }] },
      `${I}.argocd[0]`,
    ],
    [
      'Argo CD with two credentials',
      {
        argocd: [
          {
            zone: 'a',
            url: 'https://a.fr',
            token: 't',
            username: 'u',
            password: 'p',
          },
        ],
      },
      `${I}.argocd[0]`,
    ],
    [
      'an Argo CD username without password',
      { argocd: [{ zone: 'a', url: 'https://a.fr', username: 'u' }] },
      `${I}.argocd[0].password`,
    ],
    [
      'a duplicate zone',
      {
        argocd: [
          { zone: 'a', url: 'https://a.fr', token: 't' },
          { zone: 'a', url: 'https://b.fr', token: 't' },
        ],
      },
      `${I}.argocd[1].zone`,
    ],
    [
      'an invalid cluster label',
      {
        kubernetes: [{ cluster: 'ovh_hprod', url: 'https://k.fr', token: 't' }],
      },
      `${I}.kubernetes[0].cluster`,
    ],
    [
      'a missing cluster token',
      { kubernetes: [{ cluster: 'c', url: 'https://k.fr' }] },
      `${I}.kubernetes[0].token`,
    ],
    [
      'a plain http API server without skipTLSVerify',
      { kubernetes: [{ cluster: 'c', url: 'http://k.fr', token: 't' }] },
      `${I}.kubernetes[0].url`,
    ],
    [
      'a duplicate cluster',
      {
        kubernetes: [
          { cluster: 'c', url: 'https://k.fr', token: 't' },
          { cluster: 'c', url: 'https://l.fr', token: 't' },
        ],
      },
      `${I}.kubernetes[1].cluster`,
    ],
  ])('names the key of %s', (_, patch, key) => {
    expect(() => read(withPatch(patch))).toThrow(`'${key}'`);
  });

  it('refuses two instances with the same name', () => {
    expect(() => read(minimal, [minimal])).toThrow(
      'Invalid Cloud π configuration at \'cloudPiNative.instances[1].name\': duplicates cloudPiNative.instances[0].name ("default")',
    );
  });

  it('requires the instances list once the block exists', () => {
    expect(() =>
      readCloudPiConfig(new ConfigReader({ cloudPiNative: {} })),
    ).toThrow("'cloudPiNative.instances'");
  });

  it('does not echo a malformed URL that may hold credentials', () => {
    expect(() =>
      read(withPatch({ consoleUrl: 'https://user:secret-pw@[bad' })),
    ).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining('secret-pw'),
      }),
    );
  });
});
