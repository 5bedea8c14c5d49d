import {
  gitlabProjectPath,
  h4,
  sonarQubeProjectKey,
  sonarQubeProjectName,
} from '@cpin/plugin-cloud-pi-native-common';
import { randomBytes } from 'node:crypto';
import type { ProjectSnapshot } from '../../types';
import { ciVariable } from './gitlabPlugin';
import {
  platformKv,
  platformSecretPath,
  type ProvisioningContext,
} from './provisioningContext';
import { readSecret, writeSecret } from './vaultOps';

/**
 * `sonarqube` on project.upsert: the technical user `<slug>` and its token
 * (Vault `SONAR`), one private project per repository, the CI variables of
 * each GitLab repository, and removal of orphan keys this slug owns.
 */
export function upsertSonarqube(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const { sonarqube, gitlab } = ctx.stores;
  const slug = snapshot.project.slug;
  const kv = platformKv(ctx);
  sonarqube.ensureUser(slug, slug, `${slug}@cloud-pi-native.fr`);
  const secretPath = platformSecretPath(ctx, snapshot, 'SONAR');
  const previous = readSecret(kv, secretPath);
  const token =
    previous?.SONAR_TOKEN && sonarqube.identify(previous.SONAR_TOKEN)
      ? previous.SONAR_TOKEN
      : sonarqube.generateToken(slug);
  writeSecret(kv, secretPath, {
    SONAR_USERNAME: slug,
    SONAR_PASSWORD:
      previous?.SONAR_PASSWORD ?? randomBytes(18).toString('base64url'),
    SONAR_TOKEN: token,
  });

  const wanted = new Set<string>();
  for (const repository of snapshot.repositories) {
    const name = repository.internalRepoName;
    const key = sonarQubeProjectKey(slug, name);
    wanted.add(key);
    sonarqube.ensureProject({
      key,
      name: sonarQubeProjectName(slug, name),
      visibility: 'private',
      ownerLogin: slug,
    });
    const project = gitlab.findProject(
      gitlabProjectPath(ctx.settings.projectsRootDir, slug, name),
    );
    if (!project)
      throw new Error(
        `Dépôt GitLab ${name} introuvable pour les variables SonarQube`,
      );
    const variables = [
      ciVariable('PROJECT_KEY', key),
      ciVariable('PROJECT_NAME', sonarQubeProjectName(slug, name)),
      ciVariable(
        'SONAR_PROJECT_PROPERTIES',
        `sonar.projectKey=${key}\nsonar.qualitygate.wait=true`,
        {
          variableType: 'file',
        },
      ),
      ciVariable('SONAR_TOKEN', token, { masked: true }),
    ];
    for (const variable of variables) {
      const current = project.variables.get(variable.key);
      if (!current || JSON.stringify(current) !== JSON.stringify(variable)) {
        project.variables.set(variable.key, variable);
      }
    }
  }
  const orphans = ownedKeys(ctx, slug).filter(key => !wanted.has(key));
  orphans.forEach(key => sonarqube.projects.delete(key));
  return `${wanted.size} project(s)${
    orphans.length ? `, ${orphans.length} orphan(s) removed` : ''
  }`;
}

/** `sonarqube` on project.delete: the slug's projects, its user and its Vault secret. */
export function deleteSonarqube(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
): string {
  const slug = snapshot.project.slug;
  const keys = ownedKeys(ctx, slug);
  keys.forEach(key => ctx.stores.sonarqube.projects.delete(key));
  ctx.stores.sonarqube.deactivateUser(slug);
  platformKv(ctx).deleteMetadata(platformSecretPath(ctx, snapshot, 'SONAR'));
  return `Deleted ${keys.length} project(s)`;
}

/** Keys `<slug>-<repo>-<h4(repo)>` whose hash checks out, so foreign keys are never claimed. */
function ownedKeys(ctx: ProvisioningContext, slug: string): string[] {
  return [...ctx.stores.sonarqube.projects.keys()].filter(key => {
    if (!key.startsWith(`${slug}-`)) return false;
    const match = /^(.+)-([0-9a-f]{4})$/.exec(key.slice(slug.length + 1));
    return Boolean(match && h4(match[1]) === match[2]);
  });
}
