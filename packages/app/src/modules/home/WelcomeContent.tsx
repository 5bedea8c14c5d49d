import { MarkdownContent } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { homeTranslationRef } from './homeTranslation';

/** What the portal offers, with links to the catalogue, templates and docs. */
export function WelcomeContent() {
  const { t } = useTranslationRef(homeTranslationRef);
  return (
    <>
      <Typography variant="h6" component="h2" gutterBottom>
        {t('welcome.title')}
      </Typography>
      <MarkdownContent
        content={[
          `- ${t('welcome.projects')}`,
          `- ${t('welcome.create')}`,
          `- ${t('welcome.docs')}`,
        ].join('\n')}
      />
    </>
  );
}
