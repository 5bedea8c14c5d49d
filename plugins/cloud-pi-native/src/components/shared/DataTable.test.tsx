import { render, screen, waitFor } from '@testing-library/react';
import { type DataColumn, DataTable, levelsToFit } from './DataTable';
import { CardRoomContext } from './useCardSize';

interface Row {
  name: string;
}

const column = (id: string, priority: 1 | 2 | 3): DataColumn<Row> => ({
  id,
  label: id,
  priority,
  render: row => `${row.name} ${id}`,
});
const columns = [column('name', 1), column('zone', 2), column('cluster', 3)];

/**
 * jsdom lays nothing out: the table's box reports the width its content
 * would take with the columns shown, against a box `available` px wide, and
 * each header cell `widthPerColumn` px. A ResizeObserver reports each
 * observed box once, after the commit, as a browser does after its layout.
 */
const reported = jest.fn();

function layOut(available: number, widthPerColumn: number) {
  reported.mockClear();
  const previousObserver = globalThis.ResizeObserver;
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      queueMicrotask(() => {
        this.callback(
          [{ target } as ResizeObserverEntry],
          this as unknown as ResizeObserver,
        );
        reported();
      });
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  const cellWidth = jest
    .spyOn(Element.prototype, 'getBoundingClientRect')
    .mockImplementation(() => ({ width: widthPerColumn } as DOMRect));
  const scrollWidth = jest
    .spyOn(HTMLElement.prototype, 'scrollWidth', 'get')
    .mockImplementation(function measured(this: HTMLElement) {
      return this.querySelectorAll('thead th').length * widthPerColumn;
    });
  const clientWidth = jest
    .spyOn(HTMLElement.prototype, 'clientWidth', 'get')
    .mockImplementation(() => available);
  return () => {
    globalThis.ResizeObserver = previousObserver;
    cellWidth.mockRestore();
    scrollWidth.mockRestore();
    clientWidth.mockRestore();
  };
}

function renderTable(size: 'medium' | 'wide', narrow?: JSX.Element) {
  render(
    <CardRoomContext.Provider value={{ size, width: 1000 }}>
      <DataTable
        caption="Environments"
        columns={columns}
        rows={[{ name: 'dev' }]}
        rowKey={row => row.name}
        narrow={narrow}
      />
    </CardRoomContext.Provider>,
  );
}

const headers = () =>
  screen.queryAllByRole('columnheader').map(header => header.textContent);

describe('DataTable', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('shows every column of its size when they fit', async () => {
    restore = layOut(1000, 300);
    renderTable('wide');
    // The observer's report is in: nothing was dropped.
    await waitFor(() => expect(reported).toHaveBeenCalled());
    expect(headers()).toEqual(['name', 'zone', 'cluster']);
  });

  it('drops the next priority level while the columns do not fit', async () => {
    restore = layOut(700, 300);
    renderTable('wide');
    await waitFor(() => expect(headers()).toEqual(['name', 'zone']));
  });

  it('keeps the first priority even when it does not fit (it scrolls)', async () => {
    restore = layOut(200, 300);
    renderTable('wide');
    await waitFor(() => expect(headers()).toEqual(['name']));
  });

  it('gives way to its narrow layout when even that does not fit', async () => {
    restore = layOut(200, 300);
    renderTable('medium', <p>dev as tiles</p>);
    expect(await screen.findByText('dev as tiles')).toBeInTheDocument();
    expect(headers()).toEqual([]);
  });
});

describe('levelsToFit', () => {
  const widths = [
    { priority: 1, width: 200 },
    { priority: 2, width: 150 },
    { priority: 3, width: 120 },
    { priority: 3, width: 80 },
  ] as const;

  it('drops as few levels as take the overflow off', () => {
    expect(levelsToFit(190, [...widths], 3)).toEqual({
      levels: 1,
      tooNarrow: false,
    });
    expect(levelsToFit(210, [...widths], 3)).toEqual({
      levels: 2,
      tooNarrow: false,
    });
  });

  it('counts only the columns shown', () => {
    expect(levelsToFit(100, [...widths.slice(0, 2)], 2)).toEqual({
      levels: 1,
      tooNarrow: false,
    });
  });

  it('is too narrow when the first-priority columns alone overflow', () => {
    expect(levelsToFit(400, [...widths], 3)).toEqual({
      levels: 2,
      tooNarrow: true,
    });
    expect(levelsToFit(10, [widths[0]], 1)).toEqual({
      levels: 0,
      tooNarrow: true,
    });
  });
});
