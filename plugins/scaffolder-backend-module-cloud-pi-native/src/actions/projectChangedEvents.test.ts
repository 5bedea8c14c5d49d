import { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { JsonObject } from '@backstage/types';
import {
  CLOUD_PI_PROJECT_CHANGED_TOPIC,
  CloudPiProjectChangedEvent,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiWorld,
  INSTANCE,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { runAction } from '../__testUtils__/testContext';
import { CloudPiProvisioningError } from '../lib/provisioning';
import { CloudPiActionOptions } from './types';
import { createDeploymentCreateAction } from './deploymentCreate';
import { createEnvironmentCreateAction } from './environmentCreate';
import { createMemberAddAction } from './memberAdd';
import { createProjectCreateAction } from './projectCreate';
import { createProjectReprovisionAction } from './projectReprovision';
import { createRepositoryCreateAction } from './repositoryCreate';

jest.setTimeout(60_000);

/** Every action that changes a project, with an input it succeeds on as alice. */
const CASES: Array<{
  create: (options: CloudPiActionOptions) => TemplateAction<any, any, any>;
  input: JsonObject;
  /** What the event says changed. */
  change: Partial<CloudPiProjectChangedEvent>;
}> = [
  {
    create: createProjectCreateAction,
    input: { name: 'evenement' },
    change: { parts: ['project'], created: true },
  },
  {
    create: createProjectReprovisionAction,
    input: { project: 'portail' },
    change: { parts: ['project'] },
  },
  {
    create: createEnvironmentCreateAction,
    input: {
      project: 'portail',
      name: 'recette',
      stage: 'staging',
      cluster: 'ovh-hprod',
      cpu: 1,
      memory: 2,
    },
    change: { parts: ['environments'] },
  },
  {
    create: createRepositoryCreateAction,
    input: { project: 'portail', name: 'evenements' },
    change: { parts: ['repositories'] },
  },
  {
    create: createDeploymentCreateAction,
    input: {
      project: 'urbanisme',
      name: 'evenement',
      environment: 'prod',
      sources: [{ repository: 'instruction', path: 'chart' }],
    },
    change: { parts: ['deployments'] },
  },
  {
    create: createMemberAddAction,
    input: { project: 'portail', email: USERS.eve },
    change: { parts: ['project'] },
  },
];

describe('cloud-pi-native.project.changed from the actions', () => {
  let world: CloudPiWorld;
  const events = { publish: jest.fn(), subscribe: jest.fn() };
  const build = (create: (typeof CASES)[number]['create']) =>
    create({
      cloudPi: world.cloudPi,
      provisioning: { pollIntervalMs: 10, timeoutMs: 5_000 },
      events,
    });

  beforeAll(async () => {
    world = await startCloudPiWorld();
  }, 120_000);
  afterAll(() => world?.stop());
  beforeEach(() => {
    world.sandbox.faults.clear();
    events.publish.mockReset().mockResolvedValue(undefined);
  });

  it.each(CASES.map(c => [c.create.name, c] as const))(
    '%s publishes nothing in a dry run',
    async (_name, { create, input }) => {
      await runAction(build(create), {
        input,
        secrets: await world.tokenSecrets(USERS.alice),
        isDryRun: true,
      });
      expect(events.publish).not.toHaveBeenCalled();
    },
  );

  it.each(CASES.map(c => [c.create.name, c] as const))(
    '%s publishes the project and what changed once it succeeded',
    async (_name, { create, input, change }) => {
      const { outputs } = await runAction(build(create), {
        input,
        secrets: await world.tokenSecrets(USERS.alice),
      });
      expect(events.publish).toHaveBeenCalledTimes(1);
      expect(events.publish).toHaveBeenCalledWith({
        topic: CLOUD_PI_PROJECT_CHANGED_TOPIC,
        eventPayload: {
          projectId: outputs.projectId,
          instance: INSTANCE,
          ...change,
        },
      });
    },
  );

  it('publishes nothing when the provisioning failed', async () => {
    const admin = world.cloudPi.getInstance(INSTANCE).console;
    const portail = await admin.projects.get('portail');
    world.sandbox.faults.add({
      method: 'GET',
      path: `/console/api/v1/projects/${portail.id}`,
      kind: 'status',
      status: 200,
      body: { ...portail, status: 'failed' },
      times: 1,
    });

    const error = await runAction(build(createProjectReprovisionAction), {
      input: { project: 'portail' },
      secrets: await world.tokenSecrets(USERS.alice),
    }).catch(e => e);

    expect(error).toBeInstanceOf(CloudPiProvisioningError);
    expect(events.publish).not.toHaveBeenCalled();
  });

  it('only warns when the event cannot be published: the change is done', async () => {
    events.publish.mockRejectedValue(new Error('bus down'));
    const { outputs, logger } = await runAction(
      build(createProjectReprovisionAction),
      {
        input: { project: 'portail' },
        secrets: await world.tokenSecrets(USERS.alice),
      },
    );
    expect(outputs.status).toBe('created');
    expect(logger.at('warn').join('\n')).toContain(
      'Could not tell the catalog that the project changed; it shows the change at its next scheduled import: Error: bus down',
    );
  });
});
