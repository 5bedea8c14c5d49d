import { InputError, NotFoundError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  booleanFieldSchema,
  environmentNameSchema,
  vaultProjectMount,
  vaultSecretDataProblem,
  vaultSecretPathSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { checkpointJson } from '../lib/checkpoint';
import { DRY_RUN_ID } from '../lib/dryRun';
import { requireVault } from '../lib/instances';
import { findEnvironment } from '../lib/lookups';
import { PERMISSIONS } from '../lib/permissions';
import { ProjectAccess, loadProjectForDryRun } from '../lib/projectAccess';
import { openSession } from '../lib/session';
import { secretMappingSchema } from '../lib/inputSchemas';
import {
  assertNoProblems,
  parseFields,
  projectTargetFields,
  trimmed,
} from '../lib/validation';
import {
  instanceInput,
  projectIdOutput,
  projectInput,
} from './inputProperties';
import { examples } from './vaultWrite.examples';
import { CloudPiActionOptions } from './types';

/**
 * Writes values from the task secrets into the project's Vault KV v2 mount,
 * under a path per environment, with the platform's Vault credentials once
 * the user's own SEE_SECRETS permission is checked through the console.
 * Values are never logged, output nor checkpointed.
 *
 * @public
 */
export function createVaultWriteAction(options: CloudPiActionOptions) {
  return createTemplateAction({
    id: 'cpin:vault:write',
    description:
      'Writes values taken from the task secrets (Secret fields) into the Vault KV v2 mount of a Cloud π Native project, at <environment>/<path>, where the namespace’s Vault Secrets Operator can read them. Uses the platform Vault credentials after checking the user’s SEE_SECRETS permission through the console. Values are never logged nor output.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        instance: instanceInput,
        project: projectInput,
        environment: z =>
          z
            .string()
            .describe(
              'Environment of the project the secret is for; it is the first segment of the Vault path.',
            ),
        path: z =>
          z
            .string()
            .optional()
            .describe(
              'Path of the secret under the environment, e.g. "app" or "db/credentials" (default "app").',
            ),
        secrets: z =>
          z
            .record(z.string())
            .describe(
              'Vault keys mapped to the names of the task secrets holding their values, e.g. { DB_PASSWORD: dbPassword } for a Secret field "dbPassword".',
            ),
        merge: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Keep the other keys of an existing secret (default true); false replaces the secret.',
            ),
      },
      output: {
        projectId: projectIdOutput,
        mount: z => z.string().describe('Vault KV v2 mount of the project.'),
        path: z => z.string().describe('Path of the secret in the mount.'),
        keys: z =>
          z.array(z.string()).describe('Keys written (never the values).'),
        version: z =>
          z
            .number()
            .describe(
              'Version of the secret after the write (0 in a dry run).',
            ),
        vaultUrl: z =>
          z.string().optional().describe('The mount in the Vault UI.'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const fields = parseFields({
        ...projectTargetFields(input),
        environment: [environmentNameSchema, trimmed(input.environment)],
        path: [vaultSecretPathSchema, trimmed(input.path ?? 'app')],
        mapping: [secretMappingSchema, input.secrets],
        merge: [booleanFieldSchema('« merge »'), input.merge ?? true],
      });
      const { environment, path: subPath, mapping, merge } = fields;
      const missing = Object.entries(mapping).filter(
        ([, secret]) => !ctx.secrets?.[secret],
      );
      assertNoProblems(
        missing.map(
          ([key, secret]) =>
            `La clé ${key} désigne le secret de la tâche « ${secret} », absent ou vide.`,
        ),
      );
      const values = Object.fromEntries(
        Object.entries(mapping).map(([key, secret]) => [
          key,
          ctx.secrets![secret],
        ]),
      );
      const tooLarge = vaultSecretDataProblem(values);
      if (tooLarge) throw new InputError(tooLarge);
      const { instance, client, caller } = openSession(
        options.cloudPi,
        ctx,
        fields.instance,
      );
      const vault = requireVault(instance);

      const access = ctx.isDryRun
        ? await loadProjectForDryRun(client, fields.project, caller, ctx.logger)
        : await ProjectAccess.load(client, fields.project, caller, ctx.logger);
      access?.assertWritable();
      await access?.require(PERMISSIONS.seeSecrets);
      const project = access?.project;
      if (project) {
        const environments = await client.environments.list(project.id);
        if (!ctx.isDryRun || environments.some(e => e.name === environment)) {
          findEnvironment(environments, environment);
        } else {
          ctx.logger.warn(
            `Dry run: the environment "${environment}" does not exist yet in "${project.slug}" (an earlier step may create it)`,
          );
        }
      }

      const slug = project?.slug ?? fields.project;
      const mount = vaultProjectMount(slug);
      const path = `${environment}/${subPath}`;
      const keys = Object.keys(values).sort();
      const publish = (version: number) => {
        ctx.output('projectId', project?.id ?? DRY_RUN_ID);
        ctx.output('mount', mount);
        ctx.output('path', path);
        ctx.output('keys', keys);
        ctx.output('version', version);
        const vaultUrl = instance.urls.vaultMount(slug);
        if (vaultUrl) ctx.output('vaultUrl', vaultUrl);
      };

      if (ctx.isDryRun || !project) {
        ctx.logger.info(
          `Dry run: the keys ${keys.join(
            ', ',
          )} would be written to ${mount}/${path}`,
        );
        publish(0);
        return;
      }

      // Only the keys and the version are kept: never a value.
      const written = await checkpointJson(
        ctx,
        `cpin.vault.write.${instance.name}.${mount}.${path}`,
        async () => {
          const current = await readData(() =>
            vault.readSecret(project.slug, path),
          );
          if (merge && current && !isText(current.data)) {
            throw new InputError(
              `The secret ${mount}/${path} holds values that are not text: write it with merge: false to replace it.`,
            );
          }
          const next = merge
            ? { ...(current?.data as Record<string, string>), ...values }
            : values;
          if (current && sameData(current.data, next)) {
            return { version: current.version, changed: false };
          }
          const { version } = await vault.writeSecret(project.slug, path, next);
          return { version, changed: true };
        },
      );
      if (written.changed) {
        ctx.logger.info(
          `Wrote the keys ${keys.join(', ')} to ${mount}/${path} (version ${
            written.version
          })`,
        );
      } else {
        ctx.logger.warn(
          `${mount}/${path} already holds these values (version ${written.version}): nothing written`,
        );
      }
      publish(written.version);
    },
  });
}

async function readData<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

function isText(data: Record<string, unknown>): data is Record<string, string> {
  return Object.values(data).every(v => typeof v === 'string');
}

function sameData(
  a: Record<string, unknown>,
  b: Record<string, string>,
): boolean {
  const keys = Object.keys(b);
  return (
    Object.keys(a).length === keys.length &&
    keys.every(key => a[key] === b[key])
  );
}
