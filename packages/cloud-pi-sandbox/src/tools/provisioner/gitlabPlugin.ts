import { gitlabGroupPath } from '@cpin/plugin-cloud-pi-native-common';
import { randomBytes } from 'node:crypto';
import type { ProjectSnapshot } from '../../types';
import type { CiVariable, GitlabGroup } from '../gitlab/gitlabStore';
import {
  PLUGIN_MANAGED_TOPIC,
  ensureGroupPath,
  ensureRepository,
} from './gitlabOps';
import {
  gitlabBaseUrl,
  platformKv,
  platformSecretPath,
  publicBaseUrl,
  rootDir,
  type ProvisioningContext,
} from './provisioningContext';
import {
  MIRROR_GITLAB_CI,
  MIRROR_SCRIPT,
  SYSTEM_REPOSITORIES,
  readme,
} from './systemRepositories';
import { readSecret, writeSecret } from './vaultOps';

const TRIGGER_DESCRIPTION = 'mirroring-from-external-repo';

/**
 * `gitlab` on project.upsert: the project group, one repository per console
 * repository plus `mirror` and `infra-apps`, the mirror trigger token and
 * bot token, and the Vault secrets the mirroring reads. Orphan
 * `plugin-managed` repositories are removed (the sandbox runs with `purge`).
 */
export function upsertGitlab(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const store = ctx.stores.gitlab;
  const slug = snapshot.project.slug;
  const kv = platformKv(ctx);

  const root = ensureGroupPath(store, rootDir(ctx), {
    cpn_projects_root_dir: 'true',
    cpn_managed_by_console: 'true',
  });
  if (root.created) setRootVariables(ctx, root.group);
  const { group } = ensureGroupPath(
    store,
    gitlabGroupPath(ctx.settings.projectsRootDir, slug),
    {
      cpn_project_slug: slug,
      cpn_managed_by_console: 'true',
    },
  );

  for (const repository of snapshot.repositories) {
    ensureRepository(store, group, repository.internalRepoName, {
      ciConfigPath: repository.externalRepoUrl ? '.gitlab-ci-dso.yml' : null,
      initialFiles: { 'README.md': readme(repository.internalRepoName, slug) },
      attributes: { cpn_project_slug: slug },
    });
  }
  ensureRepository(store, group, 'infra-apps', {
    initialFiles: { 'README.md': readme('infra-apps', slug) },
    attributes: { cpn_project_slug: slug },
  });
  const { project: mirror } = ensureRepository(store, group, 'mirror', {
    initialFiles: {
      'README.md': readme('mirror', slug),
      '.gitlab-ci.yml': MIRROR_GITLAB_CI,
      'mirror.sh': MIRROR_SCRIPT,
    },
    attributes: { cpn_project_slug: slug },
  });

  const wanted = new Set<string>([
    ...snapshot.repositories.map(r => r.internalRepoName),
    ...SYSTEM_REPOSITORIES,
  ]);
  const purged = store
    .projectsOf(group.id)
    .filter(
      p => p.topics.includes(PLUGIN_MANAGED_TOPIC) && !wanted.has(p.path),
    );
  purged.forEach(p => store.deleteProject(p.id));

  const trigger =
    mirror.triggerTokens.find(t => t.description === TRIGGER_DESCRIPTION) ??
    store.createTriggerToken(mirror, TRIGGER_DESCRIPTION);
  writeSecret(kv, platformSecretPath(ctx, snapshot, 'GITLAB'), {
    PROJECT_SLUG: slug,
    GIT_MIRROR_PROJECT_ID: String(mirror.id),
    GIT_MIRROR_TOKEN: trigger.token,
  });
  const botPath = platformSecretPath(ctx, snapshot, 'tech/GITLAB_MIRROR');
  const bot = readSecret(kv, botPath) ?? {
    MIRROR_USER: `${slug}-bot`,
    MIRROR_TOKEN: `glpat-${randomBytes(15).toString('base64url')}`,
  };
  writeSecret(kv, botPath, bot);

  const mirrored = new Set(
    snapshot.repositories
      .filter(r => r.externalRepoUrl)
      .map(r => `${r.internalRepoName}-mirror`),
  );
  for (const key of kv.list(platformSecretPath(ctx, snapshot, '')) ?? []) {
    if (key.endsWith('-mirror') && !mirrored.has(key)) {
      kv.deleteMetadata(platformSecretPath(ctx, snapshot, key));
    }
  }
  for (const repository of snapshot.repositories.filter(
    r => r.externalRepoUrl,
  )) {
    const path = platformSecretPath(
      ctx,
      snapshot,
      `${repository.internalRepoName}-mirror`,
    );
    const previous = readSecret(kv, path);
    writeSecret(kv, path, {
      GIT_INPUT_URL: repository.externalRepoUrl.replace(/^https?:\/\//, ''),
      ...(repository.isPrivate
        ? { GIT_INPUT_USER: repository.externalUserName ?? '' }
        : {}),
      GIT_INPUT_PASSWORD: repository.isPrivate
        ? previous?.GIT_INPUT_PASSWORD ?? ''
        : '',
      GIT_OUTPUT_URL: `${gitlabBaseUrl(ctx)}/${group.fullPath}/${
        repository.internalRepoName
      }.git`.replace(/^https?:\/\//, ''),
      GIT_OUTPUT_USER: bot.MIRROR_USER,
      GIT_OUTPUT_PASSWORD: bot.MIRROR_TOKEN,
    });
  }
  return `Group ${group.fullPath}: ${wanted.size} repositories${
    purged.length ? `, ${purged.length} purged` : ''
  }`;
}

/** `gitlab` on project.delete: removes the project group and all its repositories. */
export function deleteGitlab(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const store = ctx.stores.gitlab;
  const group = store.findGroup(
    gitlabGroupPath(ctx.settings.projectsRootDir, snapshot.project.slug),
  );
  if (!group) return 'Nothing to delete';
  store.deleteGroup(group.id);
  return `Deleted group ${group.fullPath}`;
}

/** The root group variables the platform installer (socle) sets for every project. */
function setRootVariables(ctx: ProvisioningContext, root: GitlabGroup): void {
  const base = publicBaseUrl(ctx);
  const values: Record<string, string> = {
    ROOT_DOMAIN: new URL(base).hostname,
    VAULT_KV: ctx.settings.vaultKvName,
    CATALOG_PATH: `${rootDir(ctx)}/catalog`,
    PROJECTS_ROOT_DIR: rootDir(ctx),
    SONAR_HOST_URL: `${base}/sonarqube`,
    VAULT_SERVER_URL: `${base}/vault`,
    VAULT_AUTH_PATH: 'jwt',
    VAULT_AUTH_ROLE: 'default-ci',
  };
  for (const [key, value] of Object.entries(values)) {
    root.variables.set(key, ciVariable(key, value));
  }
}

/** A plain, unprotected CI/CD variable. */
export function ciVariable(
  key: string,
  value: string,
  overrides: Partial<CiVariable> = {},
): CiVariable {
  return {
    key,
    value,
    variableType: 'env_var',
    protected: false,
    masked: false,
    hidden: false,
    raw: false,
    environmentScope: '*',
    description: null,
    ...overrides,
  };
}
