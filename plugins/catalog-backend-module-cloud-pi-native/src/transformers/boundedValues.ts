import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * Longest annotation value the provider writes. Values it copies from the
 * console are bounded by the platform's rules first (see
 * `repositoryToComponent`); this catches anything else an upstream could
 * make arbitrarily large.
 */
export const ANNOTATION_VALUE_MAX_LENGTH = 32 * 1024;

/** `value` when one of the shared validation rules accepts it, else `undefined`. */
export function accepted<T>(
  rule: { safeParse(value: unknown): { success: boolean } },
  value: T | undefined,
): T | undefined {
  return value !== undefined && rule.safeParse(value).success
    ? value
    : undefined;
}

/** An annotation left out because its value was too large. */
export interface DroppedAnnotation {
  entityRef: string;
  annotation: string;
  length: number;
}

/**
 * Removes, in place, every annotation value longer than
 * {@link ANNOTATION_VALUE_MAX_LENGTH} and says which ones.
 */
export function dropOversizedAnnotations(
  entities: Entity[],
): DroppedAnnotation[] {
  const dropped: DroppedAnnotation[] = [];
  for (const entity of entities) {
    const annotations = entity.metadata.annotations ?? {};
    for (const [annotation, value] of Object.entries(annotations)) {
      if (value.length <= ANNOTATION_VALUE_MAX_LENGTH) continue;
      delete annotations[annotation];
      dropped.push({
        entityRef: stringifyEntityRef(entity),
        annotation,
        length: value.length,
      });
    }
  }
  return dropped;
}
