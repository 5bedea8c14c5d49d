import type {
  ProjectOverviewResponse,
  ProjectStatus,
} from '@cpin/plugin-cloud-pi-native-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  PartErrorAlert,
  StatusIndicator,
  type StatusTone,
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
}));

/** Status, lock and provisioning freshness, with the console's wording. */
export function ProjectStatusBadges(props: {
  overview: ProjectOverviewResponse;
}) {
  const { project, provisioning } = props.overview;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  return (
    <>
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
