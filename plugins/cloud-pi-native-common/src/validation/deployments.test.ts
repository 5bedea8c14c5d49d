import {
  DEPLOYMENT_MESSAGES,
  createDeploymentInputSchema,
  deploymentNameSchema,
  updateDeploymentInputSchema,
} from '.';

const PROJECT = '3f1c2f4e-8d2a-4c1b-9f3e-2a6b7c8d9e01';
const ENV = '0b5e8c1d-2f3a-4b6c-8d9e-1a2b3c4d5e6f';
const REPO = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const VALUES_REPO = '1d2c3b4a-5f6e-4d7c-9b8a-7f6e5d4c3b2a';

const valid = {
  name: 'web',
  projectId: PROJECT,
  environmentId: ENV,
  autosync: true,
  deploymentSources: [{ type: 'git', repositoryId: REPO }],
};

function messages(value: unknown, schema = createDeploymentInputSchema) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map(i => i.message);
}

describe('deployment rules', () => {
  it('accepts a minimal deployment and defaults the value sources', () => {
    expect(createDeploymentInputSchema.parse(valid).deploymentSources).toEqual([
      { type: 'git', repositoryId: REPO, valueSources: [] },
    ]);
  });

  it.each([
    ['ab', []],
    ['a'.repeat(11), []],
    ['a', ['Le nom du déploiement doit contenir au moins 2 caractères.']],
    [
      'a'.repeat(12),
      ['Le nom du déploiement ne doit pas dépasser 11 caractères.'],
    ],
    [
      'mon-deploiement',
      [
        'Le nom du déploiement ne doit contenir que des lettres minuscules et des chiffres.',
        'Le nom du déploiement ne doit pas dépasser 11 caractères.',
      ],
    ],
  ])('checks the name %s', (name, expected) => {
    const result = deploymentNameSchema.safeParse(name);
    expect(
      result.success ? [] : result.error.issues.map(i => i.message),
    ).toEqual(expected);
  });

  it('requires at least one source, in the console words', () => {
    expect(messages({ ...valid, deploymentSources: [] })).toEqual([
      DEPLOYMENT_MESSAGES.sourceRequired,
    ]);
    expect(DEPLOYMENT_MESSAGES.sourceRequired).toBe(
      'Au moins une source de déploiement est requise',
    );
  });

  it('allows one external value source per deployment source', () => {
    const external = {
      type: 'external',
      path: 'envs/dev/values.yaml',
      ref: 'values',
      repositoryId: VALUES_REPO,
    };
    const source = (valueSources: unknown[]) => ({
      ...valid,
      deploymentSources: [{ type: 'git', repositoryId: REPO, valueSources }],
    });
    const parsed = createDeploymentInputSchema.parse(
      source([{ type: 'internal', path: 'values.yaml' }, external]),
    );
    expect(parsed.deploymentSources[0].valueSources[1]).toEqual({
      ...external,
      targetRevision: '',
    });
    expect(messages(source([external, external]))).toEqual([
      'Une seule source de valeurs externe est autorisée par source de déploiement',
    ]);
    expect(
      messages(source([{ ...external, ref: '', repositoryId: 'values' }])),
    ).toEqual([
      'Une source de valeurs externe doit avoir un nom de référence',
      'Une source de valeurs externe doit référencer un dépôt',
    ]);
  });

  it('needs the project, environment and repository ids as UUIDs', () => {
    expect(
      createDeploymentInputSchema
        .safeParse({
          ...valid,
          projectId: 'portail',
          environmentId: 'dev',
          deploymentSources: [{ type: 'svn', repositoryId: 'api' }],
        })
        .error?.issues.map(i => i.path.join('.')),
    ).toEqual([
      'projectId',
      'environmentId',
      'deploymentSources.0.type',
      'deploymentSources.0.repositoryId',
    ]);
  });

  it('lets an update keep the ids of the sources it updates', () => {
    const sourceId = '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918';
    expect(
      updateDeploymentInputSchema.parse({
        ...valid,
        deploymentSources: [
          {
            id: sourceId,
            type: 'oci',
            repositoryId: REPO,
            valueSources: [{ type: 'internal', path: 'values.yaml' }],
          },
        ],
      }).deploymentSources[0],
    ).toMatchObject({ id: sourceId, type: 'oci' });
    expect(
      messages(
        { ...valid, deploymentSources: [] },
        updateDeploymentInputSchema,
      ),
    ).toEqual([DEPLOYMENT_MESSAGES.sourceRequired]);
  });
});
