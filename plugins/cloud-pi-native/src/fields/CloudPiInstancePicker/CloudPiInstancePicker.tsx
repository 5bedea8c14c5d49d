import type { InstanceSummary } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiInstances } from '@cpin/plugin-cloud-pi-native-react';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useEffect } from 'react';
import { errorMessage, useCloudPiTranslation } from '../../components/shared';
import { SelectField } from '../SelectField';

/**
 * Chooses a configured console instance (value: the instance name); the only
 * instance is chosen automatically.
 *
 * @public
 */
export function CloudPiInstancePicker(
  props: FieldExtensionComponentProps<string>,
) {
  const {
    formData,
    onChange,
    required,
    disabled,
    rawErrors,
    schema,
    idSchema,
  } = props;
  const t = useCloudPiTranslation();
  const { value: instances = [], loading, error } = useCloudPiInstances();

  useEffect(() => {
    if (!formData && instances.length === 1) onChange(instances[0].name);
  }, [formData, instances, onChange]);

  return (
    <SelectField<InstanceSummary>
      id={idSchema?.$id ?? 'cloud-pi-instance'}
      label={schema.title ?? t('fields.instance.label')}
      description={schema.description ?? t('fields.instance.description')}
      required={required}
      disabled={disabled}
      options={instances}
      loading={loading}
      value={instances.find(instance => instance.name === formData) ?? null}
      onChange={instance => onChange(instance?.name)}
      getKey={instance => instance.name}
      getOptionLabel={instance => instance.title}
      getOptionDetail={instance => instance.name}
      problem={
        error
          ? t('fields.loadError', { message: errorMessage(error) })
          : undefined
      }
      emptyMessage={t('fields.instance.none')}
      rawErrors={rawErrors}
    />
  );
}
