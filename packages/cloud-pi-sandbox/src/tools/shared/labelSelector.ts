/** One parsed requirement of a Kubernetes label selector. */
export type LabelRequirement =
  | { key: string; operator: 'exists' | 'doesNotExist' }
  | { key: string; operator: 'in' | 'notin'; values: string[] };

/** Raised for a selector the API server would refuse (HTTP 400). */
export class LabelSelectorError extends Error {
  constructor(selector: string, detail: string) {
    super(`unable to parse requirement: ${detail} (selector "${selector}")`);
    this.name = 'LabelSelectorError';
  }
}

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/**
 * Parses a label selector with the grammar of `k8s.io/apimachinery/pkg/labels`:
 * equality (`a=b`, `a==b`, `a!=b`), set-based (`a in (x,y)`, `a notin (x)`)
 * and existence (`a`, `!a`). Argo CD's `selector` parameter uses the same one.
 */
export function parseLabelSelector(selector: string): LabelRequirement[] {
  return splitRequirements(selector)
    .map(part => part.trim())
    .filter(part => part.length > 0)
    .map(part => parseRequirement(selector, part));
}

/** Whether a label set satisfies every requirement. */
export function matchesLabels(
  requirements: LabelRequirement[],
  labels: Record<string, string> | undefined,
): boolean {
  const set = labels ?? {};
  return requirements.every(requirement => {
    const has = Object.prototype.hasOwnProperty.call(set, requirement.key);
    switch (requirement.operator) {
      case 'exists':
        return has;
      case 'doesNotExist':
        return !has;
      case 'in':
        return has && requirement.values.includes(set[requirement.key]);
      case 'notin':
        return !has || !requirement.values.includes(set[requirement.key]);
      default:
        return false;
    }
  });
}

function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function parseRequirement(selector: string, part: string): LabelRequirement {
  if (part.startsWith('!')) {
    return {
      key: checkKey(selector, part.slice(1).trim()),
      operator: 'doesNotExist',
    };
  }
  const setBased = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(part);
  if (setBased) {
    const values = setBased[3]
      .split(',')
      .map(value => checkValue(selector, value.trim()));
    return {
      key: checkKey(selector, setBased[1]),
      operator: setBased[2] as 'in' | 'notin',
      values,
    };
  }
  const equality = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
  if (equality) {
    const key = checkKey(selector, equality[1]);
    const value = checkValue(selector, equality[3].trim());
    return {
      key,
      operator: equality[2] === '!=' ? 'notin' : 'in',
      values: [value],
    };
  }
  return { key: checkKey(selector, part), operator: 'exists' };
}

function checkKey(selector: string, key: string): string {
  if (!KEY.test(key) || key.length > 316) {
    throw new LabelSelectorError(selector, `invalid label key "${key}"`);
  }
  return key;
}

function checkValue(selector: string, value: string): string {
  if (!VALUE.test(value) || value.length > 63) {
    throw new LabelSelectorError(selector, `invalid label value "${value}"`);
  }
  return value;
}
