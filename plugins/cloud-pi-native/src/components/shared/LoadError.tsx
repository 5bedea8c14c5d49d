import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { errorMessage } from './errorMessage';
import { useCloudPiTranslation } from './useCloudPiTranslation';

/** Props of {@link LoadError}. */
export interface LoadErrorProps {
  /** What could not be loaded, in the reader's language. */
  title: string;
  error: Error;
  onRetry: () => void;
}

/**
 * A request that failed, in the reader's language: what could not be
 * loaded, the server's message and a retry. Backstage's error panels write
 * their labels in English ("Error:", "Message", "Stack Trace") and show a
 * stack trace to people who cannot act on it.
 */
export function LoadError(props: LoadErrorProps) {
  const { title, error, onRetry } = props;
  const t = useCloudPiTranslation();
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {errorMessage(error)}
    </Alert>
  );
}
