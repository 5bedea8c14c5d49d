import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { EnvironmentSummary } from '@cpin/plugin-cloud-pi-native-common';
import {
  type DataColumn,
  DataTable,
  Identifier,
  Name,
  StageChip,
  StatusIndicator,
  Tiles,
  useCardSize,
  useCloudPiTranslation,
  useResourceFormat,
  TileList,
  TileListItem,
} from '../shared';

const useStyles = makeStyles(theme => ({
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
}));

function Autosync(props: { on: boolean }) {
  const t = useCloudPiTranslation();
  return props.on ? (
    <StatusIndicator tone="ok" label={t('environments.autosync.on')} />
  ) : (
    <StatusIndicator tone="paused" label={t('environments.autosync.off')} />
  );
}

/** One environment as a definition list: the layout of narrow cards. */
function EnvironmentTiles(props: {
  environment: EnvironmentSummary;
  showGpu: boolean;
}) {
  const { environment, showGpu } = props;
  const t = useCloudPiTranslation();
  const format = useResourceFormat();
  const classes = useStyles();
  const { resources } = environment;
  return (
    <TileListItem>
      <div className={classes.heading}>
        <Typography variant="subtitle1" component="h3">
          {environment.name}
        </Typography>
        <StageChip
          stage={environment.stage}
          stageKind={environment.stageKind}
        />
      </div>
      <Tiles
        items={[
          {
            id: 'namespace',
            label: t('environments.columns.namespace'),
            value: <Identifier value={environment.namespace} />,
          },
          {
            id: 'zone',
            label: t('environments.columns.zone'),
            value: <Name text={environment.zone.label} />,
          },
          {
            id: 'cluster',
            label: t('environments.columns.cluster'),
            value: <Name text={environment.cluster.label} />,
          },
          {
            id: 'cpu',
            label: t('environments.columns.cpu'),
            value: format('cpu', resources.cpu),
          },
          {
            id: 'memory',
            label: t('environments.columns.memory'),
            value: format('memory', resources.memory),
          },
          ...(showGpu
            ? [
                {
                  id: 'gpu',
                  label: t('environments.columns.gpu'),
                  value: format('gpu', resources.gpu),
                },
              ]
            : []),
          {
            id: 'autosync',
            label: t('environments.columns.autosync'),
            value: <Autosync on={environment.autosync} />,
          },
        ]}
      />
    </TileListItem>
  );
}

/**
 * The environments of a project: stage, location, allocation, auto-sync.
 * One environment, or a narrow card, gets a definition list per
 * environment; several environments in a wider card get a table. The GPU
 * column only appears when an environment has GPUs.
 */
export function EnvironmentsTable(props: {
  environments: EnvironmentSummary[];
}) {
  const { environments } = props;
  const t = useCloudPiTranslation();
  const format = useResourceFormat();
  const size = useCardSize();
  if (environments.length === 0) {
    return <Typography>{t('environments.empty')}</Typography>;
  }
  const showGpu = environments.some(e => e.resources.gpu > 0);
  const tiles = (
    <TileList label={t('environments.caption')}>
      {environments.map(environment => (
        <EnvironmentTiles
          key={environment.id}
          environment={environment}
          showGpu={showGpu}
        />
      ))}
    </TileList>
  );
  if (size === 'compact' || environments.length === 1) return tiles;
  const columns: DataColumn<EnvironmentSummary>[] = [
    {
      id: 'name',
      label: t('environments.columns.name'),
      priority: 1,
      render: environment => (
        <>
          {environment.name}
          <Typography variant="caption" color="textSecondary" component="div">
            <Identifier value={environment.namespace} />
          </Typography>
        </>
      ),
    },
    {
      id: 'stage',
      label: t('environments.columns.stage'),
      priority: 1,
      render: environment => (
        <StageChip
          stage={environment.stage}
          stageKind={environment.stageKind}
        />
      ),
    },
    {
      id: 'zone',
      label: t('environments.columns.zone'),
      priority: 2,
      render: environment => <Name text={environment.zone.label} />,
    },
    {
      id: 'cluster',
      label: t('environments.columns.cluster'),
      priority: 3,
      render: environment => <Name text={environment.cluster.label} />,
    },
    {
      id: 'cpu',
      label: t('environments.columns.cpu'),
      priority: 1,
      align: 'right',
      render: environment => format('cpu', environment.resources.cpu),
    },
    ...(showGpu
      ? [
          {
            id: 'gpu',
            label: t('environments.columns.gpu'),
            priority: 2 as const,
            align: 'right' as const,
            render: (environment: EnvironmentSummary) =>
              format('gpu', environment.resources.gpu),
          },
        ]
      : []),
    {
      id: 'memory',
      label: t('environments.columns.memory'),
      priority: 1,
      align: 'right',
      render: environment => format('memory', environment.resources.memory),
    },
    {
      id: 'autosync',
      label: t('environments.columns.autosync'),
      priority: 2,
      render: environment => <Autosync on={environment.autosync} />,
    },
  ];
  return (
    <DataTable
      narrow={tiles}
      caption={t('environments.caption')}
      columns={columns}
      rows={environments}
      rowKey={environment => environment.id}
    />
  );
}
