import { Entity } from '@backstage/catalog-model';
import { EntityMemo } from './EntityMemo';

const entity = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
});

describe('EntityMemo', () => {
  it('shares one read per entity within the TTL, whatever the case of the ref', async () => {
    let now = 0;
    const memo = new EntityMemo({ ttlMs: 1_000, now: () => now });
    const read = jest.fn(async () => entity('api'));

    await memo.get('component:sandbox/portail-api', read);
    await memo.get('Component:sandbox/Portail-API', read);
    now = 999;
    await memo.get('component:sandbox/portail-api', read);
    expect(read).toHaveBeenCalledTimes(1);

    now = 1_000;
    await memo.get('component:sandbox/portail-api', read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const memo = new EntityMemo({ ttlMs: 1_000 });
    const failing = jest.fn(async (): Promise<Entity> => {
      throw new Error('catalog down');
    });
    await expect(memo.get('component:a/b', failing)).rejects.toThrow(
      'catalog down',
    );
    const read = jest.fn(async () => entity('b'));
    await expect(memo.get('component:a/b', read)).resolves.toEqual(entity('b'));
  });

  it('reads every time when off, and forgets everything on clear', async () => {
    const off = new EntityMemo({ ttlMs: 0 });
    const read = jest.fn(async () => undefined);
    await off.get('component:a/b', read);
    await off.get('component:a/b', read);
    expect(read).toHaveBeenCalledTimes(2);

    const memo = new EntityMemo({ ttlMs: 1_000 });
    const again = jest.fn(async () => entity('b'));
    await memo.get('component:a/b', again);
    memo.clear();
    await memo.get('component:a/b', again);
    expect(again).toHaveBeenCalledTimes(2);
  });

  it('stays within its bound, dropping the oldest entity first', async () => {
    const memo = new EntityMemo({ ttlMs: 1_000, maxEntries: 2 });
    const read = jest.fn(async () => entity('x'));
    await memo.get('component:a/1', read);
    await memo.get('component:a/2', read);
    await memo.get('component:a/3', read);
    await memo.get('component:a/1', read);
    expect(read).toHaveBeenCalledTimes(4);
  });
});
