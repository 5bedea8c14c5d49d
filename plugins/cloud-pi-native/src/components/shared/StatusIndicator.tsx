import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import ArchiveOutlined from '@material-ui/icons/ArchiveOutlined';
import Autorenew from '@material-ui/icons/Autorenew';
import CheckCircleOutline from '@material-ui/icons/CheckCircleOutline';
import ErrorOutline from '@material-ui/icons/ErrorOutline';
import HelpOutline from '@material-ui/icons/HelpOutline';
import LockOutlined from '@material-ui/icons/LockOutlined';
import PauseCircleOutline from '@material-ui/icons/PauseCircleOutline';
import RemoveCircleOutline from '@material-ui/icons/RemoveCircleOutline';
import ReportProblemOutlined from '@material-ui/icons/ReportProblemOutlined';
import Update from '@material-ui/icons/Update';

/** The meaning of a status; each has its own icon shape and colour. */
export type StatusTone =
  | 'ok'
  | 'warning'
  | 'error'
  | 'progress'
  | 'paused'
  | 'unknown'
  | 'neutral'
  | 'locked'
  | 'archived'
  | 'outdated';

const icons = {
  ok: CheckCircleOutline,
  warning: ReportProblemOutlined,
  error: ErrorOutline,
  progress: Autorenew,
  paused: PauseCircleOutline,
  unknown: HelpOutline,
  neutral: RemoveCircleOutline,
  locked: LockOutlined,
  archived: ArchiveOutlined,
  outdated: Update,
} as const;

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontWeight: theme.typography.fontWeightMedium as number,
    whiteSpace: 'nowrap',
  },
  icon: { fontSize: '1.1em', flexShrink: 0 },
  ok: { color: theme.palette.success.main },
  warning: { color: theme.palette.warning.dark },
  error: { color: theme.palette.error.main },
  progress: { color: theme.palette.info.main },
  paused: { color: theme.palette.text.secondary },
  unknown: { color: theme.palette.text.secondary },
  neutral: { color: theme.palette.text.secondary },
  locked: { color: theme.palette.warning.dark },
  archived: { color: theme.palette.text.secondary },
  outdated: { color: theme.palette.warning.dark },
}));

/** Props of {@link StatusIndicator}. */
export interface StatusIndicatorProps {
  tone: StatusTone;
  /** Always visible: colour never carries the meaning alone. */
  label: string;
}

/** A status shown as an icon, a colour and a visible text. */
export function StatusIndicator(props: StatusIndicatorProps) {
  const { tone, label } = props;
  const classes = useStyles();
  const Icon = icons[tone];
  return (
    <Typography component="span" variant="body2" className={classes.root}>
      <Icon aria-hidden className={`${classes.icon} ${classes[tone]}`} />
      <span>{label}</span>
    </Typography>
  );
}
