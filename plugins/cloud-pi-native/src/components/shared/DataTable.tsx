import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment, type ReactNode } from 'react';
import { useSharedStyles } from './styles';
import { TruncatedText } from './TruncatedText';
import { type CardSize, useCardSize } from './useCardSize';

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

/** The columns shown at a card size. */
export function visibleColumns<Row>(
  columns: DataColumn<Row>[],
  size: CardSize,
): DataColumn<Row>[] {
  return columns.filter(column => column.priority <= maxPriority[size]);
}

const useStyles = makeStyles(theme => ({
  table: {
    // The Backstage theme lets cells break anywhere ("D S O", "Dé pôt"):
    // words stay whole; a column too narrow scrolls instead.
    '& th, & td': {
      wordBreak: 'normal',
      overflowWrap: 'normal',
      verticalAlign: 'top',
    },
  },
  head: {
    whiteSpace: 'nowrap',
    maxWidth: '14em',
  },
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
}

/**
 * A table for many rows: columns drop by priority as the card narrows,
 * headers stay on one line (ellipsis and tooltip), words are never cut.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, rows, rowKey, rowMessage, rowDetail } = props;
  const size = useCardSize();
  const classes = useStyles();
  const shared = useSharedStyles();
  const columns = visibleColumns(props.columns, size);
  const [first, ...rest] = columns;
  return (
    <Box overflow="auto">
      <Table size="small" className={classes.table} data-cpin-table={size}>
        <caption className={shared.visuallyHidden}>{caption}</caption>
        <TableHead>
          <TableRow>
            {columns.map(column => (
              <TableCell
                key={column.id}
                align={column.align}
                className={classes.head}
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
    </Box>
  );
}
