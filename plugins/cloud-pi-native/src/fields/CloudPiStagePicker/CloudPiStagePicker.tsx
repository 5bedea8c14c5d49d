import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { StageSummary } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiStages } from '@cpin/plugin-cloud-pi-native-react';
import { errorMessage, useCloudPiTranslation } from '../../components/shared';
import { SelectField } from '../SelectField';
import type { CloudPiStagePickerUiOptions } from '../schemas';
import type { PickerFormContext } from '../types';
import { useFieldInstance } from '../useFieldInstance';

/**
 * Chooses an environment type (stage) of the instance (value: the stage's
 * name, which the actions accept like its id and the review step shows as
 * it is; an id written by earlier versions still selects its stage).
 *
 * @public
 */
export function CloudPiStagePicker(
  props: FieldExtensionComponentProps<string, CloudPiStagePickerUiOptions>,
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
  const t = useCloudPiTranslation();
  const target = useFieldInstance(uiSchema['ui:options'], formContext);
  const stages = useCloudPiStages(target.instance);
  const options = stages.value ?? [];

  let problem = target.problem;
  if (!problem && stages.error) {
    problem = t('fields.loadError', { message: errorMessage(stages.error) });
  }

  return (
    <SelectField<StageSummary>
      id={idSchema?.$id ?? 'cloud-pi-stage'}
      label={schema.title ?? t('fields.stage.label')}
      description={schema.description ?? t('fields.stage.description')}
      required={required}
      disabled={disabled}
      options={options}
      loading={target.loading || stages.loading}
      value={
        options.find(
          stage => stage.name === formData || stage.id === formData,
        ) ?? null
      }
      onChange={stage => onChange(stage?.name)}
      getKey={stage => stage.id}
      getOptionLabel={stage => stage.name}
      getOptionDetail={stage => t(`common.stageKind.${stage.stageKind}`)}
      problem={problem}
      rawErrors={rawErrors}
    />
  );
}
