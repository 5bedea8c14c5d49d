import { useApi } from '@backstage/core-plugin-api';
import { cloudPiNativeApiRef } from '@cpin/plugin-cloud-pi-native-react';
import useAsync from 'react-use/esm/useAsync';
import { errorMessage, useCloudPiTranslation } from '../components/shared';

/** `ui:options` every picker accepts to choose the console instance. */
export interface InstanceUiOptions {
  /** A fixed instance name. */
  instance?: string;
  /** The form field holding the instance (default `instance`). */
  instanceField?: string;
}

/** Reads a string value of the whole form (all steps) by field name. */
export function formValue(
  formContext: { formData?: Record<string, unknown> } | undefined,
  field: string,
): string | undefined {
  const value = formContext?.formData?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The console instance a picker works on: `ui:options.instance`, else the
 * form field named by `ui:options.instanceField` (default `instance`), else
 * the only configured instance.
 */
export function useFieldInstance(
  options: InstanceUiOptions | undefined,
  formContext: { formData?: Record<string, unknown> } | undefined,
): { instance?: string; loading: boolean; problem?: string } {
  const api = useApi(cloudPiNativeApiRef);
  const t = useCloudPiTranslation();
  const chosen =
    options?.instance ??
    formValue(formContext, options?.instanceField ?? 'instance');
  const state = useAsync(async () => {
    if (chosen) return undefined;
    return (await api.listInstances()).instances;
  }, [api, chosen]);

  if (chosen) return { instance: chosen, loading: false };
  if (state.loading) return { loading: true };
  if (state.error) {
    return {
      loading: false,
      problem: t('fields.loadError', { message: errorMessage(state.error) }),
    };
  }
  const instances = state.value ?? [];
  if (instances.length === 1)
    return { instance: instances[0].name, loading: false };
  return {
    loading: false,
    problem:
      instances.length === 0
        ? t('fields.instance.none')
        : t('fields.instance.ambiguous'),
  };
}
