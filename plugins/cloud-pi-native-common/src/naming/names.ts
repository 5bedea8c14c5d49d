import { b36, h4, sha1Prefix4 } from './hash';

/** The Kubernetes namespace of an environment: `<b36(envId)>--<b36(projectId)>`. @public */
export function namespaceName(
  projectId: string,
  environmentId: string,
): string {
  return `${b36(environmentId)}--${b36(projectId)}`;
}

/** Prefix of every Argo CD object of an environment: `<slug>-<env>-<h4(env)>`. @public */
export function argoCdPrefix(slug: string, environmentName: string): string {
  return `${slug}-${environmentName}-${h4(environmentName)}`;
}

/** The Application deploying the namespace chart: `<prefix>-env`. @public */
export function argoCdEnvAppName(
  slug: string,
  environmentName: string,
): string {
  return `${argoCdPrefix(slug, environmentName)}-env`;
}

/** The AppProject holding the workload Applications: `<prefix>-app`. @public */
export function argoCdAppProjectName(
  slug: string,
  environmentName: string,
): string {
  return `${argoCdPrefix(slug, environmentName)}-app`;
}

/**
 * The ApplicationSet-generated root Application of an environment. It uses the
 * project *name*, not the slug, because it comes from the values file path.
 *
 * @public
 */
export function argoCdRootAppName(
  projectName: string,
  clusterLabel: string,
  environmentName: string,
): string {
  return `${projectName}-${clusterLabel}-${environmentName}-root`;
}

/** One workload Application per deployed repository: `<prefix>-<repo>-<sha1(repoURL)[0:4]>`. @public */
export function argoCdWorkloadAppName(
  slug: string,
  environmentName: string,
  repositoryName: string,
  repoUrl: string,
): string {
  return `${argoCdPrefix(
    slug,
    environmentName,
  )}-${repositoryName}-${sha1Prefix4(repoUrl)}`;
}

/** `hprod` for every stage but the one named exactly `prod`. @public */
export type StageKind = 'hprod' | 'prod';

/** Only the stage named exactly `prod` is production. @public */
export function stageKind(stageName: string): StageKind {
  return stageName === 'prod' ? 'prod' : 'hprod';
}

/** The observability Application: `<hprod|prod>-<slug>-observability`. @public */
export function argoCdObservabilityAppName(
  slug: string,
  kind: StageKind,
): string {
  return `${kind}-${slug}-observability`;
}

/** SonarQube project key of a repository: `<slug>-<repo>-<h4(repo)>`. @public */
export function sonarQubeProjectKey(
  slug: string,
  repositoryName: string,
): string {
  return `${slug}-${repositoryName}-${h4(repositoryName)}`;
}

/** SonarQube display name of a repository: `<slug>-<repo>`. @public */
export function sonarQubeProjectName(
  slug: string,
  repositoryName: string,
): string {
  return `${slug}-${repositoryName}`;
}

/** Observatorium tenant of a project for a stage kind: `<kind>-<b36(projectId)>`. @public */
export function observabilityTenant(
  projectId: string,
  kind: StageKind,
): string {
  return `${kind}-${b36(projectId)}`;
}

/** Path of a project's GitLab group under the projects root: `<root>/<slug>`. @public */
export function gitlabGroupPath(projectsRootDir: string, slug: string): string {
  return `${trimSlashes(projectsRootDir)}/${slug}`;
}

/** Path of a project's GitLab repository: `<root>/<slug>/<repo>`. @public */
export function gitlabProjectPath(
  projectsRootDir: string,
  slug: string,
  repositoryName: string,
): string {
  return `${gitlabGroupPath(projectsRootDir, slug)}/${repositoryName}`;
}

/** Path of a zone's GitOps repository: `<root>/infra/<zone>`. @public */
export function gitlabZoneInfraPath(
  projectsRootDir: string,
  zoneSlug: string,
): string {
  return `${trimSlashes(projectsRootDir)}/infra/${zoneSlug}`;
}

/** The values file the console commits per environment (uses the project name). @public */
export function gitopsValuesFilePath(
  projectName: string,
  clusterLabel: string,
  environmentName: string,
): string {
  return `${projectName}/${clusterLabel}/${environmentName}/values.yaml`;
}

/** Clone URL of an internal repository, as written into Argo CD sources. @public */
export function gitlabRepoUrl(
  gitlabUrl: string,
  projectsRootDir: string,
  slug: string,
  repositoryName: string,
): string {
  return `${trimTrailingSlash(gitlabUrl)}/${gitlabProjectPath(
    projectsRootDir,
    slug,
    repositoryName,
  )}.git`;
}

/** The KV v2 mount holding a project team's application secrets. @public */
export function vaultProjectMount(slug: string): string {
  return slug;
}

/** The platform KV path prefix of a project's technical secrets: `<root>/<slug>`. @public */
export function vaultPlatformPath(
  projectsRootDir: string,
  slug: string,
): string {
  return `${trimSlashes(projectsRootDir)}/${slug}`;
}

/** The KV v2 mount of a zone: `zone-<zone>`. @public */
export function vaultZoneMount(zoneSlug: string): string {
  return `zone-${zoneSlug}`;
}

/** Name of a project's Grafana instance (`Grafana` CR label `app`, URL path): `<kind>-<slug>`. @public */
export function grafanaInstanceName(slug: string, kind: StageKind): string {
  return `${kind}-${slug}`;
}

/** The project's Grafana instance: `<grafanaUrl>/<kind>-<slug>`. @public */
export function grafanaInstanceUrl(
  grafanaUrl: string,
  slug: string,
  kind: StageKind,
): string {
  return `${trimTrailingSlash(grafanaUrl)}/${grafanaInstanceName(slug, kind)}`;
}

/** The project page of the console UI. @public */
export function consoleProjectUrl(consoleUrl: string, slug: string): string {
  return `${trimTrailingSlash(consoleUrl)}/projects/${encodeURIComponent(
    slug,
  )}`;
}

/** Labels selecting a project's (or one environment's) Argo CD applications and pods. @public */
export function dsoLabelSelector(
  slug: string,
  environmentName?: string,
  repositoryName?: string,
): string {
  const parts = [`dso/project.slug=${slug}`];
  if (environmentName) parts.push(`dso/environment=${environmentName}`);
  if (repositoryName) parts.push(`dso/repository=${repositoryName}`);
  return parts.join(',');
}

/**
 * The slug the console would allocate for a name: the name itself when free,
 * otherwise the first free `<name>-<n>`.
 *
 * @public
 */
export function allocateSlug(
  name: string,
  takenSlugs: Iterable<string>,
): string {
  const taken = new Set(takenSlugs);
  if (!taken.has(name)) return name;
  for (let n = 1; ; n++) {
    const candidate = `${name}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
