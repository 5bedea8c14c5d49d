import { ArgoCdApplication } from '../argocd/schemas';

/** An unsigned JWT expiring at `expSeconds` (Argo CD session tokens are JWTs). */
export function fakeJwt(expSeconds: number, subject = 'admin'): string {
  const encode = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    sub: subject,
    exp: expSeconds,
  })}.signature`;
}

/** An Application as the dso-env chart renders it for `demo`/`dev`. */
export function argoApplication(name: string): ArgoCdApplication {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: 'argocd',
      labels: {
        'dso/project.slug': 'demo',
        'dso/environment': 'dev',
        'dso/type': 'app',
      },
    },
    spec: {
      project: 'demo-dev-5b1f-app',
      source: {
        repoURL: 'https://gitlab.example.fr/forge/projects/demo/backend.git',
        path: '.',
        targetRevision: 'HEAD',
      },
      destination: { name: 'ovh-hprod', namespace: 'abc--def' },
    },
    status: {
      sync: { status: 'Synced', revision: '4f2c1e9' },
      health: { status: 'Healthy' },
      reconciledAt: '2026-05-04T08:20:00Z',
    },
  };
}
