import {
  CONSOLE_LOG_SUCCESS_SUMMARY,
  type ProvisioningLogEntry,
  type ProvisioningResult,
} from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  type DataColumn,
  DataTable,
  DateTime,
  PartErrorAlert,
  StatusIndicator,
  type StatusTone,
  ToolMessage,
  useCardSize,
  useCloudPiTranslation,
  useFormatters,
  useSharedStyles,
  TileList,
  TileListItem,
} from '../shared';
import { useLogActionLabel } from './useLogActionLabel';

const resultTones: Record<ProvisioningResult, StatusTone> = {
  OK: 'ok',
  KO: 'error',
  WARNING: 'warning',
};

const useStyles = makeStyles(theme => ({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.spacing(0.5, 1.5),
  },
}));

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
  const size = useCardSize();
  const classes = useStyles();
  const shared = useSharedStyles();
  const result = (entry: ProvisioningLogEntry) => (
    <StatusIndicator
      tone={resultTones[entry.result]}
      label={t(`overview.logs.result.${entry.result}`)}
    />
  );
  const actionLabel = useLogActionLabel();
  const action = (entry: ProvisioningLogEntry) => actionLabel(entry.action);
  // Marked so that screenshots can hold timings still.
  const duration = (entry: ProvisioningLogEntry) => (
    <span data-cpin-duration>
      {entry.durationMs === null
        ? t('common.notAvailable')
        : t('overview.logs.duration', {
            seconds: f.number(entry.durationMs / 1000),
          })}
    </span>
  );
  // The console's summary of a clean run, in the user's words; any other
  // summary is the tools' own text, shown as it is.
  const summary = (entry: ProvisioningLogEntry) => {
    if (entry.messageResume === null) return t('common.notAvailable');
    if (entry.messageResume === CONSOLE_LOG_SUCCESS_SUMMARY) {
      return t('overview.logs.summarySuccess');
    }
    return <ToolMessage text={entry.messageResume} />;
  };

  let runs = null;
  if (items.length > 0 && size === 'compact') {
    runs = (
      <TileList label={t('overview.logs.caption')} nested>
        {items.map(entry => (
          <TileListItem key={entry.id}>
            <div className={classes.line}>
              {result(entry)}
              <Typography variant="body2" component="span">
                {action(entry)}
              </Typography>
              <Typography variant="caption" color="textSecondary">
                <DateTime iso={entry.createdAt} /> · {duration(entry)}
              </Typography>
            </div>
            {/* A clean run says so with its result; only failures say more. */}
            {entry.messageResume &&
              entry.messageResume !== CONSOLE_LOG_SUCCESS_SUMMARY && (
                <ToolMessage text={entry.messageResume} />
              )}
          </TileListItem>
        ))}
      </TileList>
    );
  } else if (items.length > 0) {
    const columns: DataColumn<ProvisioningLogEntry>[] = [
      {
        id: 'result',
        label: t('overview.logs.columns.result'),
        priority: 1,
        render: result,
      },
      {
        id: 'action',
        label: t('overview.logs.columns.action'),
        priority: 1,
        render: action,
      },
      {
        id: 'summary',
        label: t('overview.logs.columns.summary'),
        priority: 1,
        render: summary,
      },
      {
        id: 'duration',
        label: t('overview.logs.columns.duration'),
        priority: 3,
        align: 'right',
        render: duration,
      },
      {
        id: 'date',
        label: t('overview.logs.columns.date'),
        priority: 2,
        render: entry => <DateTime iso={entry.createdAt} />,
      },
    ];
    runs = (
      <DataTable
        caption={t('overview.logs.caption')}
        columns={columns}
        rows={items}
        rowKey={entry => entry.id}
      />
    );
  }

  return (
    <section aria-labelledby="cpin-overview-logs" className={shared.section}>
      <Typography variant="subtitle2" component="h3" id="cpin-overview-logs">
        {t('overview.logs.title')}
      </Typography>
      {error && <PartErrorAlert part={t('overview.logs.part')} error={error} />}
      {!error && items.length === 0 && (
        <Typography variant="body2">{t('overview.logs.empty')}</Typography>
      )}
      {runs}
    </section>
  );
}
