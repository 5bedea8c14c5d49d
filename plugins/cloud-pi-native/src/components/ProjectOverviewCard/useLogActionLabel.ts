import { consoleLogActionKey } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiTranslation } from '../shared';

/**
 * The words for a provisioning log action: ours for the console's known
 * labels, the console's own label otherwise.
 */
export function useLogActionLabel(): (action: string) => string {
  const t = useCloudPiTranslation();
  return action => {
    const key = consoleLogActionKey(action);
    return key ? t(`overview.logs.actions.${key}`) : action;
  };
}
