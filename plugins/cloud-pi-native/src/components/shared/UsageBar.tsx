import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { StatusIndicator } from './StatusIndicator';
import { errorTextColor } from './styles';
import { useCloudPiTranslation } from './useCloudPiTranslation';
import { type ResourceName, useResourceFormat } from './useResourceFormat';

const useStyles = makeStyles(theme => ({
  root: { marginBottom: theme.spacing(1) },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: theme.spacing(1),
  },
  over: { color: errorTextColor(theme), fontWeight: 'bold' },
  full: { fontWeight: 'bold' },
  fullBar: { backgroundColor: theme.palette.warning.dark },
  overBar: { backgroundColor: theme.palette.error.main },
}));

/** Props of {@link UsageBar}. */
export interface UsageBarProps {
  resource: ResourceName;
  used: number;
  total: number;
}

/**
 * "CPU: 2 cores of 8 cores" with a bar. A quota used up is highlighted,
 * going over it even more, in text as well as in colour.
 */
export function UsageBar(props: UsageBarProps) {
  const { resource, used, total } = props;
  const t = useCloudPiTranslation();
  const format = useResourceFormat();
  const classes = useStyles();
  const over = used > total;
  const full = !over && total > 0 && used === total;
  let ratio = 0;
  if (total > 0) ratio = Math.min(100, (used / total) * 100);
  else if (used > 0) ratio = 100;
  const resourceName = t(`common.resource.${resource}`);
  const usage = t('common.usage', {
    resource: resourceName,
    used: format(resource, used),
    total: format(resource, total),
  });
  let textClass: string | undefined;
  if (over) textClass = classes.over;
  else if (full) textClass = classes.full;
  let barClass: string | undefined;
  if (over) barClass = classes.overBar;
  else if (full) barClass = classes.fullBar;
  let level = 'ok';
  if (over) level = 'over';
  else if (full) level = 'full';
  return (
    <div className={classes.root} data-usage={level}>
      <div className={classes.line}>
        <Typography variant="body2" className={textClass}>
          {usage}
        </Typography>
        {over && <StatusIndicator tone="error" label={t('common.quotaOver')} />}
        {full && (
          <StatusIndicator tone="warning" label={t('common.quotaFull')} />
        )}
      </div>
      <LinearProgress
        variant="determinate"
        value={ratio}
        classes={barClass ? { bar: barClass } : undefined}
        aria-label={t('common.usageLabel', {
          resource: resourceName,
          used: format(resource, used),
          total: format(resource, total),
        })}
      />
    </div>
  );
}
