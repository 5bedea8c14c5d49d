import type {
  MirrorSync,
  RepositoryBuilds,
} from '@cpin/plugin-cloud-pi-native-common';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import {
  ExternalLink,
  PartErrorAlert,
  StatusIndicator,
  useCloudPiTranslation,
  useFormatters,
} from '../shared';
import { mirrorTones } from './buildTones';
import { PipelineLine } from './PipelineLine';
import { useBuildsStyles } from './styles';

function MirrorLine(props: { repositoryName: string; mirror: MirrorSync }) {
  const { repositoryName, mirror } = props;
  const t = useCloudPiTranslation();
  const { dateTime } = useFormatters();
  const classes = useBuildsStyles();
  const at = mirror.lastSyncAt ? dateTime(mirror.lastSyncAt) : '';
  const text = (
    <span data-cpin-date={mirror.lastSyncAt ?? undefined}>
      {[
        t(`builds.mirror.${mirror.state}`, { at }),
        mirror.branch
          ? t('builds.mirror.branch', { branch: mirror.branch })
          : '',
      ]
        .filter(Boolean)
        .join(' · ')}
    </span>
  );
  return (
    <div className={`${classes.line} ${classes.secondary}`}>
      <StatusIndicator
        tone={mirrorTones[mirror.state]}
        label={t('builds.mirror.label')}
      />
      {mirror.url ? (
        <ExternalLink
          to={mirror.url}
          label={t('builds.mirror.open', { repository: repositoryName })}
        >
          {text}
        </ExternalLink>
      ) : (
        <Typography variant="body2" component="span">
          {text}
        </Typography>
      )}
    </div>
  );
}

/** One repository of the builds card: default branch, other branches, mirror. */
export function RepositoryBuildsItem(props: { repository: RepositoryBuilds }) {
  const { repository } = props;
  const t = useCloudPiTranslation();
  const classes = useBuildsStyles();
  const name = repository.repositoryName;
  return (
    <li className={classes.item}>
      <div className={classes.line}>
        <Typography
          variant="subtitle1"
          component="h3"
          className={`${classes.name} ${classes.truncate}`}
          title={name}
        >
          {repository.url ? (
            <ExternalLink
              to={repository.url}
              label={t('builds.openRepository', { repository: name })}
            >
              {name}
            </ExternalLink>
          ) : (
            name
          )}
        </Typography>
        {repository.isInfra && (
          <Chip size="small" variant="outlined" label={t('builds.infra')} />
        )}
      </div>
      {repository.error ? (
        <PartErrorAlert
          part={t('builds.rowError', { repository: name })}
          error={repository.error}
        />
      ) : (
        <>
          {repository.latest ? (
            <PipelineLine repositoryName={name} pipeline={repository.latest} />
          ) : (
            <Typography variant="body2" color="textSecondary">
              {repository.defaultBranch
                ? t('builds.noPipeline', { branch: repository.defaultBranch })
                : t('builds.noDefaultBranch')}
            </Typography>
          )}
          {repository.mirror && (
            <MirrorLine repositoryName={name} mirror={repository.mirror} />
          )}
          {repository.branches.length > 0 && (
            <>
              <Typography
                variant="caption"
                color="textSecondary"
                component="p"
                className={classes.secondary}
              >
                {t('builds.recentBranches')}
              </Typography>
              <ul className={classes.branches}>
                {repository.branches.map(pipeline => (
                  <li key={pipeline.id}>
                    <PipelineLine repositoryName={name} pipeline={pipeline} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </li>
  );
}
