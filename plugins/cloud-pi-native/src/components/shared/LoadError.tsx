import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { errorMessage } from './errorMessage';
import { loadFailureOf } from './loadFailure';
import { useSharedStyles } from './styles';
import { useCloudPiTranslation } from './useCloudPiTranslation';

/** Props of {@link LoadError}. */
export interface LoadErrorProps {
  /** What could not be loaded, in the reader's language. */
  title: string;
  /** The failures (several when the page says its cards' failures once). */
  errors: readonly Error[];
  onRetry: () => void;
  /** Whether the retry is under way. */
  retrying?: boolean;
}

/**
 * A request that failed, in the reader's language: what could not be
 * loaded, why (the kind of the first failure) and a retry; the server's
 * messages, for operators and in English, are a technical detail the reader
 * may open.
 * Backstage's error panels write their labels in English ("Error:",
 * "Message", "Stack Trace") and show a stack trace to people who cannot act
 * on it.
 */
export function LoadError(props: LoadErrorProps) {
  const { title, errors, onRetry, retrying = false } = props;
  const t = useCloudPiTranslation();
  const classes = useSharedStyles();
  const messages = [...new Set(errors.map(errorMessage))];
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={onRetry}
          disabled={retrying}
        >
          {t('common.retry')}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {t(`states.failure.${loadFailureOf(errors[0])}`)}
      <Box component="details" mt={1}>
        <summary>{t('states.failure.detail')}</summary>
        {/* A path or an id has no spaces: it may wrap anywhere. */}
        {messages.map(message => (
          <Box
            key={message}
            component="code"
            display="block"
            className={classes.code}
            style={{ overflowWrap: 'anywhere' }}
          >
            {message}
          </Box>
        ))}
      </Box>
    </Alert>
  );
}
