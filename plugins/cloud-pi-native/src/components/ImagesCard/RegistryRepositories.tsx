import type { RegistryRepository } from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import { ExternalLink, useCloudPiTranslation, useFormatters } from '../shared';
import { ScanSummary } from './ScanSummary';
import { useImagesStyles } from './styles';

/** The repositories of the project's Harbor project, each with its newest artifact. */
export function RegistryRepositories(props: {
  repositories: RegistryRepository[];
}) {
  const { repositories } = props;
  const t = useCloudPiTranslation();
  const { dateTime } = useFormatters();
  const classes = useImagesStyles();
  if (repositories.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('images.noRepository')}
      </Typography>
    );
  }
  return (
    <ul className={classes.list}>
      {repositories.map(repository => {
        const { latest } = repository;
        return (
          <li key={repository.name} className={classes.item}>
            <div className={classes.line}>
              <Typography variant="body2" component="span">
                {repository.url ? (
                  <ExternalLink to={repository.url}>
                    {repository.name}
                  </ExternalLink>
                ) : (
                  repository.name
                )}
              </Typography>
              <Typography
                variant="body2"
                color="textSecondary"
                component="span"
              >
                {t('images.artifacts', { count: repository.artifactCount })}
              </Typography>
            </div>
            {latest && (
              <>
                <div className={`${classes.line} ${classes.secondary}`}>
                  <code className={classes.tags} title={latest.tags.join(', ')}>
                    {latest.tags.length > 0
                      ? latest.tags.join(', ')
                      : t('images.untagged')}
                  </code>
                  {latest.pushedAt && (
                    <Typography
                      variant="body2"
                      color="textSecondary"
                      component="span"
                      data-cpin-date={latest.pushedAt}
                    >
                      {t('images.pushedAt', { at: dateTime(latest.pushedAt) })}
                    </Typography>
                  )}
                </div>
                <ScanSummary artifact={latest} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
