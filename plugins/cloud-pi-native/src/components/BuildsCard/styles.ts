import { makeStyles } from '@material-ui/core/styles';
import { errorTextColor } from '../shared/styles';

/** Layout of the builds card: wrapping lines that never break inside a word. */
export const useBuildsStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: theme.spacing(1.5),
    rowGap: theme.spacing(0.5),
    minWidth: 0,
  },
  name: {
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  truncate: {
    minWidth: 0,
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  failed: { color: errorTextColor(theme), marginTop: theme.spacing(0.5) },
  secondary: { marginTop: theme.spacing(0.5) },
  branches: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    listStyle: 'none',
    margin: theme.spacing(0.5, 0, 0),
    padding: 0,
  },
}));
