import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { ClusterSummary } from '@cpin/plugin-cloud-pi-native-common';
import {
  useCloudPiClusters,
  useCloudPiStages,
} from '@cpin/plugin-cloud-pi-native-react';
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

/** A cluster value is its name; ids written by earlier versions still match. */
function isCluster(cluster: ClusterSummary, value: string | undefined) {
  return !!value && (cluster.label === value || cluster.id === value);
}

/**
 * Chooses a cluster for the stage chosen elsewhere in the form (value: the
 * cluster's name, which the actions accept like its id and the review step
 * shows as it is), showing zone, privacy and remaining capacity when the
 * caller may see it. The choice is cleared when the stage changes. The stage
 * field may hold the stage's name or id.
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
  const stageRef = formValue(formContext, options?.stageField ?? 'stageId');
  const projectId = formValue(formContext, options?.projectField ?? 'project');
  const stages = useCloudPiStages(stageRef ? target.instance : undefined);
  const stageId = stages.value?.find(
    stage => stage.id === stageRef || stage.name === stageRef,
  )?.id;
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
      !choices.some(cluster => isCluster(cluster, formData))
    ) {
      onChange(undefined);
    }
  }, [loaded, formData, choices, onChange]);

  let problem = target.problem;
  const loadError = stages.error ?? clusters.error;
  if (!problem && loadError) {
    problem = t('fields.loadError', { message: errorMessage(loadError) });
  }
  // Not an error: the user has not chosen the stage yet.
  const hint = stageRef ? undefined : t('fields.cluster.chooseStageFirst');

  return (
    <SelectField<ClusterSummary>
      id={idSchema?.$id ?? 'cloud-pi-cluster'}
      label={schema.title ?? t('fields.cluster.label')}
      description={schema.description ?? t('fields.cluster.description')}
      required={required}
      disabled={disabled || !stageRef}
      options={choices}
      loading={target.loading || stages.loading || clusters.loading}
      value={choices.find(cluster => isCluster(cluster, formData)) ?? null}
      onChange={cluster => onChange(cluster?.label)}
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
      hint={hint}
      emptyMessage={t('fields.cluster.empty')}
      rawErrors={rawErrors}
    />
  );
}
