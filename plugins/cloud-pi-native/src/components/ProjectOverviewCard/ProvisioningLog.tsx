import type {
  ProvisioningLogEntry,
  ProvisioningResult,
} from '@cpin/plugin-cloud-pi-native-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  PartErrorAlert,
  StatusIndicator,
  type StatusTone,
  useCloudPiTranslation,
  useFormatters,
  useSharedStyles,
} from '../shared';

const resultTones: Record<ProvisioningResult, StatusTone> = {
  OK: 'ok',
  KO: 'error',
  WARNING: 'warning',
};

/** The last provisioning runs of the project, newest first. */
export function ProvisioningLog(props: {
  logs: {
    items: ProvisioningLogEntry[];
    error?: { name: string; message: string };
  };
}) {
  const { items, error } = props.logs;
  const t = useCloudPiTranslation();
  const f = useFormatters();
  const classes = useSharedStyles();
  return (
    <section aria-labelledby="cpin-overview-logs" className={classes.section}>
      <Typography variant="subtitle2" component="h3" id="cpin-overview-logs">
        {t('overview.logs.title')}
      </Typography>
      {error && <PartErrorAlert part={t('overview.logs.part')} error={error} />}
      {!error && items.length === 0 && (
        <Typography variant="body2">{t('overview.logs.empty')}</Typography>
      )}
      {items.length > 0 && (
        <Box overflow="auto">
          <Table size="small">
            <caption className={classes.visuallyHidden}>
              {t('overview.logs.caption')}
            </caption>
            <TableHead>
              <TableRow>
                <TableCell>{t('overview.logs.columns.result')}</TableCell>
                <TableCell>{t('overview.logs.columns.action')}</TableCell>
                <TableCell>{t('overview.logs.columns.summary')}</TableCell>
                <TableCell align="right">
                  {t('overview.logs.columns.duration')}
                </TableCell>
                <TableCell>{t('overview.logs.columns.date')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map(entry => (
                <TableRow key={entry.id}>
                  <TableCell>
                    <StatusIndicator
                      tone={resultTones[entry.result]}
                      label={t(`overview.logs.result.${entry.result}`)}
                    />
                  </TableCell>
                  <TableCell>{entry.action}</TableCell>
                  <TableCell style={{ whiteSpace: 'pre-line' }}>
                    {entry.messageResume ?? t('common.notAvailable')}
                  </TableCell>
                  <TableCell align="right">
                    {entry.durationMs === null
                      ? t('common.notAvailable')
                      : t('overview.logs.duration', {
                          seconds: f.number(entry.durationMs / 1000),
                        })}
                  </TableCell>
                  <TableCell>{f.dateTime(entry.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </section>
  );
}
