/**
 * Canonical Kubernetes quantities, as the API server prints them back:
 * decimal amounts in whole units or milli-units (`2`, `500m`) and byte
 * amounts in the largest exact binary unit (`2Gi`, `1536Mi`).
 */
export function decimalQuantity(value: number): string {
  const millis = Math.round(value * 1000);
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

/** @see decimalQuantity */
export function binaryQuantity(bytes: number): string {
  const units: Array<[string, number]> = [
    ['Ti', 2 ** 40],
    ['Gi', 2 ** 30],
    ['Mi', 2 ** 20],
    ['Ki', 2 ** 10],
  ];
  const rounded = Math.round(bytes);
  if (rounded === 0) return '0';
  for (const [suffix, size] of units) {
    if (rounded % size === 0) return `${rounded / size}${suffix}`;
  }
  return String(rounded);
}

/** Bytes in a number of GiB (the console's memory unit). */
export const GIB = 2 ** 30;
/** Bytes in a MiB. */
export const MIB = 2 ** 20;
