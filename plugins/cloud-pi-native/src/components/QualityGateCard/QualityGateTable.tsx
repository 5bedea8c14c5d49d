import type {
  QualityGateRepository,
  QualityGateStatus,
  SonarMeasures,
} from '@cpin/plugin-cloud-pi-native-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Fragment } from 'react';
import {
  ExternalLink,
  PartErrorAlert,
  StatusIndicator,
  type StatusTone,
  useCloudPiTranslation,
  useFormatters,
  useSharedStyles,
} from '../shared';
import { RatingBadge } from './RatingBadge';

/** Which measures the table shows. */
export type MeasureScope = 'overall' | 'newCode';

const gateTones: Record<QualityGateStatus, StatusTone> = {
  OK: 'ok',
  WARN: 'warning',
  ERROR: 'error',
  NONE: 'unknown',
};

const COLUMN_COUNT = 9;

/** Props of {@link QualityGateTable}. */
export interface QualityGateTableProps {
  repositories: QualityGateRepository[];
  scope: MeasureScope;
}

/** One row per repository: gate status and the measures of the chosen scope. */
export function QualityGateTable(props: QualityGateTableProps) {
  const { repositories, scope } = props;
  const t = useCloudPiTranslation();
  const f = useFormatters();
  const classes = useSharedStyles();

  const count = (value: number | null) =>
    value === null ? t('common.notAvailable') : f.number(value);
  const percent = (value: number | null) =>
    value === null ? t('common.notAvailable') : f.percent(value);

  const measureCells = (measures: SonarMeasures) => (
    <>
      <TableCell align="right">
        {count(measures.bugs)}
        <RatingBadge
          metric={t('qualityGate.columns.bugs')}
          rating={measures.reliabilityRating}
        />
      </TableCell>
      <TableCell align="right">
        {count(measures.vulnerabilities)}
        <RatingBadge
          metric={t('qualityGate.columns.vulnerabilities')}
          rating={measures.securityRating}
        />
      </TableCell>
      <TableCell align="right">{count(measures.securityHotspots)}</TableCell>
      <TableCell align="right">
        {count(measures.codeSmells)}
        <RatingBadge
          metric={t('qualityGate.columns.codeSmells')}
          rating={measures.maintainabilityRating}
        />
      </TableCell>
      <TableCell align="right">{percent(measures.coverage)}</TableCell>
      <TableCell align="right">{percent(measures.duplications)}</TableCell>
    </>
  );

  return (
    <Box overflow="auto">
      <Table size="small">
        <caption className={classes.visuallyHidden}>
          {t('qualityGate.caption')}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('qualityGate.columns.repository')}</TableCell>
            <TableCell>{t('qualityGate.columns.gate')}</TableCell>
            <TableCell align="right">{t('qualityGate.columns.bugs')}</TableCell>
            <TableCell align="right">
              {t('qualityGate.columns.vulnerabilities')}
            </TableCell>
            <TableCell align="right">
              {t('qualityGate.columns.securityHotspots')}
            </TableCell>
            <TableCell align="right">
              {t('qualityGate.columns.codeSmells')}
            </TableCell>
            <TableCell align="right">
              {t('qualityGate.columns.coverage')}
            </TableCell>
            <TableCell align="right">
              {t('qualityGate.columns.duplications')}
            </TableCell>
            <TableCell>{t('qualityGate.columns.analysedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {repositories.map(repository => {
            const { analysis, error } = repository;
            const name = repository.url ? (
              <ExternalLink
                to={repository.url}
                label={t('qualityGate.openDashboard', {
                  repository: repository.repositoryName,
                })}
              >
                {repository.repositoryName}
              </ExternalLink>
            ) : (
              repository.repositoryName
            );
            return (
              <Fragment key={repository.projectKey}>
                <TableRow>
                  <TableCell component="th" scope="row">
                    {name}
                  </TableCell>
                  {error && (
                    <TableCell colSpan={COLUMN_COUNT - 1}>
                      <PartErrorAlert
                        part={t('qualityGate.rowError')}
                        error={error}
                      />
                    </TableCell>
                  )}
                  {!error && !analysis && (
                    <TableCell colSpan={COLUMN_COUNT - 1}>
                      <StatusIndicator
                        tone="neutral"
                        label={t('qualityGate.notAnalysed')}
                      />
                    </TableCell>
                  )}
                  {!error && analysis && (
                    <>
                      <TableCell>
                        <StatusIndicator
                          tone={gateTones[analysis.status]}
                          label={t(`qualityGate.status.${analysis.status}`)}
                        />
                      </TableCell>
                      {measureCells(analysis[scope])}
                      <TableCell>
                        {analysis.analysedAt
                          ? f.dateTime(analysis.analysedAt)
                          : t('common.notAvailable')}
                      </TableCell>
                    </>
                  )}
                </TableRow>
                {!error && analysis && analysis.failedConditions.length > 0 && (
                  <TableRow>
                    <TableCell colSpan={COLUMN_COUNT}>
                      <Typography variant="body2" component="p">
                        {t('qualityGate.failedConditions')}
                      </Typography>
                      <ul>
                        {analysis.failedConditions.map(condition => (
                          <li key={condition.metric}>
                            <Typography variant="body2" component="span">
                              {t('qualityGate.condition', {
                                metric: condition.metric,
                                actual:
                                  condition.actual ?? t('common.notAvailable'),
                                comparator: t(
                                  `qualityGate.comparator.${condition.comparator}`,
                                ),
                                threshold: condition.threshold,
                              })}
                            </Typography>
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
