import {
  type ErrorDisplayProps,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { Alert, Button } from '@backstage/ui';
import { makeStyles } from '@material-ui/core/styles';
import { errorsTranslationRef } from './errorsTranslation';

const useStyles = makeStyles({
  // Under the text rather than beside it (the alert's actions slot): the
  // display also stands in narrow places, the sidebar, where a button
  // beside the text left it a few pixels and broke it letter by letter.
  action: { marginTop: 8 },
});

/**
 * Whether the error, or one it wraps, is the browser failing to download a
 * chunk of the app's code: retrying cannot help, reloading the page can.
 */
function isCodeUnavailable(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e.name === 'ChunkLoadError') return true;
  }
  return false;
}

/**
 * Shown in place of an extension that crashed, in the user's language: which
 * plugin (by its title), the error's message and a retry, or a reload when
 * the app's code could not be downloaded. Backstage's panel says "Error in
 * <plugin id>" and "Retry" in English, with a stack trace.
 */
export function ExtensionErrorDisplay(props: ErrorDisplayProps) {
  const { plugin, error, resetError } = props;
  const { t } = useTranslationRef(errorsTranslationRef);
  const classes = useStyles();
  const codeUnavailable = isCodeUnavailable(error);
  return (
    <Alert
      status="danger"
      icon
      title={
        plugin
          ? t('display.titleOfPlugin', {
              plugin: plugin.title ?? plugin.pluginId,
            })
          : t('display.title')
      }
      description={
        <>
          {codeUnavailable ? t('display.codeUnavailable') : error.message}
          <div className={classes.action}>
            {codeUnavailable ? (
              <Button
                size="small"
                variant="secondary"
                onPress={() => window.location.reload()}
              >
                {t('display.reload')}
              </Button>
            ) : (
              <Button size="small" variant="secondary" onPress={resetError}>
                {t('display.retry')}
              </Button>
            )}
          </div>
        </>
      }
    />
  );
}
