import type { CardPartError } from '@cpin/plugin-cloud-pi-native-common';
import Alert from '@material-ui/lab/Alert';
import { useCloudPiTranslation } from './useCloudPiTranslation';

/** Props of {@link PartErrorAlert}. */
export interface PartErrorAlertProps {
  /** What could not be read, e.g. "Argo CD", "The service links". */
  part: string;
  error: CardPartError;
}

/** A warning for one part of a card that could not be read; the rest stays usable. */
export function PartErrorAlert(props: PartErrorAlertProps) {
  const { part, error } = props;
  const t = useCloudPiTranslation();
  return (
    <Alert severity="warning" variant="outlined" role="status">
      {t('states.partialFailure', { part, message: error.message })}
    </Alert>
  );
}
