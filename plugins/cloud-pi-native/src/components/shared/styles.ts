import { makeStyles } from '@material-ui/core/styles';

/** Styles shared by the cards. */
export const useSharedStyles = makeStyles(theme => ({
  visuallyHidden: {
    border: 0,
    clip: 'rect(0 0 0 0)',
    height: 1,
    margin: -1,
    overflow: 'hidden',
    padding: 0,
    position: 'absolute',
    whiteSpace: 'nowrap',
    width: 1,
  },
  code: {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.85em',
    wordBreak: 'break-all',
  },
  section: {
    marginTop: theme.spacing(2),
  },
  footer: {
    marginTop: theme.spacing(2),
    color: theme.palette.text.secondary,
  },
}));
