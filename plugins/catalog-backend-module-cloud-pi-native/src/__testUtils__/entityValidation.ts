import {
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  entityEnvelopeSchemaValidator,
  groupEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
} from '@backstage/catalog-model';

const policy = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
]);
const kindValidators = [
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
];
const envelope = entityEnvelopeSchemaValidator();

/**
 * Checks an entity the way the catalog does (envelope, field formats,
 * kind schema); throws with the catalog's message when it would be refused.
 */
export async function assertValidEntity(entity: Entity): Promise<void> {
  envelope(entity);
  await policy.enforce(entity);
  const results = await Promise.all(kindValidators.map(v => v.check(entity)));
  if (!results.some(Boolean)) {
    throw new Error(
      `No kind validator accepted ${entity.kind} ${entity.metadata.name}`,
    );
  }
}
