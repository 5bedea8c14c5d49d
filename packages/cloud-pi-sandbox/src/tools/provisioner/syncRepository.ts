import { gitlabGroupPath } from '@cpin/plugin-cloud-pi-native-common';
import type { ProjectSnapshot } from '../../types';
import type { ProvisioningContext } from './provisioningContext';

/**
 * `gitlab` on repository.sync: a pipeline on the `mirror` repository with
 * `SYNC_ALL`, `GIT_BRANCH_DEPLOY` and `PROJECT_NAME`. Its job pushes the
 * external repository inside, which runs the repository's own CI: the fake
 * records that push pipeline too (the content itself cannot be fetched here).
 */
export function syncGitlabRepository(
  ctx: ProvisioningContext,
  snapshot: ProjectSnapshot,
  repositoryName: string,
  options: { syncAllBranches: boolean; branchName?: string },
): string {
  if (repositoryName === 'mirror' || repositoryName === 'infra-apps') {
    throw new Error(`Le dépôt ${repositoryName} ne peut pas être synchronisé`);
  }
  const repository = snapshot.repositories.find(
    r => r.internalRepoName === repositoryName,
  );
  if (!repository) throw new Error(`Dépôt ${repositoryName} introuvable`);
  const store = ctx.stores.gitlab;
  const groupPath = gitlabGroupPath(
    ctx.settings.projectsRootDir,
    snapshot.project.slug,
  );
  const mirror = store.findProject(`${groupPath}/mirror`);
  const target = store.findProject(`${groupPath}/${repositoryName}`);
  if (!mirror || !target)
    throw new Error(
      `Projet GitLab ${groupPath}/${
        mirror ? repositoryName : 'mirror'
      } introuvable`,
    );
  const mirrorHead = mirror.repository.branchHead('main');
  if (!mirrorHead) throw new Error(`Le dépôt ${groupPath}/mirror est vide`);

  const branch = options.syncAllBranches ? '' : options.branchName ?? '';
  const pipeline = store.createPipeline(mirror, {
    ref: 'main',
    sha: mirrorHead.id,
    source: 'api',
    variables: [
      {
        key: 'SYNC_ALL',
        value: String(options.syncAllBranches),
        variableType: 'env_var',
      },
      { key: 'GIT_BRANCH_DEPLOY', value: branch, variableType: 'env_var' },
      { key: 'PROJECT_NAME', value: repositoryName, variableType: 'env_var' },
    ],
  });

  const pushedBranch = branch || target.repository.defaultBranch;
  const pushedHead = target.repository.branchHead(pushedBranch);
  if (repository.externalRepoUrl && pushedHead) {
    store.createPipeline(target, {
      ref: pushedBranch,
      sha: pushedHead.id,
      source: 'push',
    });
  }
  return `Pipeline ${pipeline.id} created on ${groupPath}/mirror`;
}
