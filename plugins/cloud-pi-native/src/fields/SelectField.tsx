import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useCloudPiTranslation } from '../components/shared';

/** Props of {@link SelectField}. */
export interface SelectFieldProps<T> {
  id: string;
  label: string;
  description?: string;
  required?: boolean;
  disabled?: boolean;
  options: T[];
  loading: boolean;
  value: T | null;
  onChange(option: T | null): void;
  getKey(option: T): string;
  getOptionLabel(option: T): string;
  getOptionDetail?(option: T): string | undefined;
  getOptionDisabled?(option: T): boolean;
  /** A problem to show instead of the description, in red (load error). */
  problem?: string;
  /** What to do first, instead of the description, not in red (missing input). */
  hint?: string;
  /** Shown when the list loaded empty. */
  emptyMessage?: string;
  /** Validation errors from the form. */
  rawErrors?: string[];
}

/** A searchable, keyboard-operable list with translated controls and messages. */
export function SelectField<T>(props: SelectFieldProps<T>) {
  const {
    id,
    label,
    description,
    required,
    disabled,
    options,
    loading,
    value,
    onChange,
    getKey,
    getOptionLabel,
    getOptionDetail,
    getOptionDisabled,
    problem,
    hint,
    emptyMessage,
    rawErrors = [],
  } = props;
  const t = useCloudPiTranslation();
  const empty = !loading && !problem && options.length === 0;
  const helperText =
    rawErrors[0] ??
    problem ??
    hint ??
    (empty && emptyMessage ? emptyMessage : description);
  return (
    <Autocomplete<T>
      id={id}
      options={options}
      value={value}
      loading={loading}
      disabled={disabled}
      onChange={(_event, option) => onChange(option)}
      getOptionLabel={getOptionLabel}
      getOptionDisabled={getOptionDisabled}
      getOptionSelected={(option, selected) =>
        getKey(option) === getKey(selected)
      }
      renderOption={option => {
        const detail = getOptionDetail?.(option);
        return (
          <div>
            <Typography variant="body1">{getOptionLabel(option)}</Typography>
            {detail && (
              <Typography variant="caption" color="textSecondary">
                {detail}
              </Typography>
            )}
          </div>
        );
      }}
      openText={t('fields.open')}
      closeText={t('fields.close')}
      clearText={t('fields.clear')}
      loadingText={t('fields.loadingOptions')}
      noOptionsText={t('fields.noOptions')}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          required={required}
          margin="normal"
          variant="outlined"
          error={rawErrors.length > 0 || !!problem}
          helperText={helperText}
        />
      )}
    />
  );
}
