import Tooltip from '@material-ui/core/Tooltip';
import { useSharedStyles } from './styles';

/** A name on one line, cut with an ellipsis (full name in a tooltip) rather than at its hyphens. */
export function Name(props: { text: string }) {
  const classes = useSharedStyles();
  return (
    <Tooltip title={props.text}>
      <span className={classes.name}>{props.text}</span>
    </Tooltip>
  );
}
