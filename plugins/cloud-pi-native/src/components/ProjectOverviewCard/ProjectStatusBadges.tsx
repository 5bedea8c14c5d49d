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
import { useLogActionLabel } from './useLogActionLabel';

/** The tone of each project status. */
export const projectStatusTones: Readonly<Record<ProjectStatus, StatusTone>> = {
  created: 'ok',
  failed: 'error',
  warning: 'warning',
  archived: 'archived',
  initializing: 'progress',
};

/**
 * A project status with the console's wording and its tone: the one rule
 * for the overview card and the home page's project list.
 */
export function ProjectStatusIndicator(props: { status: ProjectStatus }) {
  const t = useCloudPiTranslation();
  return (
    <StatusIndicator
      tone={projectStatusTones[props.status]}
      label={t(`overview.status.${props.status}`)}
    />
  );
}

/** The project's lock, with the overview card's wording. */
export function ProjectLockedIndicator() {
  const t = useCloudPiTranslation();
  return <StatusIndicator tone="locked" label={t('overview.locked')} />;
}

/** A provisioning run by an older console version, with the overview card's wording. */
export function ProvisioningOutdatedIndicator() {
  const t = useCloudPiTranslation();
  return <StatusIndicator tone="outdated" label={t('overview.outdated')} />;
}

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
  const actionLabel = useLogActionLabel();
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
          {t('overview.failedAlert.lastRun', {
            action: actionLabel(lastFailure.action),
          })}
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
        <ProjectStatusIndicator status={project.status} />
        {project.locked && <ProjectLockedIndicator />}
        {provisioning.outdated && <ProvisioningOutdatedIndicator />}
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
