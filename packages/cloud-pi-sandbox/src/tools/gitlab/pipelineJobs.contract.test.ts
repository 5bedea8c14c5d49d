import { Gitlab } from '@gitbeaker/rest';
import { stformSnapshot } from '../__testUtils__/projectSnapshots';
import {
  manualClock,
  startToolWorld,
  type RunningToolWorld,
} from '../__testUtils__/startToolWorld';
import { PIPELINE_TIMELINE } from './gitlabStore';

describe('GitLab v4 fake: pipeline outcomes and jobs, through @gitbeaker/rest', () => {
  const time = manualClock();
  let running: RunningToolWorld;
  let api: InstanceType<typeof Gitlab>;
  const API = 'forge/projects/stform/api';

  beforeAll(async () => {
    running = await startToolWorld({ clock: time.clock });
    api = new Gitlab({
      host: `${running.url}/gitlab`,
      token: running.world.credentials.gitlabToken,
    });
    await running.world.provisioner.upsertProject(stformSnapshot());
  });
  afterAll(() => running.close());

  it('runs the DSO jobs of an application repository and fails on the failing one', async () => {
    running.world.demo.runPipeline(API, 'feat/export', {
      failedJob: 'test_app',
    });
    const [pipeline] = await api.Pipelines.all(API, { ref: 'feat/export' });
    expect(pipeline.status).toBe('created');
    expect((await api.Branches.show(API, 'feat/export')).name).toBe(
      'feat/export',
    );

    time.advance(PIPELINE_TIMELINE.runningAfterMs);
    const running1 = await api.Jobs.all(API, { pipelineId: pipeline.id });
    expect(
      Object.fromEntries(running1.map(job => [job.name, job.status])),
    ).toEqual({
      read_secret: 'running',
      build_app: 'created',
      test_app: 'created',
      sonar_analysis: 'created',
      docker_build: 'created',
      cosign_sign: 'created',
    });

    time.advance(PIPELINE_TIMELINE.finishedAfterMs);
    expect(await api.Pipelines.show(API, pipeline.id)).toMatchObject({
      status: 'failed',
      duration: expect.any(Number),
      finished_at: expect.any(String),
      detailed_status: expect.objectContaining({ group: 'failed' }),
    });
    const jobs = await api.Jobs.all(API, { pipelineId: pipeline.id });
    expect(Object.fromEntries(jobs.map(job => [job.name, job.status]))).toEqual(
      {
        read_secret: 'success',
        build_app: 'success',
        test_app: 'failed',
        sonar_analysis: 'success',
        docker_build: 'skipped',
        cosign_sign: 'skipped',
      },
    );
    const failed = await api.Jobs.all(API, {
      pipelineId: pipeline.id,
      scope: ['failed'] as never,
    });
    expect(failed).toEqual([
      expect.objectContaining({
        name: 'test_app',
        stage: 'test',
        status: 'failed',
        failure_reason: 'script_failure',
        pipeline: expect.objectContaining({ id: pipeline.id }),
        web_url: expect.stringMatching(
          /\/forge\/projects\/stform\/api\/-\/jobs\/\d+$/,
        ),
      }),
    ]);
  });

  it('records mirror syncs with their variables, and ages pipelines into the past', async () => {
    const mirror = 'forge/projects/stform/mirror';
    running.world.demo.runPipeline(mirror, 'main', {
      source: 'api',
      failedJob: 'repo_pull_sync',
      variables: { PROJECT_NAME: 'api', SYNC_ALL: 'true' },
    });
    const [sync] = await api.Pipelines.all(mirror, { perPage: 1 });
    expect(sync.status).toBe('created');
    running.world.demo.agePipelines(PIPELINE_TIMELINE.finishedAfterMs);
    expect((await api.Pipelines.show(mirror, sync.id)).status).toBe('failed');
    expect(
      (await api.Jobs.all(mirror, { pipelineId: sync.id })).map(j => j.name),
    ).toEqual(['repo_pull_sync']);
    expect(await api.Pipelines.allVariables(mirror, sync.id)).toEqual([
      {
        variable_type: 'env_var',
        key: 'PROJECT_NAME',
        value: 'api',
        raw: false,
      },
      { variable_type: 'env_var', key: 'SYNC_ALL', value: 'true', raw: false },
    ]);
    expect(() =>
      running.world.demo.runPipeline(mirror, 'main', { failedJob: 'nope' }),
    ).toThrow("No job nope in mirror's CI");
  });
});
