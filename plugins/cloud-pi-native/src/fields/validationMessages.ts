import type { ApiHolder } from '@backstage/core-plugin-api';
import {
  appLanguageApiRef,
  translationApiRef,
} from '@backstage/frontend-plugin-api';
import {
  cloudPiNativeMessages,
  cloudPiNativeTranslationRef,
} from '../translation/translation';
import type { CloudPiInputRule } from './inputRules';

/** Validation messages of the field extensions. */
export type FieldValidationKey =
  | 'fields.project.invalid'
  | 'fields.stage.invalid'
  | 'fields.cluster.invalid'
  | 'fields.credentials.required'
  | `fields.input.invalid.${CloudPiInputRule}`;

function english(key: FieldValidationKey): string {
  let node: unknown = cloudPiNativeMessages;
  for (const part of key.split('.')) {
    node = (node as Record<string, unknown>)[part];
  }
  return node as string;
}

/**
 * Translates validation messages outside React (validators receive the API
 * holder, not hooks); English until the translations are loaded.
 */
export function validationMessages(
  apiHolder: ApiHolder,
): (key: FieldValidationKey) => string {
  const snapshot = apiHolder
    .get(translationApiRef)
    ?.getTranslation(cloudPiNativeTranslationRef);
  return key => (snapshot?.ready ? snapshot.t(key) : english(key));
}

/**
 * Whether the app shows French: the platform's own messages (the console's
 * wording, in French) are then shown as they are.
 */
export function isFrench(apiHolder: ApiHolder): boolean {
  const language = apiHolder.get(appLanguageApiRef)?.getLanguage().language;
  return !!language && language.toLowerCase().startsWith('fr');
}
