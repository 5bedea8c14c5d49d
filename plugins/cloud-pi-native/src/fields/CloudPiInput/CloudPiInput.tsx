import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import InputAdornment from '@material-ui/core/InputAdornment';
import TextField from '@material-ui/core/TextField';
import { useEffect, useRef, useState } from 'react';
import { useCloudPiTranslation } from '../../components/shared';
import { NUMBER_RULES, isInputRule } from '../inputRules';
import type { CloudPiInputUiOptions } from '../schemas';

/**
 * A text or an amount checked against a platform rule (`ui:options.rule`)
 * when the user goes on, with the console's messages. Amounts show their
 * unit (cores, GiB, GPUs). Nothing is red before the user has tried to go
 * on: the form shows the rule's errors only after Next.
 *
 * @public
 */
export function CloudPiInput(
  props: FieldExtensionComponentProps<string | number, CloudPiInputUiOptions>,
) {
  const {
    formData,
    onChange,
    required,
    disabled,
    rawErrors = [],
    schema,
    uiSchema,
    idSchema,
  } = props;
  const t = useCloudPiTranslation();
  const rule = uiSchema['ui:options']?.rule;
  const numeric = isInputRule(rule) && NUMBER_RULES.includes(rule);
  const [text, setText] = useState(
    formData === undefined ? '' : String(formData),
  );

  // The rule's validator only sees fields present in the form data: an
  // untouched text starts as '' so that Next reports the rule, not rjsf's
  // English "must have required property".
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => {
    if (formData === undefined && !numeric) onChangeRef.current('');
  }, [formData, numeric]);

  const id = idSchema?.$id ?? `cloud-pi-input-${rule}`;
  return (
    <TextField
      id={id}
      label={schema.title}
      required={required}
      disabled={disabled}
      value={text}
      type={numeric ? 'number' : 'text'}
      margin="normal"
      variant="outlined"
      fullWidth
      inputProps={numeric ? { inputMode: 'decimal', step: 'any' } : undefined}
      InputProps={
        numeric && isInputRule(rule)
          ? {
              endAdornment: (
                <InputAdornment position="end">
                  {t(`fields.input.unit.${rule as 'cpu' | 'memory' | 'gpu'}`)}
                </InputAdornment>
              ),
            }
          : undefined
      }
      onChange={event => {
        const next = event.target.value;
        setText(next);
        if (!numeric) onChange(next);
        else onChange(next.trim() === '' ? undefined : Number(next));
      }}
      error={rawErrors.length > 0}
      helperText={rawErrors[0] ?? schema.description}
      FormHelperTextProps={{ id: `${id}-helper` }}
    />
  );
}
