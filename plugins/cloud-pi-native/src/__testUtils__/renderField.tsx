import type { ApiHolder } from '@backstage/core-plugin-api';
import { useApiHolder } from '@backstage/core-plugin-api';
import {
  type FieldExtensionComponentProps,
  SecretsContextProvider,
  useTemplateSecrets,
} from '@backstage/plugin-scaffolder-react';
import {
  type CloudPiNativeApi,
  cloudPiAuthApiRef,
} from '@cpin/plugin-cloud-pi-native-react';
import type { ComponentType } from 'react';
import { type TestLanguage, renderInLanguage } from './renderInLanguage';

/** What a field test can observe. */
export interface RenderedField {
  onChange: jest.Mock;
  /** The task secrets as the scaffolder would send them. */
  secrets(): Record<string, string>;
  /** The app's API holder, as validators receive it. */
  apiHolder(): ApiHolder;
}

/** Options of {@link renderField}. */
export interface RenderFieldOptions {
  language: TestLanguage;
  api?: Partial<CloudPiNativeApi>;
  authApi?: object;
  formData?: string;
  /** The data of the whole form (`formContext.formData`). */
  form?: Record<string, unknown>;
  uiOptions?: Record<string, unknown>;
  required?: boolean;
  /** Errors the form hands the field after a failed Next. */
  rawErrors?: string[];
  /** The field's JSON schema (title, description). */
  schema?: Record<string, unknown>;
}

/**
 * Renders a field extension component the way the scaffolder does: inside
 * the secrets context, with rjsf-like props.
 */
export function renderField<T>(
  Field: ComponentType<FieldExtensionComponentProps<string, T>>,
  options: RenderFieldOptions,
): RenderedField {
  const onChange = jest.fn();
  let secrets: Record<string, string> = {};
  let holder: ApiHolder | undefined;

  const Probe = () => {
    secrets = useTemplateSecrets().secrets;
    holder = useApiHolder();
    return null;
  };

  const props = {
    formData: options.formData,
    onChange,
    required: options.required ?? true,
    disabled: false,
    rawErrors: options.rawErrors ?? [],
    schema: options.schema ?? {},
    uiSchema: { 'ui:options': options.uiOptions ?? {} },
    idSchema: { $id: 'root_field' },
    formContext: { formData: options.form ?? {} },
  } as unknown as FieldExtensionComponentProps<string, T>;

  renderInLanguage(
    <SecretsContextProvider>
      <Field {...props} />
      <Probe />
    </SecretsContextProvider>,
    {
      language: options.language,
      api: options.api,
      apis: options.authApi ? [[cloudPiAuthApiRef, options.authApi]] : [],
    },
  );

  return {
    onChange,
    secrets: () => secrets,
    apiHolder: () => {
      if (!holder) throw new Error('field not rendered');
      return holder;
    },
  };
}
