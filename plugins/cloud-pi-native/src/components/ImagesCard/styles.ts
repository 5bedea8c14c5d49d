import { makeStyles } from '@material-ui/core/styles';

/** Layout of the images card: wrapping lines that never break inside a word. */
export const useImagesStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1, 0),
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
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(2),
  },
  reference: {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.85em',
    minWidth: 0,
    flex: '1 1 12em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  tags: {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.85em',
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  count: {
    display: 'inline-flex',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    whiteSpace: 'nowrap',
    fontSize: theme.typography.body2.fontSize,
  },
  critical: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.dark,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  high: {
    borderColor: theme.palette.warning.dark,
    color: theme.palette.text.primary,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  secondary: { marginTop: theme.spacing(0.5) },
}));
