import LinearProgress from '@material-ui/core/LinearProgress';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { useCloudPiTranslation } from './useCloudPiTranslation';
import { type ResourceName, useResourceFormat } from './useResourceFormat';

const useStyles = makeStyles(theme => ({
  root: { marginBottom: theme.spacing(1) },
  over: { color: theme.palette.error.main, fontWeight: 'bold' },
}));

/** Props of {@link UsageBar}. */
export interface UsageBarProps {
  resource: ResourceName;
  used: number;
  total: number;
}

/** "CPU: 2 cores of 8 cores" with a bar; going over the total is shown in text too. */
export function UsageBar(props: UsageBarProps) {
  const { resource, used, total } = props;
  const t = useCloudPiTranslation();
  const format = useResourceFormat();
  const classes = useStyles();
  const over = used > total;
  let ratio = 0;
  if (total > 0) ratio = Math.min(100, (used / total) * 100);
  else if (used > 0) ratio = 100;
  const resourceName = t(`common.resource.${resource}`);
  const usage = t('common.usage', {
    resource: resourceName,
    used: format(resource, used),
    total: format(resource, total),
  });
  return (
    <div className={classes.root}>
      <Typography variant="body2" className={over ? classes.over : undefined}>
        {usage}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={ratio}
        color={over ? 'secondary' : 'primary'}
        aria-label={t('common.usageLabel', {
          resource: resourceName,
          used: format(resource, used),
          total: format(resource, total),
        })}
      />
    </div>
  );
}
