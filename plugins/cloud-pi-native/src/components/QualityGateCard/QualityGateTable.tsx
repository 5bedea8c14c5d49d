import type {
  QualityGateRepository,
  QualityGateStatus,
  SonarMeasures,
} from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ReactNode } from 'react';
import {
  type DataColumn,
  DataTable,
  DateTime,
  ExternalLink,
  Name,
  PartErrorAlert,
  StatusIndicator,
  type StatusTone,
  type Tile,
  Tiles,
  useCardSize,
  useCloudPiTranslation,
  useFormatters,
  TileList,
  TileListItem,
} from '../shared';
import { conditionText } from './conditionText';
import { RatingBadge } from './RatingBadge';

/** Which measures the card shows. */
export type MeasureScope = 'overall' | 'newCode';

const gateTones: Record<QualityGateStatus, StatusTone> = {
  OK: 'ok',
  WARN: 'warning',
  ERROR: 'error',
  NONE: 'unknown',
};

const useStyles = makeStyles(theme => ({
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1, 2),
    marginBottom: theme.spacing(1),
  },
  conditions: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2.5),
  },
  measure: { whiteSpace: 'nowrap' },
}));

type MeasureId =
  | 'bugs'
  | 'vulnerabilities'
  | 'securityHotspots'
  | 'codeSmells'
  | 'coverage'
  | 'duplications';

/** The measures of a scope, formatted, with their rating where SonarQube gives one. */
function useMeasures() {
  const t = useCloudPiTranslation();
  const f = useFormatters();
  const classes = useStyles();
  const count = (value: number | null) =>
    value === null ? t('common.notAvailable') : f.number(value);
  const percent = (value: number | null) =>
    value === null ? t('common.notAvailable') : f.percent(value);
  const withRating = (
    text: string,
    metric: MeasureId,
    rating: SonarMeasures['reliabilityRating'],
  ) => (
    <span className={classes.measure}>
      {text}
      <RatingBadge
        metric={t(`qualityGate.columns.${metric}`)}
        rating={rating}
      />
    </span>
  );
  return (measures: SonarMeasures): Record<MeasureId, ReactNode> => ({
    bugs: withRating(count(measures.bugs), 'bugs', measures.reliabilityRating),
    vulnerabilities: withRating(
      count(measures.vulnerabilities),
      'vulnerabilities',
      measures.securityRating,
    ),
    securityHotspots: count(measures.securityHotspots),
    codeSmells: withRating(
      count(measures.codeSmells),
      'codeSmells',
      measures.maintainabilityRating,
    ),
    coverage: percent(measures.coverage),
    duplications: percent(measures.duplications),
  });
}

function RepositoryName(props: { repository: QualityGateRepository }) {
  const { repository } = props;
  const t = useCloudPiTranslation();
  if (!repository.url) return <Name text={repository.repositoryName} />;
  return (
    <ExternalLink
      to={repository.url}
      label={t('qualityGate.openDashboard', {
        repository: repository.repositoryName,
      })}
    >
      <Name text={repository.repositoryName} />
    </ExternalLink>
  );
}

/** The gate's status, or why there is none. */
function GateStatus(props: { repository: QualityGateRepository }) {
  const { analysis, error } = props.repository;
  const t = useCloudPiTranslation();
  if (error) {
    return <PartErrorAlert part={t('qualityGate.rowError')} error={error} />;
  }
  if (!analysis) {
    return (
      <StatusIndicator tone="neutral" label={t('qualityGate.notAnalysed')} />
    );
  }
  return (
    <StatusIndicator
      tone={gateTones[analysis.status]}
      label={t(`qualityGate.status.${analysis.status}`)}
    />
  );
}

/** The conditions that fail the gate, with SonarQube's metric names translated. */
function FailedConditions(props: { repository: QualityGateRepository }) {
  const { analysis } = props.repository;
  const t = useCloudPiTranslation();
  const f = useFormatters();
  const classes = useStyles();
  if (props.repository.error || !analysis) return null;
  if (analysis.failedConditions.length === 0) return null;
  return (
    <>
      <Typography variant="body2" component="p">
        {t('qualityGate.failedConditions')}
      </Typography>
      <ul className={classes.conditions}>
        {analysis.failedConditions.map(condition => (
          <Typography variant="body2" component="li" key={condition.metric}>
            {conditionText(t, f, condition)}
          </Typography>
        ))}
      </ul>
    </>
  );
}

const MEASURE_IDS: MeasureId[] = [
  'bugs',
  'vulnerabilities',
  'securityHotspots',
  'codeSmells',
  'coverage',
  'duplications',
];

/** One repository as tiles: the layout of narrow cards and single repositories. */
function RepositoryTiles(props: {
  repository: QualityGateRepository;
  scope: MeasureScope;
}) {
  const { repository, scope } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const measures = useMeasures();
  const { analysis, error } = repository;
  const values = analysis && !error ? measures(analysis[scope]) : undefined;
  const tiles: Tile[] = values
    ? [
        ...MEASURE_IDS.map(id => ({
          id,
          label: t(`qualityGate.columns.${id}`),
          value: values[id],
        })),
        {
          id: 'analysedAt',
          label: t('qualityGate.columns.analysedAt'),
          value: analysis?.analysedAt ? (
            <DateTime iso={analysis.analysedAt} />
          ) : (
            t('common.notAvailable')
          ),
        },
      ]
    : [];
  return (
    <TileListItem>
      <div className={classes.heading}>
        <Typography variant="subtitle1" component="h3">
          <RepositoryName repository={repository} />
        </Typography>
        {!error && <GateStatus repository={repository} />}
      </div>
      {error && <GateStatus repository={repository} />}
      {tiles.length > 0 && <Tiles items={tiles} />}
      <FailedConditions repository={repository} />
    </TileListItem>
  );
}

/** Props of {@link QualityGateTable}. */
export interface QualityGateTableProps {
  repositories: QualityGateRepository[];
  scope: MeasureScope;
}

/**
 * The gate of each repository and the measures of the chosen scope: tiles
 * for one repository or a narrow card, a table otherwise, whose secondary
 * measures drop first as the card narrows.
 */
export function QualityGateTable(props: QualityGateTableProps) {
  const { repositories, scope } = props;
  const t = useCloudPiTranslation();
  const size = useCardSize();
  const measures = useMeasures();

  const tiles = (
    <TileList label={t('qualityGate.caption')}>
      {repositories.map(repository => (
        <RepositoryTiles
          key={repository.projectKey}
          repository={repository}
          scope={scope}
        />
      ))}
    </TileList>
  );
  if (size === 'compact' || repositories.length === 1) return tiles;

  const priorities: Record<MeasureId, 1 | 2 | 3> = {
    bugs: 2,
    vulnerabilities: 2,
    securityHotspots: 3,
    codeSmells: 3,
    coverage: 1,
    duplications: 3,
  };
  const measureOf = (repository: QualityGateRepository, id: MeasureId) =>
    repository.analysis ? measures(repository.analysis[scope])[id] : null;
  const columns: DataColumn<QualityGateRepository>[] = [
    {
      id: 'repository',
      label: t('qualityGate.columns.repository'),
      priority: 1,
      render: repository => <RepositoryName repository={repository} />,
    },
    {
      id: 'gate',
      label: t('qualityGate.columns.gate'),
      priority: 1,
      render: repository => <GateStatus repository={repository} />,
    },
    ...MEASURE_IDS.map(id => ({
      id,
      label: t(`qualityGate.columns.${id}`),
      priority: priorities[id],
      align: 'right' as const,
      render: (repository: QualityGateRepository) => measureOf(repository, id),
    })),
    {
      id: 'analysedAt',
      label: t('qualityGate.columns.analysedAt'),
      priority: 3,
      render: repository =>
        repository.analysis?.analysedAt ? (
          <DateTime iso={repository.analysis.analysedAt} />
        ) : (
          t('common.notAvailable')
        ),
    },
  ];
  return (
    <DataTable
      narrow={tiles}
      caption={t('qualityGate.caption')}
      columns={columns}
      rows={repositories}
      rowKey={repository => repository.projectKey}
      rowMessage={repository =>
        repository.error || !repository.analysis ? (
          <GateStatus repository={repository} />
        ) : undefined
      }
      rowDetail={repository =>
        repository.analysis?.failedConditions.length && !repository.error ? (
          <FailedConditions repository={repository} />
        ) : undefined
      }
    />
  );
}
