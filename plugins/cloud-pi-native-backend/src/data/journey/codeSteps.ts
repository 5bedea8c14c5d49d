import {
  JourneyStep,
  QualityGateCondition,
  Repository,
  RepositoryBuilds,
} from '@cpin/plugin-cloud-pi-native-common';
import { JourneyFacts } from './journeyFacts';
import { Finding, finding, step } from './stepState';

/** Application repositories: built, analysed and packaged (not infra ones). */
function applicationRepositories(facts: JourneyFacts): Repository[] {
  return facts.repositories.filter(r => !r.isInfra);
}

function buildsOf(facts: JourneyFacts, repository: Repository) {
  return facts.builds.repositories.find(
    r => r.repositoryName === repository.internalRepoName,
  );
}

/** A row GitLab could not give: its tool is unknown or not configured. */
function unavailable(row: RepositoryBuilds | undefined, tool: string): Finding {
  return row?.error?.name === 'NotConfiguredError'
    ? finding('unknown', 'notConfigured', { tool })
    : finding('unknown', 'sourceUnavailable', { tool });
}

/**
 * 3. Code and deployment repositories mirrored: at least one repository,
 * a deployment (infra) one among them, every mirror synchronised.
 */
export function repositoriesStep(facts: JourneyFacts): JourneyStep {
  const { repositories, actions } = facts;
  if (repositories.length === 0) {
    return step('repositories', [finding('not-started', 'noRepository')], () =>
      actions.template('addRepository', 'addRepository'),
    );
  }
  let failedSync: string | null = null;
  const findings = repositories.map(repository => {
    const name = repository.internalRepoName;
    if (!repository.externalRepoUrl) {
      return finding('done', 'repositoryStandalone', { repository: name });
    }
    const row = buildsOf(facts, repository);
    const mirror = row?.mirror;
    switch (mirror?.state) {
      case 'synced':
        return finding('done', 'mirrorSynced', {
          repository: name,
          at: mirror.lastSyncAt ?? '',
        });
      case 'syncing':
        return finding(
          'in-progress',
          'mirrorSyncing',
          { repository: name },
          mirror.url,
        );
      case 'failed':
        failedSync ??= mirror.url;
        return finding(
          'blocked',
          'mirrorFailed',
          { repository: name, at: mirror.lastSyncAt ?? '' },
          mirror.url,
        );
      case 'never':
        return finding('in-progress', 'mirrorNeverSynced', {
          repository: name,
        });
      default:
        return unavailable(row, 'GitLab');
    }
  });
  const hasInfra = repositories.some(r => r.isInfra);
  if (!hasInfra) findings.push(finding('in-progress', 'noInfraRepository'));
  return step('repositories', findings, state => {
    if (state === 'blocked') return actions.link('openPipeline', failedSync);
    if (!hasInfra) return actions.template('addRepository', 'addRepository');
    return actions.console('syncRepository', 'resources');
  });
}

/** 4. The DevSecOps pipeline set up: each application repository has run CI. */
export function pipelineStep(facts: JourneyFacts): JourneyStep {
  const { actions } = facts;
  const applications = applicationRepositories(facts);
  if (applications.length === 0) {
    return step(
      'pipeline',
      [
        finding(
          'not-started',
          facts.repositories.length
            ? 'noApplicationRepository'
            : 'noRepository',
        ),
      ],
      () => actions.template('addRepository', 'addRepository'),
    );
  }
  const findings = applications.map(repository => {
    const row = buildsOf(facts, repository);
    if (!row || row.error) return unavailable(row, 'GitLab');
    const repositoryName = repository.internalRepoName;
    return row.latest || row.branches.length
      ? finding('done', 'pipelineConfigured', { repository: repositoryName })
      : finding('not-started', 'noPipeline', { repository: repositoryName });
  });
  return step('pipeline', findings, () =>
    actions.documentation('setUpPipeline', 'repositories-management'),
  );
}

const RUNNING = new Set([
  'created',
  'waiting_for_resource',
  'preparing',
  'pending',
  'running',
  'scheduled',
]);

/** 6. Artefacts built: the latest pipeline of each default branch succeeded. */
export function artefactsStep(facts: JourneyFacts): JourneyStep {
  const { actions } = facts;
  const applications = applicationRepositories(facts);
  if (applications.length === 0) {
    return step(
      'artefacts',
      [finding('not-started', 'noApplicationRepository')],
      () => actions.template('addRepository', 'addRepository'),
    );
  }
  let failedPipeline: string | null = null;
  const findings = applications.map(repository => {
    const row = buildsOf(facts, repository);
    if (!row || row.error) return unavailable(row, 'GitLab');
    const name = repository.internalRepoName;
    const latest = row.latest;
    if (!latest)
      return finding('not-started', 'noPipeline', { repository: name });
    const params = {
      repository: name,
      ref: latest.ref,
      at: latest.finishedAt ?? latest.createdAt,
    };
    if (latest.status === 'success') {
      return finding('done', 'buildSucceeded', params, latest.url);
    }
    if (latest.status === 'failed') {
      failedPipeline ??= latest.url;
      return finding(
        'blocked',
        'buildFailed',
        { ...params, jobs: latest.failedJobs.join(', ') },
        latest.url,
      );
    }
    return RUNNING.has(latest.status)
      ? finding('in-progress', 'buildRunning', params, latest.url)
      : finding(
          'in-progress',
          'buildIncomplete',
          { ...params, status: latest.status },
          latest.url,
        );
  });
  return step('artefacts', findings, state =>
    state === 'blocked'
      ? actions.link('openPipeline', failedPipeline)
      : actions.documentation('setUpPipeline', 'repositories-management'),
  );
}

/** `new_coverage < 80 (61.2)`: a failed condition as the gate shows it. */
export function describeCondition(condition: QualityGateCondition): string {
  const operator = { GT: '>', LT: '<', EQ: '=', NE: '≠' }[condition.comparator];
  return `${condition.metric} ${operator} ${condition.threshold}${
    condition.actual !== null ? ` (${condition.actual})` : ''
  }`;
}

/** 7. Quality and security analysis: the SonarQube gate of each application repository. */
export function qualityAnalysisStep(facts: JourneyFacts): JourneyStep {
  const { actions } = facts;
  const applications = applicationRepositories(facts);
  if (applications.length === 0) {
    return step(
      'qualityAnalysis',
      [finding('not-started', 'noApplicationRepository')],
      () => actions.template('addRepository', 'addRepository'),
    );
  }
  let failing: string | null = null;
  const findings = applications.map(repository => {
    const name = repository.internalRepoName;
    const row = facts.quality.repositories.find(r => r.repositoryName === name);
    if (!row || row.error) {
      return row?.error?.name === 'NotConfiguredError'
        ? finding('unknown', 'notConfigured', { tool: 'SonarQube' })
        : finding('unknown', 'sourceUnavailable', { tool: 'SonarQube' });
    }
    const status = row.analysis?.status ?? 'NONE';
    if (status === 'NONE') {
      return finding(
        'not-started',
        'notAnalysed',
        { repository: name },
        row.url,
      );
    }
    if (status === 'ERROR') {
      failing ??= row.url;
      const conditions = row.analysis?.failedConditions ?? [];
      const failed = finding(
        'blocked',
        'qualityGateFailed',
        {
          repository: name,
          conditions: conditions.map(describeCondition).join(', '),
        },
        row.url,
      );
      failed.evidence.conditions = conditions;
      return failed;
    }
    return finding('done', 'qualityGatePassed', { repository: name }, row.url);
  });
  return step('qualityAnalysis', findings, state =>
    state === 'blocked'
      ? actions.link('openQualityGate', failing)
      : actions.documentation('setUpPipeline', 'repositories-management'),
  );
}
