/** The upstream systems the clients of this package talk to. @public */
export type CloudPiUpstream =
  | 'console'
  | 'sonarqube'
  | 'argocd'
  | 'vault'
  | 'gitlab'
  | 'kubernetes'
  | 'harbor';

const TITLES: Record<CloudPiUpstream, string> = {
  console: 'Cloud π console',
  sonarqube: 'SonarQube',
  argocd: 'Argo CD',
  vault: 'Vault',
  gitlab: 'GitLab',
  kubernetes: 'Kubernetes',
  harbor: 'Harbor',
};

/** Human-readable name of an upstream, for error messages and logs. */
export function upstreamTitle(upstream: CloudPiUpstream): string {
  return TITLES[upstream];
}
