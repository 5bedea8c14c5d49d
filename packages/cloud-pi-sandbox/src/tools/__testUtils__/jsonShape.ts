/** The JSON "type" of a value. */
type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/** The union of the shapes seen in an example payload. */
export interface Shape {
  kind: Kind;
  items?: Shape;
  props?: Record<string, Shape>;
}

function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as Kind;
}

/** The shape of an example, merging every element of its arrays. */
export function shapeOf(example: unknown): Shape {
  const kind = kindOf(example);
  if (kind === 'array') {
    const items = (example as unknown[]).map(shapeOf);
    return {
      kind,
      items: items.length ? items.reduce(mergeShapes) : undefined,
    };
  }
  if (kind === 'object') {
    return {
      kind,
      props: Object.fromEntries(
        Object.entries(example as object).map(([k, v]) => [k, shapeOf(v)]),
      ),
    };
  }
  return { kind };
}

/** The union of two shapes (object keys merged, first kind wins on conflict). */
export function mergeShapes(a: Shape, b: Shape): Shape {
  if (a.kind !== b.kind) return a;
  if (a.kind === 'array') {
    return {
      kind: 'array',
      items:
        a.items && b.items ? mergeShapes(a.items, b.items) : a.items ?? b.items,
    };
  }
  if (a.kind === 'object') {
    const props: Record<string, Shape> = { ...a.props };
    for (const [key, shape] of Object.entries(b.props ?? {})) {
      props[key] = props[key] ? mergeShapes(props[key], shape) : shape;
    }
    return { kind: 'object', props };
  }
  return a;
}

/**
 * Where a payload departs from an example: keys the example never has, or
 * values of another JSON type. An empty list means "same keys and types".
 */
export function shapeMismatches(
  actual: unknown,
  shape: Shape,
  path = '$',
): string[] {
  const kind = kindOf(actual);
  if (kind !== shape.kind) return [`${path}: ${kind} instead of ${shape.kind}`];
  if (kind === 'array') {
    if (!shape.items) return [];
    return (actual as unknown[]).flatMap((item, i) =>
      shapeMismatches(item, shape.items!, `${path}[${i}]`),
    );
  }
  if (kind === 'object') {
    return Object.entries(actual as object).flatMap(([key, value]) =>
      shape.props?.[key]
        ? shapeMismatches(value, shape.props[key], `${path}.${key}`)
        : [`${path}.${key}: not in the example`],
    );
  }
  return [];
}
