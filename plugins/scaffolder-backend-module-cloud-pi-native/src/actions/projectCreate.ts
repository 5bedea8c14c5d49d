import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  Project,
  RESOURCE_MAXIMA,
  ResourceKind,
  createProjectRequestSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';
import { checkpointJson } from '../lib/checkpoint';
import { announceProjectChange } from '../lib/projectEvents';
import { DRY_RUN_ID } from '../lib/dryRun';
import { assertProvisioned, waitForProjectStatus } from '../lib/provisioning';
import { openSession } from '../lib/session';
import { instanceField, parseFields, trimmed } from '../lib/validation';
import {
  consoleUrlOutput,
  instanceInput,
  projectIdOutput,
  slugOutput,
  Z,
} from './inputProperties';
import { examples } from './projectCreate.examples';
import { CloudPiActionOptions } from './types';

const budget = (label: string, kind: ResourceKind) => (z: Z) =>
  z
    .number()
    .optional()
    .describe(
      `${label}, from 0 to ${RESOURCE_MAXIMA[kind]}${
        kind === 'gpu' ? ' (whole GPUs)' : ''
      } (default 0). Ignored while the project is limitless.`,
    );

/**
 * Creates a Cloud π project as the requesting user, who becomes its owner,
 * and waits for its provisioning. A project with the same name that the user
 * already owns is adopted instead of creating `<name>-1`.
 *
 * @public
 */
export function createProjectCreateAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:project:create',
    description:
      'Creates a Cloud π Native project as the requesting user (who becomes its owner), waits for its provisioning (GitLab group, Vault mount, SonarQube, Argo CD…) and fails with the console’s summary if it fails. Re-running adopts the project the user already owns under that name.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        instance: instanceInput,
        name: z =>
          z
            .string()
            .describe(
              'Project name: 2 to 20 lowercase letters and digits, no hyphen. It cannot be changed later.',
            ),
        description: z =>
          z
            .string()
            .optional()
            .describe('Description, at most 280 characters.'),
        limitless: z =>
          z
            .boolean()
            .optional()
            .describe(
              'When true (default), environments are not checked against the project budget.',
            ),
        hprodCpu: budget('Hors-production CPU budget (cores)', 'cpu'),
        hprodGpu: budget('Hors-production GPU budget', 'gpu'),
        hprodMemory: budget('Hors-production memory budget (GiB)', 'memory'),
        prodCpu: budget('Production CPU budget (cores)', 'cpu'),
        prodGpu: budget('Production GPU budget', 'gpu'),
        prodMemory: budget('Production memory budget (GiB)', 'memory'),
      },
      output: {
        projectId: projectIdOutput,
        slug: slugOutput,
        name: z => z.string().describe('Name of the project.'),
        status: z =>
          z
            .string()
            .describe(
              'Provisioning status after creation: "created", or "warning" when partially degraded.',
            ),
        consoleUrl: consoleUrlOutput,
        adopted: z =>
          z
            .boolean()
            .describe(
              'True when the user already owned a project with this name and it was reused.',
            ),
        instance: z =>
          z
            .string()
            .describe(
              'Name of the Cloud π Native instance, for the cloud-pi-native.fr/instance annotation.',
            ),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const { body, instanceName } = parseFields({
        instanceName: instanceField(input.instance),
        body: [
          createProjectRequestSchema,
          {
            name: trimmed(input.name),
            description: input.description,
            limitless: input.limitless ?? true,
            hprodCpu: input.hprodCpu ?? 0,
            hprodGpu: input.hprodGpu ?? 0,
            hprodMemory: input.hprodMemory ?? 0,
            prodCpu: input.prodCpu ?? 0,
            prodGpu: input.prodGpu ?? 0,
            prodMemory: input.prodMemory ?? 0,
          },
        ],
      });
      const { instance, client } = openSession(
        options.cloudPi,
        ctx,
        instanceName,
      );

      if (ctx.isDryRun) {
        const owned = await findOwnedProject(client, body.name);
        const slug = owned?.slug ?? body.name;
        ctx.logger.info(
          owned
            ? `Dry run: project "${body.name}" already belongs to you (slug "${slug}"); it would be adopted`
            : `Dry run: project "${body.name}" would be created`,
        );
        ctx.output('projectId', owned?.id ?? DRY_RUN_ID);
        ctx.output('slug', slug);
        ctx.output('name', body.name);
        ctx.output('status', owned?.status ?? 'created');
        ctx.output('consoleUrl', instance.urls.consoleProject(slug));
        ctx.output('adopted', Boolean(owned));
        ctx.output('instance', instance.name);
        return;
      }

      const { project, adopted } = await checkpointJson(
        ctx,
        `cpin.project.create.${instance.name}.${body.name}`,
        async () => {
          const existing = await findOwnedProject(client, body.name);
          if (existing) return { project: existing, adopted: true };
          try {
            return {
              project: await client.projects.create(body),
              adopted: false,
            };
          } catch (error) {
            // The answer can be lost after the project was written (timeout,
            // dropped connection): the console is synchronous, so look again.
            const written = await findOwnedProject(client, body.name);
            if (written) {
              ctx.logger.warn(
                `The console did not confirm the creation of "${
                  body.name
                }" (${String(error)}), but the project exists: using it`,
              );
              return { project: written, adopted: false };
            }
            throw error;
          }
        },
      );
      const consoleUrl = instance.urls.consoleProject(project.slug);
      if (adopted) {
        ctx.logger.warn(
          `You already own the Cloud π project "${body.name}" (slug "${project.slug}"): it is reused as is, its description and budgets are not changed`,
        );
      } else {
        ctx.logger.info(
          `Created the Cloud π project "${body.name}" (slug "${project.slug}"), waiting for its provisioning`,
        );
      }

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
        created: !adopted,
      });
      ctx.output('projectId', settled.id);
      ctx.output('slug', settled.slug);
      ctx.output('name', settled.name);
      ctx.output('status', settled.status);
      ctx.output('consoleUrl', consoleUrl);
      ctx.output('adopted', adopted);
      ctx.output('instance', instance.name);
    },
  });
}

/** The live project of that name the caller owns, if any. */
async function findOwnedProject(
  client: CloudPiConsoleClient,
  name: string,
): Promise<Project | undefined> {
  const owned = await client.projects.list({
    filter: 'owned',
    name,
    statusNotIn: ['archived'],
  });
  return owned.find(p => p.name === name);
}
