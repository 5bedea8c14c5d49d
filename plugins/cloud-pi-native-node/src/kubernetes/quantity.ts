import { InputError } from '@backstage/errors';

const BINARY_SUFFIXES: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

// <number><binary SI | decimal SI | decimal exponent>, as in apimachinery's
// resource.Quantity. "1E" is one exa; "1E3" is an exponent.
const QUANTITY =
  /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;

/**
 * Parses a Kubernetes quantity (`500m`, `2`, `4Gi`, `512Mi`, `1e3`, `1.5k`)
 * into a number in base units: cores for CPU, bytes for memory.
 *
 * @public
 */
export function parseKubernetesQuantity(quantity: string): number {
  const match = QUANTITY.exec(quantity.trim());
  if (!match) {
    throw new InputError(
      `Invalid Kubernetes quantity: ${JSON.stringify(quantity)}`,
    );
  }
  const [, number, exponent, suffix] = match;
  const value = Number(number);
  if (exponent !== undefined) return value * 10 ** Number(exponent);
  if (suffix === undefined) return value;
  return value * (BINARY_SUFFIXES[suffix] ?? DECIMAL_SUFFIXES[suffix]);
}
