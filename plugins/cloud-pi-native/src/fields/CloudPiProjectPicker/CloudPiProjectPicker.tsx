import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { ProjectSummary } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiProjects } from '@cpin/plugin-cloud-pi-native-react';
import { errorMessage, useCloudPiTranslation } from '../../components/shared';
import { SelectField } from '../SelectField';
import type { CloudPiProjectPickerUiOptions } from '../schemas';
import type { PickerFormContext } from '../types';
import { useFieldInstance } from '../useFieldInstance';

/**
 * Chooses one of the projects the signed-in user belongs to (value: the
 * project slug). Locked projects are listed but cannot be chosen.
 *
 * @public
 */
export function CloudPiProjectPicker(
  props: FieldExtensionComponentProps<string, CloudPiProjectPickerUiOptions>,
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
  const projects = useCloudPiProjects(target.instance);
  const options = projects.value ?? [];

  let problem = target.problem;
  if (!problem && projects.error) {
    problem = t('fields.loadError', { message: errorMessage(projects.error) });
  }

  return (
    <SelectField<ProjectSummary>
      id={idSchema?.$id ?? 'cloud-pi-project'}
      label={schema.title ?? t('fields.project.label')}
      description={schema.description ?? t('fields.project.description')}
      required={required}
      disabled={disabled}
      options={options}
      loading={target.loading || projects.loading}
      value={options.find(project => project.slug === formData) ?? null}
      onChange={project => onChange(project?.slug)}
      getKey={project => project.slug}
      getOptionLabel={project =>
        project.name === project.slug
          ? project.name
          : `${project.name} (${project.slug})`
      }
      getOptionDetail={project =>
        [
          project.locked ? t('fields.project.locked') : undefined,
          project.description,
        ]
          .filter(Boolean)
          .join(' · ') || undefined
      }
      getOptionDisabled={project => project.locked}
      problem={problem}
      emptyMessage={t('fields.project.empty')}
      rawErrors={rawErrors}
    />
  );
}
