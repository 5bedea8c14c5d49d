import {
  type ErrorDisplayProps,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { Alert, Button } from '@backstage/ui';
import { errorsTranslationRef } from './errorsTranslation';

/**
 * Shown in place of an extension that crashed, in the user's language: which
 * plugin (by its title), the error's message and a retry. Backstage's panel
 * says "Error in <plugin id>" and "Retry" in English, with a stack trace.
 */
export function ExtensionErrorDisplay(props: ErrorDisplayProps) {
  const { plugin, error, resetError } = props;
  const { t } = useTranslationRef(errorsTranslationRef);
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
      description={error.message}
      customActions={
        <Button size="small" variant="secondary" onPress={resetError}>
          {t('display.retry')}
        </Button>
      }
    />
  );
}
