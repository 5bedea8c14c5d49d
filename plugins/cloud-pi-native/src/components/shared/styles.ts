import { makeStyles, type Theme } from '@material-ui/core/styles';

/**
 * The colour of error text (not icons): the theme's error shade that keeps
 * 4.5:1 against the card's background (`error.main` does not on white).
 */
export function errorTextColor(theme: Theme): string {
  return theme.palette.type === 'dark'
    ? theme.palette.error.light
    : theme.palette.error.dark;
}

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
  },
  section: {
    marginTop: theme.spacing(2),
  },
  /**
   * A name (repository, application, cluster) on one line: browsers break
   * "portail-dev-6293-env" at its hyphens; an ellipsis cuts it instead.
   */
  name: {
    display: 'inline-block',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  },
  /**
   * A message from a platform tool, kept as written: lines are never
   * wrapped inside their paths and identifiers; a long one scrolls.
   */
  log: {
    margin: 0,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.8rem',
    whiteSpace: 'pre',
    overflowX: 'auto',
  },
  footer: {
    marginTop: theme.spacing(2),
    color: theme.palette.text.secondary,
  },
}));
