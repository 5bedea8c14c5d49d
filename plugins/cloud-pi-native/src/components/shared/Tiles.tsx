import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8.5rem, 1fr))',
    gap: theme.spacing(1.5, 2),
    margin: 0,
  },
  tile: { minWidth: 0 },
  wide: { gridColumn: 'span 2' },
  term: { display: 'block' },
  value: { margin: 0, minWidth: 0 },
}));

/** One figure of a {@link Tiles} list. */
export interface Tile {
  id: string;
  label: string;
  value: ReactNode;
  /** Takes two tiles (e.g. a name and an e-mail address). */
  wide?: boolean;
}

/**
 * A definition list laid out as tiles that reflow with the card's width:
 * the compact layout of one repository, environment or application.
 */
export function Tiles(props: { items: Tile[] }) {
  const classes = useStyles();
  return (
    <dl className={classes.list}>
      {props.items.map(item => (
        <div
          key={item.id}
          className={`${classes.tile} ${item.wide ? classes.wide : ''}`}
        >
          <Typography
            variant="caption"
            color="textSecondary"
            component="dt"
            className={classes.term}
          >
            {item.label}
          </Typography>
          <Typography variant="body2" component="dd" className={classes.value}>
            {item.value}
          </Typography>
        </div>
      ))}
    </dl>
  );
}
