import type {
  ProjectOverviewResponse,
  ProjectStatus,
} from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  PartErrorAlert,
  StatusIndicator,
  type StatusTone,
  ToolMessage,
  useCloudPiTranslation,
} from '../shared';

const statusTones: Record<ProjectStatus, StatusTone> = {
  created: 'ok',
  failed: 'error',
  warning: 'warning',
  archived: 'archived',
  initializing: 'progress',
};

const useStyles = makeStyles(theme => ({
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'center',
  },
  alert: { marginBottom: theme.spacing(1.5) },
  // Lets a long tool message scroll inside the alert instead of widening it.
  alertMessage: { minWidth: 0 },
}));

/**
 * A failed project stands out: an error alert at the top of the card with
 * the summary of its last failed run, readable at any width.
 */
function FailedProjectAlert(props: { overview: ProjectOverviewResponse }) {
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const lastFailure = props.overview.logs.items.find(
    entry => entry.result === 'KO',
  );
  return (
    // A region rather than a live alert: it is the project's state, not news.
    <Alert
      severity="error"
      className={classes.alert}
      classes={{ message: classes.alertMessage }}
      role="region"
      aria-labelledby="cpin-overview-failed"
    >
      <AlertTitle id="cpin-overview-failed">
        {t('overview.failedAlert.title')}
      </AlertTitle>
      {lastFailure?.messageResume ? (
        <>
          {t('overview.failedAlert.lastRun', { action: lastFailure.action })}
          <ToolMessage text={lastFailure.messageResume} />
        </>
      ) : (
        t('overview.failedAlert.noDetail')
      )}
    </Alert>
  );
}

/** Status, lock and provisioning freshness, with the console's wording. */
export function ProjectStatusBadges(props: {
  overview: ProjectOverviewResponse;
}) {
  const { project, provisioning } = props.overview;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  return (
    <>
      {project.status === 'failed' && (
        <FailedProjectAlert overview={props.overview} />
      )}
      <div
        className={classes.badges}
        role="group"
        aria-label={t('overview.statusLabel')}
      >
        <StatusIndicator
          tone={statusTones[project.status]}
          label={t(`overview.status.${project.status}`)}
        />
        {project.locked && (
          <StatusIndicator tone="locked" label={t('overview.locked')} />
        )}
        {provisioning.outdated && (
          <StatusIndicator tone="outdated" label={t('overview.outdated')} />
        )}
      </div>
      {provisioning.outdated && (
        <Typography variant="body2" color="textSecondary">
          {t('overview.outdatedDetail', {
            last:
              provisioning.lastSuccessVersion ?? t('overview.neverProvisioned'),
            current: provisioning.consoleVersion ?? t('common.notAvailable'),
          })}
        </Typography>
      )}
      {provisioning.error && (
        <PartErrorAlert
          part={t('overview.provisioningPart')}
          error={provisioning.error}
        />
      )}
    </>
  );
}
