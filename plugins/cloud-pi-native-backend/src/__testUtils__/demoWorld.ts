import { Entity } from '@backstage/catalog-model';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';
import { Sandbox } from '@cpin/cloud-pi-sandbox';
import { JsonObject } from '@backstage/types';

/** Name of the sandbox instance in the test configuration. */
export const INSTANCE = 'sandbox';

/** Backstage users of the demo world, by the sandbox's demo people. */
export const USERS = {
  admin: { ref: 'user:default/camille.admin', email: 'admin@cloud-pi.fr' },
  alice: {
    ref: 'user:default/alice.martin',
    email: 'alice.martin@interieur.gouv.fr',
  },
  bob: {
    ref: 'user:default/bob.durand',
    email: 'bob.durand@interieur.gouv.fr',
  },
  claire: {
    ref: 'user:default/claire.petit',
    email: 'claire.petit@interieur.gouv.fr',
  },
  david: {
    ref: 'user:default/david.moreau',
    email: 'david.moreau@interieur.gouv.fr',
  },
  eve: {
    ref: 'user:default/eve.nobody',
    email: 'eve.nobody@interieur.gouv.fr',
  },
} as const;

/** Environments and repositories of the live demo projects (sandbox README). */
export const DEMO_PROJECTS: Record<
  string,
  { environments: string[]; repositories: string[] }
> = {
  portail: {
    environments: ['dev', 'staging', 'prod'],
    repositories: ['front', 'api', 'infra'],
  },
  sirh: {
    environments: ['dev', 'staging', 'prod'],
    repositories: ['sirh-app', 'sirh-infra'],
  },
  intranet: { environments: ['dev', 'prod'], repositories: ['site', 'docs'] },
  cadastre: {
    environments: ['dev', 'staging', 'prod'],
    repositories: ['cadastre-api', 'cadastre-infra'],
  },
  urbanisme: {
    environments: ['dev', 'prod'],
    repositories: ['web', 'instruction', 'config'],
  },
  guichet: {
    environments: ['dev', 'prod'],
    repositories: ['guichet-web', 'guichet-infra'],
  },
  nouveau: { environments: [], repositories: [] },
};

/** The configuration of the sandbox instance, as an adopter would write it. */
export function sandboxInstanceConfig(
  sandbox: Sandbox,
  overrides: JsonObject = {},
): JsonObject {
  const { urls, credentials } = sandbox;
  const { tools } = credentials;
  return {
    name: INSTANCE,
    title: 'Cloud π Native (sandbox)',
    consoleUrl: urls.console,
    token: credentials.adminToken,
    projectsRootDir: 'forge/projects',
    // Deterministic fault tests: one attempt per call.
    retries: { max: 0 },
    gitlab: { url: urls.gitlab, token: tools.gitlabToken },
    sonarqube: { url: urls.sonarqube, token: tools.sonarqubeToken },
    grafana: { url: urls.grafana },
    harbor: { url: urls.harbor, ...tools.harbor },
    argocd: Object.entries(urls.argocd).map(([zone, url]) => ({
      zone,
      url,
      username: tools.argocd.username,
      password: tools.argocd.password,
    })),
    kubernetes: Object.entries(urls.kubernetes).map(([cluster, url]) => ({
      cluster,
      url,
      token: tools.kubernetesToken,
      // The sandbox serves plain http on the loopback interface.
      skipTLSVerify: true,
    })),
    ...overrides,
  };
}

function entity(
  kind: string,
  name: string,
  annotations: Record<string, string>,
  spec: JsonObject = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', annotations },
    spec,
  };
}

/**
 * Catalog entities as the Cloud π catalog provider writes them for the
 * live demo projects (a System per project, a Component per repository, a
 * Resource per environment), plus the users. `projectIds` maps slugs to ids.
 */
export function demoEntities(projectIds: Record<string, string>): Entity[] {
  const projectEntities = Object.entries(DEMO_PROJECTS).flatMap(
    ([slug, { environments, repositories }]) => {
      const base = {
        [A.instance]: INSTANCE,
        [A.projectSlug]: slug,
        [A.projectId]: projectIds[slug],
      };
      return [
        entity('System', slug, base, { owner: `group:default/cpin-${slug}` }),
        ...repositories.map(repo =>
          entity('Component', `${slug}-${repo}`, {
            ...base,
            [A.repositoryName]: repo,
          }),
        ),
        ...environments.map(env =>
          entity('Resource', `${slug}-${env}`, {
            ...base,
            [A.environmentName]: env,
          }),
        ),
      ];
    },
  );
  const users = Object.values(USERS).map(user =>
    entity(
      'User',
      user.ref.split('/')[1],
      {},
      {
        profile: { email: user.email },
        memberOf: [],
      },
    ),
  );
  return [
    ...projectEntities,
    entity('System', 'ancienportail', {
      [A.instance]: INSTANCE,
      [A.projectSlug]: 'ancienportail',
    }),
    ...users,
  ];
}

/** Ids of the demo projects, read from the sandbox console with the admin token. */
export async function readProjectIds(
  sandbox: Sandbox,
): Promise<Record<string, string>> {
  const response = await fetch(
    `${sandbox.urls.console}/api/v1/projects?filter=all`,
    { headers: { 'x-dso-token': sandbox.credentials.adminToken } },
  );
  const projects = (await response.json()) as Array<{
    id: string;
    slug: string;
  }>;
  return Object.fromEntries(projects.map(p => [p.slug, p.id]));
}
