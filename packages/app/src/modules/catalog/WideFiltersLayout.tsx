import type { ReactNode } from 'react';
import { CatalogFilterLayout } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';

// Backstage gives the filters 2 of 12 columns: at 1280 px their labels
// ("Owned", "Les miens") are cut inside the word. A fixed width that holds
// them, and the table takes the rest.
const FILTERS_WIDTH = 248;
const useStyles = makeStyles(theme => ({
  layout: {
    [theme.breakpoints.up('lg')]: {
      '& > .MuiGrid-container': { flexWrap: 'nowrap' },
      '& .MuiGrid-grid-lg-2': {
        flex: `0 0 ${FILTERS_WIDTH}px`,
        maxWidth: FILTERS_WIDTH,
      },
      '& .MuiGrid-grid-lg-10': { flex: '1 1 0', maxWidth: 'none', minWidth: 0 },
    },
  },
}));

/**
 * Backstage's filter layout of entity lists (filters beside a table), with
 * filters wide enough for their labels.
 */
export function WideFiltersLayout(props: {
  filters: ReactNode;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <div className={classes.layout}>
      <CatalogFilterLayout>
        <CatalogFilterLayout.Filters>
          {props.filters}
        </CatalogFilterLayout.Filters>
        <CatalogFilterLayout.Content>
          {props.children}
        </CatalogFilterLayout.Content>
      </CatalogFilterLayout>
    </div>
  );
}
