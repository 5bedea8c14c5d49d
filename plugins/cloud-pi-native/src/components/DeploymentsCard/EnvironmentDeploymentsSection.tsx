import type { EnvironmentDeployments } from '@cpin/plugin-cloud-pi-native-common';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  Identifier,
  PartErrorAlert,
  StageChip,
  UsageBar,
  useCloudPiTranslation,
  useSharedStyles,
} from '../shared';
import { ApplicationsTable } from './ApplicationsTable';

const useStyles = makeStyles(theme => ({
  section: {
    borderLeft: `4px solid ${theme.palette.divider}`,
    paddingLeft: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  production: {
    borderLeft: `4px solid ${theme.palette.secondary.main}`,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

/** The deployments of one environment; production stands out. */
export function EnvironmentDeploymentsSection(props: {
  environment: EnvironmentDeployments;
}) {
  const { environment } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const shared = useSharedStyles();
  const production = environment.stageKind === 'prod';
  const headingId = `cpin-deployments-${environment.name}`;
  const quota = environment.quota;

  return (
    <section
      aria-labelledby={headingId}
      className={`${classes.section} ${production ? classes.production : ''}`}
    >
      <div className={classes.heading}>
        <Typography variant="h6" component="h3" id={headingId}>
          {t('deployments.environment', { name: environment.name })}
        </Typography>
        <StageChip
          stage={environment.stage}
          stageKind={environment.stageKind}
        />
      </div>
      <Typography variant="body2" color="textSecondary">
        {t('deployments.location', {
          zone: environment.zone.label,
          cluster: environment.cluster.label,
        })}
        {' · '}
        {t('deployments.namespace')}{' '}
        <Identifier value={environment.namespace} />
      </Typography>

      {environment.error && (
        <Box mt={1}>
          <PartErrorAlert
            part={t('deployments.partName')}
            error={environment.error}
          />
        </Box>
      )}
      {!environment.error && environment.applications.length === 0 && (
        <Typography variant="body2" className={shared.section}>
          {t('deployments.noApplication')}
        </Typography>
      )}
      {environment.applications.length > 0 && (
        <ApplicationsTable
          environment={environment.name}
          applications={environment.applications}
        />
      )}

      <Box mt={1}>
        <Typography variant="subtitle2" component="h4">
          {t('deployments.quota.title')}
        </Typography>
        {quota ? (
          <>
            <UsageBar
              resource="cpu"
              used={quota.cpu.used}
              total={quota.cpu.hard}
            />
            <UsageBar
              resource="memory"
              used={quota.memory.used}
              total={quota.memory.hard}
            />
            {(quota.gpu.hard > 0 || quota.gpu.used > 0) && (
              <UsageBar
                resource="gpu"
                used={quota.gpu.used}
                total={quota.gpu.hard}
              />
            )}
          </>
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('deployments.quota.unavailable')}
          </Typography>
        )}
      </Box>
    </section>
  );
}
