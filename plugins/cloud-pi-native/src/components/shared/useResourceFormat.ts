import { useCallback } from 'react';
import { useCloudPiTranslation } from './useCloudPiTranslation';
import { useFormatters } from './useFormatters';

/** A resource of the platform's quotas and budgets. */
export type ResourceName = 'cpu' | 'gpu' | 'memory';

/** Formats an amount of a resource with its unit ("1,5 cœur", "4 GiB"). */
export function useResourceFormat(): (
  resource: ResourceName,
  value: number,
) => string {
  const t = useCloudPiTranslation();
  const { number } = useFormatters();
  return useCallback(
    (resource: ResourceName, value: number) => {
      switch (resource) {
        case 'memory':
          return t('common.amount.memory', { value: number(value) });
        case 'gpu':
          return t('common.amount.gpu', { count: value, value: number(value) });
        default:
          return t('common.amount.cpu', { count: value, value: number(value) });
      }
    },
    [t, number],
  );
}
