import { SupportButton } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';

/**
 * TechDocs' support button with its message in the user's language (TechDocs
 * writes it in English in its header action, although its ref has it). Like
 * any support button, shown only when `app.support` is configured.
 */
export function DocsSupportButton() {
  const { t } = useTranslationRef(techdocsTranslationRef);
  return <SupportButton>{t('home.supportButton')}</SupportButton>;
}
