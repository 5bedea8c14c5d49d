import {
  type TranslationFunction,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { cloudPiNativeTranslationRef } from '../../translation';

/** The plugin's translation function type. */
export type CloudPiTranslate = TranslationFunction<
  (typeof cloudPiNativeTranslationRef)['T']
>;

/** The plugin's translation function, following the app language. */
export function useCloudPiTranslation(): CloudPiTranslate {
  return useTranslationRef(cloudPiNativeTranslationRef).t;
}
