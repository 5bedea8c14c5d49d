import type { PipelineSummary } from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import {
  ExternalLink,
  StatusIndicator,
  useCloudPiTranslation,
  useFormatters,
} from '../shared';
import { pipelineTones } from './buildTones';
import { useBuildsStyles } from './styles';

/** Props of {@link PipelineLine}. */
export interface PipelineLineProps {
  repositoryName: string;
  pipeline: PipelineSummary;
}

/** One pipeline: its status, ref and date (a link to GitLab), duration and failed jobs. */
export function PipelineLine(props: PipelineLineProps) {
  const { repositoryName, pipeline } = props;
  const t = useCloudPiTranslation();
  const { dateTime } = useFormatters();
  const classes = useBuildsStyles();
  const duration = pipeline.durationSeconds;
  const minutes = duration === null ? 0 : Math.floor(duration / 60);
  const seconds = duration === null ? 0 : Math.round(duration % 60);
  const at = pipeline.finishedAt ?? pipeline.createdAt;
  return (
    <>
      <div className={classes.line}>
        <StatusIndicator
          tone={pipelineTones[pipeline.status]}
          label={t(`builds.status.${pipeline.status}`)}
        />
        <span className={classes.truncate} title={pipeline.ref}>
          <ExternalLink
            to={pipeline.url}
            label={t('builds.openPipeline', {
              repository: repositoryName,
              ref: pipeline.ref,
            })}
          >
            <span data-cpin-date={at}>
              {t('builds.pipeline', { ref: pipeline.ref, at: dateTime(at) })}
            </span>
          </ExternalLink>
        </span>
        {duration !== null && (
          <Typography
            variant="body2"
            color="textSecondary"
            component="span"
            data-cpin-duration
          >
            {minutes > 0
              ? t('builds.duration', {
                  minutes: String(minutes),
                  seconds: String(seconds),
                })
              : t('builds.durationSeconds', { seconds: String(seconds) })}
          </Typography>
        )}
      </div>
      {pipeline.failedJobs.length > 0 && (
        <Typography variant="body2" className={classes.failed}>
          {t('builds.failedJobs', { jobs: pipeline.failedJobs.join(', ') })}
        </Typography>
      )}
    </>
  );
}
