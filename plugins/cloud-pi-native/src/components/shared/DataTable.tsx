import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import {
  Fragment,
  type ReactNode,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { useSharedStyles } from './styles';
import { TruncatedText } from './TruncatedText';
import { type CardSize, useCardSize, useCardWidth } from './useCardSize';

/**
 * How much a column matters: 1 is always shown, 2 from a medium card width,
 * 3 only in wide cards.
 */
export type ColumnPriority = 1 | 2 | 3;

/** A column of a {@link DataTable}. */
export interface DataColumn<Row> {
  id: string;
  label: string;
  priority: ColumnPriority;
  align?: 'left' | 'right';
  /** The first column names the row (a row header). */
  render(row: Row): ReactNode;
}

const maxPriority: Record<CardSize, ColumnPriority> = {
  compact: 1,
  medium: 2,
  wide: 3,
};

/**
 * The columns shown at a card size, less `dropped` priority levels (never
 * the first one).
 */
export function visibleColumns<Row>(
  columns: DataColumn<Row>[],
  size: CardSize,
  dropped = 0,
): DataColumn<Row>[] {
  const max = Math.max(1, maxPriority[size] - dropped);
  return columns.filter(column => column.priority <= max);
}

/** A shown column's priority and measured width (px). */
export interface ColumnWidth {
  priority: ColumnPriority;
  width: number;
}

/**
 * How many more priority levels to drop so that a table `overflow` px wider
 * than its box fits, from one measure: a table wider than its box has its
 * columns at their narrowest, so each dropped column takes its own width off
 * the table. `tooNarrow` when even the first-priority columns do not fit.
 */
export function levelsToFit(
  overflow: number,
  columns: ColumnWidth[],
  shownPriority: ColumnPriority,
): { levels: number; tooNarrow: boolean } {
  let rest = overflow;
  let levels = 0;
  for (let priority = shownPriority; priority > 1 && rest > 1; priority--) {
    for (const column of columns) {
      if (column.priority === priority) rest -= column.width;
    }
    levels++;
  }
  return { levels, tooNarrow: rest > 1 };
}

interface Fit {
  size: CardSize;
  width: number | undefined;
  levels: number;
  tooNarrow: boolean;
}

/** The fit a table needs, measured from its laid-out box; undefined if it fits. */
function measureFit(element: HTMLElement, size: CardSize, current: Fit) {
  const overflow = element.scrollWidth - element.clientWidth;
  if (overflow <= 1) return undefined;
  const headers = element.querySelectorAll<HTMLElement>(
    'thead th[data-priority]',
  );
  const next = levelsToFit(
    overflow,
    [...headers].map(header => ({
      priority: Number(header.dataset.priority) as ColumnPriority,
      width: header.getBoundingClientRect().width,
    })),
    Math.max(1, maxPriority[size] - current.levels) as ColumnPriority,
  );
  if (next.levels === 0 && (current.tooNarrow || !next.tooNarrow)) {
    return undefined;
  }
  // Should the estimate fall short, the next measure drops further.
  return {
    ...current,
    levels: current.levels + next.levels,
    tooNarrow: current.tooNarrow || next.tooNarrow,
  };
}

/**
 * How many priority levels to drop below the card size's own so that the
 * table fits its box, and whether even its first-priority columns do not:
 * long names or messages can make a table wider than its card. Measured
 * again when the card's width changes.
 *
 * The measure waits for the browser's own layout (a ResizeObserver's first
 * report, before the paint) rather than forcing one while React commits,
 * and a table in a card the browser has not rendered yet (off-screen) is
 * measured when it is.
 */
function useFit(size: CardSize, rows: unknown[]) {
  const width = useCardWidth();
  const box = useRef<HTMLDivElement>(null);
  const fresh: Fit = { size, width, levels: 0, tooNarrow: false };
  const [fit, setFit] = useState(fresh);
  const current = fit.size === size && fit.width === width ? fit : fresh;
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const next = measureFit(element, size, current);
      if (!next) return;
      observer.disconnect();
      // Laid out again before the paint: no frame shows the overflow.
      flushSync(() => setFit(next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, size, current, rows]);
  return { box, levels: current.levels, tooNarrow: current.tooNarrow };
}

const useStyles = makeStyles(theme => ({
  table: {
    // The Backstage theme lets cells break anywhere ("D S O", "Dé pôt"):
    // words stay whole; a column too narrow scrolls instead.
    '& th, & td': {
      wordBreak: 'normal',
      overflowWrap: 'normal',
      verticalAlign: 'top',
      // Half of Material's 24 px between columns: room for one more.
      padding: theme.spacing(0.75, 1.5),
    },
    // A table sizes its columns to their content: a whole namespace would
    // widen its column past the card; the tooltip and copy button keep it.
    '& [data-cpin-identifier] > code': { maxWidth: '16ch' },
    // A tool's message scrolls in its own box rather than widen the table.
    '& pre': { maxWidth: '30ch' },
  },
  head: {
    whiteSpace: 'nowrap',
    maxWidth: '14em',
  },
  // Without `narrow`, first-priority columns that do not fit scroll rather
  // than cut words.
  scroll: { overflowX: 'auto' },
  detail: {
    paddingTop: 0,
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
}));

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  caption: string;
  columns: DataColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  /** Replaces the cells after the first one (e.g. an error for that row). */
  rowMessage?(row: Row): ReactNode | undefined;
  /** A full-width line under the row (e.g. failed conditions). */
  rowDetail?(row: Row): ReactNode | undefined;
  /** Shown instead (e.g. tiles) when even the first-priority columns do not fit. */
  narrow?: ReactNode;
}

/**
 * A table for many rows: columns drop by priority as the card narrows, and
 * further while the table does not fit, then `narrow` takes its place;
 * headers stay on one line (ellipsis and tooltip), words are never cut.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, rows, rowKey, rowMessage, rowDetail } = props;
  const size = useCardSize();
  const classes = useStyles();
  const shared = useSharedStyles();
  const { box, levels, tooNarrow } = useFit(size, rows);
  const columns = visibleColumns(props.columns, size, levels);
  const [first, ...rest] = columns;
  if (tooNarrow && props.narrow) return <>{props.narrow}</>;
  return (
    <div ref={box} className={classes.scroll}>
      <Table size="small" className={classes.table} data-cpin-table={size}>
        <caption className={shared.visuallyHidden}>{caption}</caption>
        <TableHead>
          <TableRow>
            {columns.map(column => (
              <TableCell
                key={column.id}
                align={column.align}
                className={classes.head}
                data-priority={column.priority}
              >
                <TruncatedText text={column.label} />
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => {
            const message = rowMessage?.(row);
            const detail = rowDetail?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <TableRow>
                  <TableCell component="th" scope="row">
                    {first.render(row)}
                  </TableCell>
                  {message ? (
                    <TableCell colSpan={rest.length}>{message}</TableCell>
                  ) : (
                    rest.map(column => (
                      <TableCell key={column.id} align={column.align}>
                        {column.render(row)}
                      </TableCell>
                    ))
                  )}
                </TableRow>
                {detail && (
                  <TableRow>
                    <TableCell
                      colSpan={columns.length}
                      className={classes.detail}
                    >
                      {detail}
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
