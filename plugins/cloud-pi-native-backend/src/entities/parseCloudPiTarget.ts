import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  CloudPiEntityRef,
  environmentNameSchema,
  getCloudPiEntityRef,
  isUuid,
  repositoryNameSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';

/**
 * A project slug as the console allocates it: lower-case letters, digits and
 * dashes (`<name>`, `<name>-<n>`, or the pre-v9 `<org>-<project>`). Archived
 * slugs (`…_<epoch>_archived`) are not served.
 */
const PROJECT_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A configured instance name (`[a-z0-9-]+`, as the node package enforces). */
const INSTANCE_NAME = /^[a-z0-9-]{1,63}$/;

const targetSchema = z.object({
  instance: z.string().regex(INSTANCE_NAME),
  projectSlug: z.string().regex(PROJECT_SLUG),
  projectId: z.string().refine(isUuid, { error: 'not a UUID' }).optional(),
  repositoryName: repositoryNameSchema.optional(),
  environmentName: environmentNameSchema.optional(),
});

/** The validated Cloud π coordinates of a catalog entity. */
export interface CloudPiTarget extends CloudPiEntityRef {
  /** `kind:namespace/name` of the entity. */
  entityRef: string;
}

/**
 * Reads and validates the Cloud π coordinates of an entity. Only names and
 * ids are read (never a URL), and each must match the platform's own rules,
 * so that nothing an annotation says can steer a request elsewhere.
 */
export function parseCloudPiTarget(entity: Entity): CloudPiTarget {
  const entityRef = stringifyEntityRef(entity);
  const ref = getCloudPiEntityRef(entity);
  if (!ref) {
    throw new NotFoundError(
      `Entity ${entityRef} is not a Cloud π Native entity (no instance or project annotation)`,
    );
  }
  const parsed = targetSchema.safeParse(ref);
  if (!parsed.success) {
    const fields = [
      ...new Set(parsed.error.issues.map(issue => String(issue.path[0]))),
    ];
    throw new InputError(
      `Entity ${entityRef} has invalid Cloud π Native annotations: ${fields.join(
        ', ',
      )}`,
    );
  }
  return { entityRef, ...parsed.data };
}
