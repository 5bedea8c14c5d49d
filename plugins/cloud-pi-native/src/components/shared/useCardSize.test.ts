import { cardSizeOf } from './useCardSize';
import { type DataColumn, visibleColumns } from './DataTable';

describe('cardSizeOf', () => {
  it.each([
    [undefined, 'wide'],
    [0, 'wide'],
    [400, 'compact'],
    [559, 'compact'],
    [560, 'medium'],
    [768, 'medium'],
    [959, 'medium'],
    [960, 'wide'],
    [1200, 'wide'],
  ] as const)('a card %s px wide is %s', (width, size) => {
    expect(cardSizeOf(width)).toBe(size);
  });
});

describe('visibleColumns', () => {
  const column = (id: string, priority: 1 | 2 | 3): DataColumn<unknown> => ({
    id,
    label: id,
    priority,
    render: () => id,
  });
  const columns = [column('name', 1), column('zone', 2), column('cluster', 3)];
  const ids = (size: 'compact' | 'medium' | 'wide') =>
    visibleColumns(columns, size).map(c => c.id);

  it('drops the least important columns first as the card narrows', () => {
    expect(ids('wide')).toEqual(['name', 'zone', 'cluster']);
    expect(ids('medium')).toEqual(['name', 'zone']);
    expect(ids('compact')).toEqual(['name']);
  });
});
