import { makeValidator } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';

const MAX_LENGTH = 63;
const validators = makeValidator();

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

function withoutAccents(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A valid entity name for `raw`: `raw` itself when valid, otherwise a
 * readable cleaned prefix plus a hash of `raw`, so that two different
 * values never share a name (legacy slugs may hold other characters, and
 * composed names may exceed 63 characters).
 */
export function toEntityName(raw: string): string {
  if (validators.isValidEntityName(raw)) return raw;
  const suffix = shortHash(raw);
  const cleaned = withoutAccents(raw)
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, MAX_LENGTH - suffix.length - 1)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return cleaned ? `${cleaned}-${suffix}` : suffix;
}

/** A valid tag for `raw` (lowercase words joined by `-`), if anything is left. */
export function toTag(raw: string): string | undefined {
  const tag = withoutAccents(raw)
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return tag && validators.isValidTag(tag) ? tag : undefined;
}

/** A valid label value for `raw`, if anything is left. */
export function toLabelValue(raw: string): string | undefined {
  const value = withoutAccents(raw)
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return value && validators.isValidLabelValue(value) ? value : undefined;
}

/** Lowercase words joined by `-`, for the name part of a role (`Lecture seule` → `lecture-seule`). */
export function toNamePart(raw: string): string {
  return withoutAccents(raw)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
