import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { checkpointJson } from '../lib/checkpoint';
import { announceProjectChange } from '../lib/projectEvents';
import { DRY_RUN_ID } from '../lib/dryRun';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import { assertProvisioned, waitForProjectStatus } from '../lib/provisioning';
import { openSession } from '../lib/session';
import { parseFields, projectTargetFields } from '../lib/validation';
import {
  consoleUrlOutput,
  instanceInput,
  projectIdOutput,
  projectInput,
  slugOutput,
} from './inputProperties';
import { examples } from './projectReprovision.examples';
import { CloudPiActionOptions } from './types';

/**
 * Replays the provisioning of a Cloud π project (the console's
 * "Reprovisionner") as the requesting user and waits for the outcome.
 *
 * @public
 */
export function createProjectReprovisionAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:project:reprovision',
    description:
      'Replays the provisioning of a Cloud π Native project in every tool (the console’s "Reprovisionner") as the requesting user, waits for it and fails with the console’s summary if it fails. Checks REPLAY_HOOKS before sending anything.',
    examples,
    supportsDryRun: true,
    schema: {
      input: { instance: instanceInput, project: projectInput },
      output: {
        projectId: projectIdOutput,
        slug: slugOutput,
        status: z =>
          z
            .string()
            .describe('Status after the replay: "created" or "warning".'),
        consoleUrl: consoleUrlOutput,
      },
    },
    async handler(ctx) {
      const target = parseFields(projectTargetFields(ctx.input));
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        target.instance,
      );
      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, target.project, caller, ctx.logger)
        : await ProjectAccess.load(client, target.project, caller, ctx.logger);
      if (!access) {
        ctx.output('projectId', DRY_RUN_ID);
        ctx.output('slug', target.project);
        ctx.output('status', 'created');
        ctx.output('consoleUrl', instance.urls.consoleProject(target.project));
        return;
      }
      access.assertWritable();
      await access.require(PERMISSIONS.replayHooks);
      const { project } = access;
      const consoleUrl = instance.urls.consoleProject(project.slug);

      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: "${project.slug}" would be reprovisioned`);
        ctx.output('projectId', project.id);
        ctx.output('slug', project.slug);
        ctx.output('status', project.status);
        ctx.output('consoleUrl', consoleUrl);
        return;
      }

      await checkpointJson(
        ctx,
        `cpin.project.reprovision.${instance.name}.${project.id}`,
        async () => {
          await client.projects.replayHooks(project.id);
          return { replayed: true };
        },
      );
      ctx.logger.info(`Reprovisioned "${project.slug}", reading its status`);
      const settled = await waitForProjectStatus(
        client,
        project.id,
        options.provisioning,
        ctx.signal,
      );
      await assertProvisioned(client, settled, ctx.logger, consoleUrl);
      await announceProjectChange(options.events, ctx, {
        instance: instance.name,
        projectId: settled.id,
        parts: ['project'],
      });
      ctx.output('projectId', settled.id);
      ctx.output('slug', settled.slug);
      ctx.output('status', settled.status);
      ctx.output('consoleUrl', consoleUrl);
    },
  });
}
