import { Content, Link } from '@backstage/core-components';
import { coreComponentsTranslationRef } from '@backstage/core-components/alpha';
import {
  configApiRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { useNavigate } from 'react-router-dom';
import { errorsTranslationRef } from './errorsTranslation';

/**
 * The page of an unknown address, in the user's language: Backstage's
 * status, title and "go back" link, and a link to the support only when
 * `app.support.url` is set (Backstage's page links to its own GitHub
 * issues otherwise).
 */
export function NotFoundPage() {
  const { t: core } = useTranslationRef(coreComponentsTranslationRef);
  const { t } = useTranslationRef(errorsTranslationRef);
  const navigate = useNavigate();
  const supportUrl = useApi(configApiRef).getOptionalString('app.support.url');
  return (
    <Content>
      <Typography variant="body1" color="textSecondary">
        {core('errorPage.subtitle', {
          status: '404',
          statusMessage: t('notFound.status'),
        })}
      </Typography>
      <Typography variant="h2" component="h1" gutterBottom>
        {core('errorPage.title')}
      </Typography>
      <Typography variant="h6" component="p">
        <Link to="#" onClick={() => navigate(-1)}>
          {core('errorPage.goBack')}
        </Link>
      </Typography>
      {supportUrl && (
        <Typography variant="body1">
          {t('notFound.help', {
            contactSupport: (
              <Link to={supportUrl}>{t('notFound.contactSupport')}</Link>
            ),
          })}
        </Typography>
      )}
    </Content>
  );
}
