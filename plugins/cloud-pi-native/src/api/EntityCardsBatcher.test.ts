import type { CloudPiEntityCardsResponse } from '@cpin/plugin-cloud-pi-native-common';
import { EntityCardsBatcher } from './EntityCardsBatcher';

const portail = { kind: 'System', namespace: 'sandbox', name: 'portail' };
const tick = () => new Promise(resolve => setTimeout(resolve, 0));

function setup() {
  let now = 0;
  const readMany = jest.fn(
    async (kinds: string[]): Promise<CloudPiEntityCardsResponse> => ({
      cards: Object.fromEntries(
        kinds.map(kind => [kind, { status: 200, data: { kind } }]),
      ),
    }),
  );
  const readOne = jest.fn(async (kind: string) => ({ kind, alone: true }));
  const batcher = new EntityCardsBatcher({
    readMany: readMany as any,
    readOne: readOne as any,
    parse: (_kind, _entity, data) => data as any,
    now: () => now,
  });
  /** The cards of the project page mounting together. */
  const openPage = () =>
    Promise.all([
      batcher.load('overview', portail),
      batcher.load('deployments', portail),
    ]);
  return {
    batcher,
    readMany,
    readOne,
    openPage,
    wait: (ms: number) => (now += ms),
  };
}

describe('EntityCardsBatcher', () => {
  it('prefetches nothing for an entity whose cards were never read', () => {
    const { batcher, readMany, readOne } = setup();
    batcher.prefetch(portail);
    expect(readMany).not.toHaveBeenCalled();
    expect(readOne).not.toHaveBeenCalled();
  });

  it('sends the cards read on the last visit as the page opens, and hands each card its part', async () => {
    const { batcher, readMany, openPage } = setup();
    await openPage();
    expect(readMany).toHaveBeenCalledTimes(1);

    batcher.prefetch(portail);
    expect(readMany).toHaveBeenCalledTimes(2);
    expect(readMany).toHaveBeenLastCalledWith(
      ['overview', 'deployments'],
      portail,
    );
    await expect(openPage()).resolves.toEqual([
      { kind: 'overview' },
      { kind: 'deployments' },
    ]);
    await tick();
    expect(readMany).toHaveBeenCalledTimes(2);
  });

  it('hands each card the prefetched answer once: a reload asks afresh', async () => {
    const { batcher, readMany, readOne, openPage } = setup();
    await openPage();
    batcher.prefetch(portail);
    await openPage();
    await expect(batcher.load('overview', portail)).resolves.toEqual({
      kind: 'overview',
      alone: true,
    });
    expect(readMany).toHaveBeenCalledTimes(2);
    expect(readOne).toHaveBeenCalledTimes(1);
  });

  it('sends one prefetch for an opened page, and drops it once expired', async () => {
    const { batcher, readMany, openPage, wait } = setup();
    await openPage();
    batcher.prefetch(portail);
    batcher.prefetch(portail);
    expect(readMany).toHaveBeenCalledTimes(2);

    wait(10_000);
    await openPage();
    expect(readMany).toHaveBeenCalledTimes(3);
  });

  it('gives the cards the failure of a refused prefetch', async () => {
    const { batcher, readMany, openPage } = setup();
    await openPage();
    readMany.mockRejectedValueOnce(new Error('backend down'));
    batcher.prefetch(portail);
    await expect(openPage()).rejects.toThrow('backend down');
  });
});
