/** Repositories the console creates in every project group. */
export const SYSTEM_REPOSITORIES = [
  'mirror',
  'infra-apps',
  'infra-observability',
] as const;

/** `README.md` of a repository the console creates. */
export function readme(repository: string, slug: string): string {
  return `# ${repository}\n\nRepository managed by the Cloud π Native console for project \`${slug}\`.\n`;
}

/** `.gitlab-ci.yml` of the `mirror` repository (runs the catalog's sync job on demand). */
export const MIRROR_GITLAB_CI = `variables:
  PROJECT_NAME:
    description: Internal repository to synchronise
  GIT_BRANCH_DEPLOY:
    description: Branch to synchronise
    value: main
  SYNC_ALL:
    description: Synchronise every branch
    value: "false"

include:
  - project: $CATALOG_PATH
    file: mirror.yml
    ref: main

repo_pull_sync:
  extends: .repo_pull_sync
  only:
    - api
    - triggers
    - web
    - schedules
`;

/** `mirror.sh` of the `mirror` repository: pulls the external repository and pushes it inside. */
export const MIRROR_SCRIPT = `#!/bin/bash
# Mirrors $GIT_INPUT_URL into $GIT_OUTPUT_URL (credentials come from Vault, <repo>-mirror).
set -euo pipefail

workdir=$(mktemp -d)
git clone --mirror "https://\${GIT_INPUT_USER:+$GIT_INPUT_USER:$GIT_INPUT_PASSWORD@}$GIT_INPUT_URL" "$workdir/repo.git"
cd "$workdir/repo.git"
if [ "\${SYNC_ALL:-false}" = "true" ]; then
  git push --mirror "https://$GIT_OUTPUT_USER:$GIT_OUTPUT_PASSWORD@$GIT_OUTPUT_URL"
else
  git push "https://$GIT_OUTPUT_USER:$GIT_OUTPUT_PASSWORD@$GIT_OUTPUT_URL" "refs/heads/$GIT_BRANCH_DEPLOY:refs/heads/$GIT_BRANCH_DEPLOY"
fi
`;
