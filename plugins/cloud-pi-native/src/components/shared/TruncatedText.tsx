import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  text: {
    display: 'block',
    maxWidth: '100%',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
});

/**
 * A label kept on one line: cut with an ellipsis rather than broken inside
 * a word, the full text in a tooltip.
 */
export function TruncatedText(props: { text: string }) {
  const classes = useStyles();
  return (
    <Tooltip title={props.text}>
      <span className={classes.text}>{props.text}</span>
    </Tooltip>
  );
}
