import type { Response, Router } from 'express';
import { RESOURCES, groupVersionOf, resourcesOf } from './kubernetesResources';
import { sendUnknownPath } from './kubernetesStatus';

/** Kubernetes release the fake API server reports. */
export const KUBERNETES_VERSION = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.4',
};

/** `/version`, `/api`, `/apis`, `/api/v1` and `/apis/<group>/<version>`. */
export function registerDiscoveryRoutes(
  router: Router,
  publicUrl: string,
): void {
  router.get('/version', (_req, res) => {
    res.json({
      ...KUBERNETES_VERSION,
      gitCommit: 'a89f8c1ac6d6d42ef3a3cb1dbd0a3d4ddc1a8ef2',
      gitTreeState: 'clean',
      buildDate: '2024-12-10T11:37:18Z',
      goVersion: 'go1.22.9',
      compiler: 'gc',
      platform: 'linux/amd64',
    });
  });

  router.get('/api', (_req, res) => {
    res.json({
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [
        { clientCIDR: '0.0.0.0/0', serverAddress: new URL(publicUrl).host },
      ],
    });
  });

  router.get('/apis', (_req, res) => {
    const groups = [
      ...new Set(RESOURCES.filter(r => r.group).map(r => r.group)),
    ];
    res.json({
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: groups.map(name => {
        const versions = [
          ...new Set(
            RESOURCES.filter(r => r.group === name).map(groupVersionOf),
          ),
        ].map(groupVersion => ({
          groupVersion,
          version: groupVersion.split('/')[1],
        }));
        return { name, versions, preferredVersion: versions[0] };
      }),
    });
  });

  const discovery = (groupVersion: string, res: Response) => {
    const resources = resourcesOf(groupVersion);
    if (!resources.length) {
      sendUnknownPath(res);
      return;
    }
    res.json({
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion,
      resources: resources.map(r => ({
        name: r.plural,
        singularName: r.singular,
        namespaced: r.namespaced,
        kind: r.kind,
        verbs: ['get', 'list'],
        ...(r.shortNames ? { shortNames: r.shortNames } : {}),
        ...(r.categories ? { categories: r.categories } : {}),
      })),
    });
  };
  router.get('/api/v1', (_req, res) => discovery('v1', res));
  router.get('/apis/:group/:version', (req, res) =>
    discovery(`${req.params.group}/${req.params.version}`, res),
  );
}
