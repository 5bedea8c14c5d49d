import { JourneyStep } from '@cpin/plugin-cloud-pi-native-common';
import { ScopedApplication } from '../argoApplications';
import { ScopedEnvironmentDeployments } from '../deploymentsView';
import { JourneyFacts } from './journeyFacts';
import { Finding, finding, step } from './stepState';

/** The Argo CD chart kinds (`dso/type`) of the platform's applications. */
const INFRASTRUCTURE = 'infrastructure';
const WORKLOAD = 'app';

function argoUnavailable(environment: ScopedEnvironmentDeployments): Finding {
  return environment.error?.name === 'NotConfiguredError'
    ? finding('unknown', 'notConfigured', { tool: 'Argo CD' })
    : finding('unknown', 'sourceUnavailable', {
        tool: 'Argo CD',
        environment: environment.name,
      });
}

/**
 * 5. Namespaces, secrets and GitOps provisioning: in each environment, the
 * application of the namespace chart (`<prefix>-env`) is synced and healthy.
 */
export function namespacesStep(facts: JourneyFacts): JourneyStep {
  const { deployments, actions } = facts;
  if (deployments.environments.length === 0) {
    return step('namespaces', [finding('not-started', 'noEnvironment')], () =>
      actions.template('addEnvironment', 'addEnvironment'),
    );
  }
  let failedUrl: string | null = null;
  const findings = deployments.environments.map(environment => {
    if (environment.error) return argoUnavailable(environment);
    const params = { environment: environment.name };
    const app = environment.applications.find(a => a.kind === INFRASTRUCTURE);
    if (!app) return finding('in-progress', 'namespacePending', params);
    if (app.healthStatus === 'Degraded' || app.healthStatus === 'Missing') {
      failedUrl ??= app.url;
      return finding(
        'blocked',
        'namespaceFailed',
        { ...params, message: app.message ?? app.healthStatus },
        app.url,
      );
    }
    return app.healthStatus === 'Healthy' && app.syncStatus === 'Synced'
      ? finding('done', 'namespaceReady', params, app.url)
      : finding('in-progress', 'namespacePending', params, app.url);
  });
  return step('namespaces', findings, state =>
    state === 'blocked'
      ? actions.link('openArgoCd', failedUrl)
      : actions.documentation('addEnvironment', 'environments-management'),
  );
}

/**
 * 8. Container images: every application repository has an image in the
 * project's Harbor project; blocked when an image with a critical
 * vulnerability runs in production, or an unsigned image runs anywhere.
 */
export function imagesStep(facts: JourneyFacts): JourneyStep {
  const { images, actions, project } = facts;
  if (images.error) {
    return step(
      'images',
      [
        images.error.name === 'NotConfiguredError'
          ? finding('unknown', 'notConfigured', { tool: 'Harbor' })
          : finding('unknown', 'sourceUnavailable', { tool: 'Harbor' }),
      ],
      () => null,
    );
  }
  const findings: Finding[] = [];
  let critical: string | null = null;
  let unsigned = false;
  for (const environment of images.environments) {
    for (const image of environment.images) {
      const params = { image: image.reference, environment: environment.name };
      const { artifact } = image;
      if (!artifact) {
        findings.push(finding('in-progress', 'imageOutsideRegistry', params));
        continue;
      }
      const counts = artifact.scan.vulnerabilities;
      if (environment.stageKind === 'prod' && counts && counts.critical > 0) {
        critical ??= artifact.url;
        findings.push(
          finding(
            'blocked',
            'criticalInProduction',
            { ...params, critical: counts.critical, fixable: counts.fixable },
            artifact.url,
          ),
        );
      }
      if (!artifact.signed) {
        unsigned = true;
        findings.push(
          finding('blocked', 'unsignedDeployed', params, artifact.url),
        );
      }
      if (artifact.scan.status !== 'success') {
        findings.push(
          finding('in-progress', 'scanPending', params, artifact.url),
        );
      }
    }
  }
  const expected = new Set(
    facts.repositories
      .filter(r => !r.isInfra)
      .map(r => `${project.slug}/${r.internalRepoName}`),
  );
  for (const repository of images.repositories) {
    const latest = repository.latest;
    if (!latest) continue;
    expected.delete(repository.name);
    findings.push(
      finding(
        'done',
        'imageReady',
        {
          image: `${repository.name}:${
            latest.tags[0] ?? latest.digest.slice(0, 19)
          }`,
          critical: latest.scan.vulnerabilities?.critical ?? 0,
          high: latest.scan.vulnerabilities?.high ?? 0,
        },
        latest.url,
      ),
    );
  }
  for (const missing of expected) {
    findings.push(
      finding('not-started', 'imageMissing', { repository: missing }),
    );
  }
  if (findings.length === 0) findings.push(finding('not-started', 'noImage'));
  return step('images', findings, state => {
    if (state !== 'blocked') {
      return actions.documentation('buildImages', 'repositories-management');
    }
    return critical && !unsigned
      ? actions.link('openRegistry', critical)
      : actions.documentation('signImages', 'images-sign');
  });
}

function workloads(
  environment: ScopedEnvironmentDeployments,
): ScopedApplication[] {
  return environment.applications.filter(a => a.kind === WORKLOAD);
}

/**
 * 9. The application pulled onto the cluster by GitOps: every workload
 * application is synced and healthy; blocked when one is Degraded or
 * Missing, or OutOfSync while autosync is off (someone must sync it).
 */
export function deploymentStep(facts: JourneyFacts): JourneyStep {
  const { deployments, actions } = facts;
  if (deployments.environments.length === 0) {
    return step('deployment', [finding('not-started', 'noEnvironment')], () =>
      actions.template('addEnvironment', 'addEnvironment'),
    );
  }
  let blockedUrl: string | null = null;
  let manualSync = false;
  const findings = deployments.environments.flatMap(environment => {
    if (environment.error) return [argoUnavailable(environment)];
    return workloads(environment).map(app => {
      const params = { application: app.name, environment: environment.name };
      if (app.healthStatus === 'Degraded' || app.healthStatus === 'Missing') {
        blockedUrl ??= app.url;
        return finding(
          'blocked',
          app.healthStatus === 'Degraded'
            ? 'applicationDegraded'
            : 'applicationMissing',
          { ...params, message: app.message ?? '' },
          app.url,
        );
      }
      if (app.syncStatus === 'OutOfSync' && app.autoSync === false) {
        blockedUrl ??= app.url;
        manualSync = true;
        return finding('blocked', 'outOfSyncManual', params, app.url);
      }
      return app.syncStatus === 'Synced' && app.healthStatus === 'Healthy'
        ? finding('done', 'applicationHealthy', params, app.url)
        : finding('in-progress', 'applicationSyncing', params, app.url);
    });
  });
  if (findings.length === 0)
    findings.push(finding('not-started', 'noApplication'));
  return step('deployment', findings, state => {
    if (state === 'blocked') {
      return actions.link(
        manualSync ? 'syncApplication' : 'openArgoCd',
        blockedUrl,
      );
    }
    return actions.documentation('deployWithArgoCd', 'deployment-with-argo');
  });
}

/**
 * 10. Exploitation and observability: a healthy workload runs, with the
 * project's Grafana instance to watch it; done once production runs.
 */
export function observabilityStep(facts: JourneyFacts): JourneyStep {
  const { deployments, actions } = facts;
  const running = deployments.environments.filter(environment =>
    workloads(environment).some(app => app.healthStatus === 'Healthy'),
  );
  if (running.length === 0) {
    return step('observability', [finding('not-started', 'notDeployed')], () =>
      actions.documentation('deployWithArgoCd', 'deployment-with-argo'),
    );
  }
  const kinds = [...new Set(running.map(e => e.stageKind))];
  if (!facts.grafana('hprod')) {
    return step(
      'observability',
      [finding('unknown', 'notConfigured', { tool: 'Grafana' })],
      () => actions.documentation('openGrafana', 'external-services'),
    );
  }
  const findings = kinds.map(kind =>
    finding('done', 'dashboardsAvailable', { kind }, facts.grafana(kind)),
  );
  if (!kinds.includes('prod')) {
    findings.push(finding('in-progress', 'productionNotDeployed'));
  }
  return step('observability', findings, () =>
    actions.link(
      'openGrafana',
      facts.grafana(kinds.includes('prod') ? 'prod' : 'hprod'),
    ),
  );
}
