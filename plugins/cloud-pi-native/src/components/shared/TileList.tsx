import { makeStyles } from '@material-ui/core/styles';
import { createContext, type ReactNode, useContext } from 'react';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  nestedList: { marginTop: theme.spacing(1) },
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:first-child': { paddingTop: 0 },
  },
  nestedItem: {
    padding: theme.spacing(1, 0),
    borderTop: `1px solid ${theme.palette.divider}`,
  },
}));

const NestedContext = createContext(false);

/** Props of {@link TileList}. */
export interface TileListProps {
  /** Names the list for assistive technologies (a table's caption). */
  label: string;
  /** Inside a card's section (under a heading), rather than the card's body. */
  nested?: boolean;
  children: ReactNode;
}

/**
 * The rows of a table as a list of tiles, the layout of narrow cards: one
 * {@link TileListItem} per repository, environment or application.
 */
export function TileList(props: TileListProps) {
  const { label, nested = false, children } = props;
  const classes = useStyles();
  return (
    <ul
      className={`${classes.list} ${nested ? classes.nestedList : ''}`}
      aria-label={label}
      data-cpin-layout="tiles"
    >
      <NestedContext.Provider value={nested}>{children}</NestedContext.Provider>
    </ul>
  );
}

/** One row of a {@link TileList}, set apart from the next by a rule. */
export function TileListItem(props: { children: ReactNode }) {
  const classes = useStyles();
  const nested = useContext(NestedContext);
  return (
    <li className={nested ? classes.nestedItem : classes.item}>
      {props.children}
    </li>
  );
}
