import type { ArgoApplicationSummary } from '@cpin/plugin-cloud-pi-native-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  ExternalLink,
  StatusIndicator,
  useCloudPiTranslation,
  useFormatters,
  useSharedStyles,
} from '../shared';
import { healthTones, syncTones } from './statusTones';

const COMMIT_SHA = /^[0-9a-f]{12,40}$/;

/** Props of {@link ApplicationsTable}. */
export interface ApplicationsTableProps {
  environment: string;
  applications: ArgoApplicationSummary[];
}

/** The Argo CD applications of one environment. */
export function ApplicationsTable(props: ApplicationsTableProps) {
  const { environment, applications } = props;
  const t = useCloudPiTranslation();
  const f = useFormatters();
  const classes = useSharedStyles();
  return (
    <Box overflow="auto">
      <Table size="small">
        <caption className={classes.visuallyHidden}>
          {t('deployments.caption', { name: environment })}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('deployments.columns.application')}</TableCell>
            <TableCell>{t('deployments.columns.sync')}</TableCell>
            <TableCell>{t('deployments.columns.health')}</TableCell>
            <TableCell>{t('deployments.columns.revision')}</TableCell>
            <TableCell>{t('deployments.columns.lastSync')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {applications.map(application => (
            <TableRow key={application.name}>
              <TableCell component="th" scope="row">
                <ExternalLink
                  to={application.url}
                  label={t('deployments.openApplication', {
                    application: application.name,
                  })}
                >
                  {application.name}
                </ExternalLink>
                {application.message && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="p"
                  >
                    {application.message}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <StatusIndicator
                  tone={syncTones[application.syncStatus]}
                  label={t(`deployments.sync.${application.syncStatus}`)}
                />
                {application.outOfSyncResources > 0 && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    component="p"
                  >
                    {t('deployments.outOfSyncResources', {
                      count: application.outOfSyncResources,
                    })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <StatusIndicator
                  tone={healthTones[application.healthStatus]}
                  label={t(`deployments.health.${application.healthStatus}`)}
                />
              </TableCell>
              <TableCell>
                {application.revision ? (
                  <code className={classes.code} title={application.revision}>
                    {COMMIT_SHA.test(application.revision)
                      ? application.revision.slice(0, 7)
                      : application.revision}
                  </code>
                ) : (
                  t('common.notAvailable')
                )}
              </TableCell>
              <TableCell>
                {application.lastSyncedAt
                  ? f.dateTime(application.lastSyncedAt)
                  : t('deployments.neverSynced')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
