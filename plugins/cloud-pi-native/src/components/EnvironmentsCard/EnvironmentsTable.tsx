import type { EnvironmentSummary } from '@cpin/plugin-cloud-pi-native-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  StageChip,
  StatusIndicator,
  useCloudPiTranslation,
  useResourceFormat,
  useSharedStyles,
} from '../shared';

/** The environments of a project: stage, location, allocation, auto-sync. */
export function EnvironmentsTable(props: {
  environments: EnvironmentSummary[];
}) {
  const { environments } = props;
  const t = useCloudPiTranslation();
  const format = useResourceFormat();
  const classes = useSharedStyles();
  if (environments.length === 0) {
    return <Typography>{t('environments.empty')}</Typography>;
  }
  return (
    <Box overflow="auto">
      <Table size="small">
        <caption className={classes.visuallyHidden}>
          {t('environments.caption')}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('environments.columns.name')}</TableCell>
            <TableCell>{t('environments.columns.stage')}</TableCell>
            <TableCell>{t('environments.columns.zone')}</TableCell>
            <TableCell>{t('environments.columns.cluster')}</TableCell>
            <TableCell align="right">{t('environments.columns.cpu')}</TableCell>
            <TableCell align="right">{t('environments.columns.gpu')}</TableCell>
            <TableCell align="right">
              {t('environments.columns.memory')}
            </TableCell>
            <TableCell>{t('environments.columns.autosync')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {environments.map(environment => (
            <TableRow key={environment.id}>
              <TableCell component="th" scope="row">
                {environment.name}
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="p"
                >
                  {t('environments.namespace', {
                    namespace: environment.namespace,
                  })}
                </Typography>
              </TableCell>
              <TableCell>
                <StageChip
                  stage={environment.stage}
                  stageKind={environment.stageKind}
                />
              </TableCell>
              <TableCell>{environment.zone.label}</TableCell>
              <TableCell>{environment.cluster.label}</TableCell>
              <TableCell align="right">
                {format('cpu', environment.resources.cpu)}
              </TableCell>
              <TableCell align="right">
                {format('gpu', environment.resources.gpu)}
              </TableCell>
              <TableCell align="right">
                {format('memory', environment.resources.memory)}
              </TableCell>
              <TableCell>
                {environment.autosync ? (
                  <StatusIndicator
                    tone="ok"
                    label={t('environments.autosync.on')}
                  />
                ) : (
                  <StatusIndicator
                    tone="paused"
                    label={t('environments.autosync.off')}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
