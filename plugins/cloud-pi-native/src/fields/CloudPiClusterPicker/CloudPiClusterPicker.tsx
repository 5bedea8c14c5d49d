import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { ClusterSummary } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiClusters } from '@cpin/plugin-cloud-pi-native-react';
import { useEffect, useMemo } from 'react';
import {
  errorMessage,
  useCloudPiTranslation,
  useResourceFormat,
} from '../../components/shared';
import { SelectField } from '../SelectField';
import type { CloudPiClusterPickerUiOptions } from '../schemas';
import type { PickerFormContext } from '../types';
import { formValue, useFieldInstance } from '../useFieldInstance';

/**
 * Chooses a cluster for the stage chosen elsewhere in the form (value: the
 * cluster id), showing zone, privacy and remaining capacity when the caller
 * may see it. The choice is cleared when the stage changes.
 *
 * @public
 */
export function CloudPiClusterPicker(
  props: FieldExtensionComponentProps<string, CloudPiClusterPickerUiOptions>,
) {
  const {
    formData,
    onChange,
    required,
    disabled,
    rawErrors,
    schema,
    uiSchema,
    idSchema,
  } = props;
  const formContext = props.formContext as PickerFormContext | undefined;
  const options = uiSchema['ui:options'];
  const t = useCloudPiTranslation();
  const format = useResourceFormat();
  const target = useFieldInstance(options, formContext);
  const stageId = formValue(formContext, options?.stageField ?? 'stageId');
  const projectId = formValue(formContext, options?.projectField ?? 'project');
  const clusters = useCloudPiClusters(target.instance, { stageId, projectId });
  const allowed = options?.allowedPrivacy;
  const choices = useMemo(
    () =>
      (clusters.value ?? []).filter(
        cluster => !allowed || allowed.includes(cluster.privacy),
      ),
    [clusters.value, allowed],
  );

  const loaded = !!clusters.value && !clusters.loading;
  useEffect(() => {
    if (
      loaded &&
      formData &&
      !choices.some(cluster => cluster.id === formData)
    ) {
      onChange(undefined);
    }
  }, [loaded, formData, choices, onChange]);

  let problem = target.problem;
  if (!problem && !stageId) problem = t('fields.cluster.chooseStageFirst');
  if (!problem && clusters.error) {
    problem = t('fields.loadError', { message: errorMessage(clusters.error) });
  }

  return (
    <SelectField<ClusterSummary>
      id={idSchema?.$id ?? 'cloud-pi-cluster'}
      label={schema.title ?? t('fields.cluster.label')}
      description={schema.description ?? t('fields.cluster.description')}
      required={required}
      disabled={disabled || !stageId}
      options={choices}
      loading={target.loading || clusters.loading}
      value={choices.find(cluster => cluster.id === formData) ?? null}
      onChange={cluster => onChange(cluster?.id)}
      getKey={cluster => cluster.id}
      getOptionLabel={cluster => cluster.label}
      getOptionDetail={cluster => {
        const parts = [
          cluster.zone.label,
          t(`fields.cluster.privacy.${cluster.privacy}`),
        ];
        if (cluster.remainingCapacity) {
          const { cpu, gpu, memory } = cluster.remainingCapacity;
          parts.push(
            t('fields.cluster.remaining', {
              cpu: format('cpu', cpu),
              memory: format('memory', memory),
              gpu: format('gpu', gpu),
            }),
          );
        }
        return parts.join(' · ');
      }}
      problem={problem}
      emptyMessage={t('fields.cluster.empty')}
      rawErrors={rawErrors}
    />
  );
}
