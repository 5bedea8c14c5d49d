import type { ImageArtifact } from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import {
  StatusIndicator,
  useCloudPiTranslation,
  useFormatters,
} from '../shared';
import { useImagesStyles } from './styles';

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/**
 * The signature and Trivy scan of an artifact: a signed/unsigned state and
 * one counter per severity, critical and high emphasised.
 */
export function ScanSummary(props: { artifact: ImageArtifact }) {
  const { artifact } = props;
  const t = useCloudPiTranslation();
  const { dateTime, number } = useFormatters();
  const classes = useImagesStyles();
  const { scan } = artifact;
  const counts = scan.vulnerabilities;
  return (
    <div className={`${classes.line} ${classes.secondary}`}>
      <StatusIndicator
        tone={artifact.signed ? 'ok' : 'warning'}
        label={artifact.signed ? t('images.signed') : t('images.unsigned')}
      />
      <Typography
        variant="body2"
        color="textSecondary"
        component="span"
        data-cpin-date={scan.scannedAt ?? undefined}
      >
        {t(`images.scan.${scan.status}`, {
          at: scan.scannedAt ? dateTime(scan.scannedAt) : '',
        })}
      </Typography>
      {counts && counts.total === 0 && (
        <StatusIndicator tone="ok" label={t('images.noVulnerability')} />
      )}
      {counts && counts.total > 0 && (
        <>
          <ul className={classes.counts}>
            {SEVERITIES.map(severity => (
              <li
                key={severity}
                className={`${classes.count} ${
                  severity === 'critical' && counts.critical > 0
                    ? classes.critical
                    : ''
                } ${
                  severity === 'high' && counts.high > 0 ? classes.high : ''
                }`}
              >
                <span>{t(`images.severity.${severity}`)}</span>
                <span>{number(counts[severity])}</span>
              </li>
            ))}
          </ul>
          <Typography variant="body2" color="textSecondary" component="span">
            {t('images.fixable', { count: counts.fixable })}
          </Typography>
        </>
      )}
    </div>
  );
}
