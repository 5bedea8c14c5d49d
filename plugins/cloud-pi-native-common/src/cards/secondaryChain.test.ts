import {
  JOURNEY_STEP_IDS,
  argoApplicationNameSchema,
  buildsResponseSchema,
  imagesResponseSchema,
  journeyResponseSchema,
} from '.';

const AT = '2026-05-04T10:00:00Z';

describe('builds, images and journey contract', () => {
  it('accepts a repository with its pipelines and mirror, and rejects unknown statuses', () => {
    const pipeline = {
      id: 12,
      ref: 'main',
      status: 'failed',
      source: 'push',
      sha: 'a'.repeat(40),
      createdAt: AT,
      finishedAt: AT,
      durationSeconds: 42,
      failedJobs: ['test_app'],
      url: 'https://gitlab.example.fr/forge/projects/demo/api/-/pipelines/12',
    };
    const response = {
      generatedAt: AT,
      repositories: [
        {
          repositoryName: 'api',
          isInfra: false,
          url: 'https://gitlab.example.fr/forge/projects/demo/api',
          defaultBranch: 'main',
          latest: pipeline,
          branches: [{ ...pipeline, ref: 'feat/x', status: 'success' }],
          mirror: {
            state: 'synced',
            lastSyncAt: AT,
            branch: null,
            url: null,
          },
        },
      ],
    };

    expect(buildsResponseSchema.safeParse(response).success).toBe(true);
    expect(
      buildsResponseSchema.safeParse({
        ...response,
        repositories: [
          {
            ...response.repositories[0],
            latest: { ...pipeline, status: 'ok' },
          },
        ],
      }).success,
    ).toBe(false);
  });

  it('accepts images with scan and signature, and refuses a script link', () => {
    const scriptUrl = ['javascript', 'alert(1)'].join(':');
    const artifact = {
      repository: 'demo/api',
      digest: `sha256:${'b'.repeat(64)}`,
      tags: ['1.2.0'],
      pushedAt: AT,
      signed: false,
      scan: {
        status: 'success',
        vulnerabilities: {
          critical: 1,
          high: 2,
          medium: 3,
          low: 4,
          total: 10,
          fixable: 5,
        },
        scannedAt: AT,
      },
      url: 'https://harbor.example.fr/harbor/projects/3/repositories/api',
    };
    const response = {
      generatedAt: AT,
      registry: { project: 'demo', url: null },
      repositories: [
        { name: 'demo/api', artifactCount: 1, latest: artifact, url: null },
      ],
      environments: [
        {
          name: 'prod',
          stage: 'prod',
          stageKind: 'prod',
          images: [
            {
              reference: 'harbor.example.fr/demo/api:1.2.0',
              applications: ['demo-prod-1a2b-infra-3c4d'],
              artifact,
            },
          ],
        },
      ],
    };

    expect(imagesResponseSchema.safeParse(response).success).toBe(true);
    expect(
      imagesResponseSchema.safeParse({
        ...response,
        repositories: [
          {
            ...response.repositories[0],
            latest: { ...artifact, url: scriptUrl },
          },
        ],
      }).success,
    ).toBe(false);
  });

  it('needs exactly the ten steps, known evidence codes and well-formed actions', () => {
    const steps = JOURNEY_STEP_IDS.map(id => ({
      id,
      state: 'not-started',
      evidence: [],
      nextAction: null,
    }));
    steps[2] = {
      ...steps[2],
      evidence: [{ code: 'noRepository', params: {} }] as never,
      nextAction: {
        kind: 'template',
        code: 'addRepository',
        templateRef: 'template:default/cpin-add-repository',
      } as never,
    };

    expect(
      journeyResponseSchema.safeParse({ generatedAt: AT, steps }).success,
    ).toBe(true);
    expect(
      journeyResponseSchema.safeParse({
        generatedAt: AT,
        steps: steps.slice(1),
      }).success,
    ).toBe(false);
    expect(
      journeyResponseSchema.safeParse({
        generatedAt: AT,
        steps: [
          { ...steps[0], evidence: [{ code: 'somethingElse', params: {} }] },
          ...steps.slice(1),
        ],
      }).success,
    ).toBe(false);
    expect(
      journeyResponseSchema.safeParse({
        generatedAt: AT,
        steps: [
          {
            ...steps[0],
            nextAction: { kind: 'console', code: 'openConsole' },
          },
          ...steps.slice(1),
        ],
      }).success,
    ).toBe(false);
  });

  it('checks Argo CD application names', () => {
    expect(
      argoApplicationNameSchema.safeParse('portail-prod-1a2b-infra-3c4d')
        .success,
    ).toBe(true);
    for (const name of ['', 'Portail', '../x', 'a/b', '-a']) {
      expect(argoApplicationNameSchema.safeParse(name).success).toBe(false);
    }
  });
});
