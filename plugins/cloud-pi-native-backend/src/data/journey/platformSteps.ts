import { JourneyStep } from '@cpin/plugin-cloud-pi-native-common';
import { JourneyFacts } from './journeyFacts';
import { finding, step } from './stepState';

/** 1. Enrolment in the console: the project exists, and is not locked. */
export function enrolmentStep(facts: JourneyFacts): JourneyStep {
  const { project, actions } = facts;
  if (project.locked) {
    return step(
      'enrolment',
      [finding('blocked', 'projectLocked', { project: project.slug })],
      () => actions.console('unlockProject'),
    );
  }
  return step(
    'enrolment',
    [
      finding('done', 'projectEnrolled', {
        project: project.slug,
        owner: `${project.owner.firstName} ${project.owner.lastName}`.trim(),
        members: project.members.length + 1,
      }),
    ],
    () => null,
  );
}

/**
 * 2. Tool resources instantiated: the console's provisioning of GitLab,
 * Vault, Harbor, SonarQube… succeeded, with the current console version.
 */
export function toolResourcesStep(facts: JourneyFacts): JourneyStep {
  const { project, overview, actions } = facts;
  const version = project.lastSuccessProvisionningVersion;
  const consoleVersion = overview.provisioning.consoleVersion;
  const failure = overview.logs.items.find(log => log.result !== 'OK');
  const reprovision = () => actions.console('reprovision', 'logs');

  switch (project.status) {
    case 'initializing':
      return step(
        'toolResources',
        [finding('in-progress', 'provisioning')],
        () => actions.console('openConsole', 'logs'),
      );
    case 'failed':
    case 'warning':
      return step(
        'toolResources',
        [
          finding(
            project.status === 'failed' ? 'blocked' : 'in-progress',
            'provisioningFailed',
            { message: failure?.messageResume ?? '' },
          ),
        ],
        reprovision,
      );
    default:
      break;
  }
  if (version && consoleVersion && version !== consoleVersion) {
    return step(
      'toolResources',
      [
        finding('in-progress', 'provisioningOutdated', {
          version,
          consoleVersion,
        }),
      ],
      reprovision,
    );
  }
  return step(
    'toolResources',
    [
      finding('done', 'provisioned', {
        version: version ?? consoleVersion ?? '',
      }),
    ],
    () => null,
  );
}
