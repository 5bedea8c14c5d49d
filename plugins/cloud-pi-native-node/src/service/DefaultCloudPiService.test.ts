import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ArgoCdClient } from '../argocd/ArgoCdClient';
import { KubernetesClient } from '../kubernetes/KubernetesClient';
import { SonarQubeClient } from '../sonarqube/SonarQubeClient';
import { CloudPiInstanceRequestEvent } from './types';
import { DefaultCloudPiService } from './DefaultCloudPiService';

const config = new ConfigReader({
  cloudPiNative: {
    instances: [
      {
        name: 'default',
        title: 'Cloud π Native',
        consoleUrl: 'https://console.test',
        token: 'admin-token-1234',
        projectsRootDir: 'forge/projects',
        sonarqube: { url: 'https://sonarqube.test', token: 'squ' },
        argocd: [
          { zone: 'default', url: 'https://argocd.test', token: 'argo' },
        ],
        kubernetes: [
          { cluster: 'ovh-hprod', url: 'https://k8s.test', token: 'sa' },
        ],
      },
      {
        name: 'pax',
        consoleUrl: 'https://console.pax.test',
        token: 'pax-token-5678',
        projectsRootDir: 'pax/projects',
      },
    ],
  },
});

describe('DefaultCloudPiService', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const service = DefaultCloudPiService.fromConfig(config, {
    logger: mockServices.logger.mock(),
  });

  it('builds one instance per configured console', () => {
    expect(
      service.listInstances().map(i => [i.name, i.title, i.projectsRootDir]),
    ).toEqual([
      ['default', 'Cloud π Native', 'forge/projects'],
      ['pax', 'pax', 'pax/projects'],
    ]);
  });

  it('throws NotFoundError for an unknown instance', () => {
    expect(() => service.getInstance('nope')).toThrow(NotFoundError);
  });

  it('exposes the configured tool clients and nothing else', () => {
    const main = service.getInstance('default');
    const pax = service.getInstance('pax');

    expect(main.sonarqube).toBeInstanceOf(SonarQubeClient);
    expect(main.argocd('default')).toBeInstanceOf(ArgoCdClient);
    expect(main.argocd('dr')).toBeUndefined();
    expect(main.argocdZones).toEqual(['default']);
    expect(main.kubernetes('ovh-hprod')).toBeInstanceOf(KubernetesClient);
    expect(main.kubernetesClusters).toEqual(['ovh-hprod']);
    expect([
      pax.sonarqube,
      pax.vault,
      pax.gitlab,
      pax.argocd('default'),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('calls the console as the admin token, or as a user, and reports to observers', async () => {
    const tokens: Array<string | null> = [];
    server.use(
      http.get('https://console.test/api/v1/version', ({ request }) => {
        tokens.push(
          request.headers.get('x-dso-token') ??
            request.headers.get('authorization'),
        );
        return HttpResponse.json({ version: '9.24.0' });
      }),
    );
    const events: CloudPiInstanceRequestEvent[] = [];
    const remove = service.addRequestObserver(event => events.push(event));
    const instance = service.getInstance('default');

    await instance.console.system.getVersion();
    await instance
      .consoleAs({ type: 'bearer', token: 'user-oidc' })
      .system.getVersion();
    remove();
    await instance.console.system.getVersion();

    expect(tokens).toEqual([
      'admin-token-1234',
      'Bearer user-oidc',
      'admin-token-1234',
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        instance: 'default',
        upstream: 'console',
        path: '/api/v1/version',
        status: 200,
      }),
      expect.objectContaining({
        instance: 'default',
        upstream: 'console',
        path: '/api/v1/version',
        status: 200,
      }),
    ]);
  });

  it('has no instance without configuration', () => {
    const empty = DefaultCloudPiService.fromConfig(new ConfigReader({}), {
      logger: mockServices.logger.mock(),
    });
    expect(empty.listInstances()).toEqual([]);
  });
});
