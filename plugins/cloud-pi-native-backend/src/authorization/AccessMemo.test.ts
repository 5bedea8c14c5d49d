import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { AccessDecision, AccessMemo } from './AccessMemo';

const decision = (projectSlug: string, entityRef: string): AccessDecision => ({
  target: { instance: 'cpin', projectSlug, entityRef },
  caller: { userEntityRef: 'user:default/x', platformAdmin: false },
  results: new Map([['p', AuthorizeResult.ALLOW]]),
});

describe('AccessMemo', () => {
  let now = 0;
  const memo = (ttlMs = 1_000, maxEntries?: number) =>
    new AccessMemo({ ttlMs, maxEntries, now: () => now });
  beforeEach(() => {
    now = 0;
  });

  it('shares one decision per user and entity until it expires', async () => {
    const m = memo();
    const decide = jest.fn(async () => decision('a', 'system:default/a'));

    await m.get('user:default/alice', 'system:default/a', decide);
    await m.get('User:default/Alice', 'system:default/A', decide);
    now = 999;
    await m.get('user:default/alice', 'system:default/a', decide);
    expect(decide).toHaveBeenCalledTimes(1);

    now = 1_000;
    await m.get('user:default/alice', 'system:default/a', decide);
    expect(decide).toHaveBeenCalledTimes(2);
  });

  it('never gives a user the decision taken for another', async () => {
    const m = memo();
    const alice = jest.fn(async () => decision('a', 'system:default/a'));
    const eve = jest.fn(async () => decision('a', 'system:default/a'));

    const forAlice = await m.get(
      'user:default/alice',
      'system:default/a',
      alice,
    );
    const forEve = await m.get('user:default/eve', 'system:default/a', eve);

    expect([alice.mock.calls.length, eve.mock.calls.length]).toEqual([1, 1]);
    expect(forEve).not.toBe(forAlice);
  });

  it('shares a pending decision between concurrent calls, and forgets a failed one', async () => {
    const m = memo();
    const failing = jest.fn(async () => {
      throw new Error('catalog down');
    });

    const both = [
      m.get('user:default/alice', 'system:default/a', failing),
      m.get('user:default/alice', 'system:default/a', failing),
    ];
    await expect(Promise.all(both)).rejects.toThrow('catalog down');
    expect(failing).toHaveBeenCalledTimes(1);

    const working = jest.fn(async () => decision('a', 'system:default/a'));
    await m.get('user:default/alice', 'system:default/a', working);
    expect(working).toHaveBeenCalledTimes(1);
  });

  it('forgets the decisions on a changed project or entity', async () => {
    const m = memo();
    const decideA = jest.fn(async () => decision('a', 'system:default/a'));
    const decideB = jest.fn(async () => decision('b', 'system:default/b'));
    await m.get('user:default/alice', 'system:default/a', decideA);
    await m.get('user:default/alice', 'system:default/b', decideB);

    m.forgetProject('cpin', 'a');
    await m.get('user:default/alice', 'system:default/a', decideA);
    await m.get('user:default/alice', 'system:default/b', decideB);
    expect([decideA.mock.calls.length, decideB.mock.calls.length]).toEqual([
      2, 1,
    ]);

    m.forgetEntity('System:default/B');
    await m.get('user:default/alice', 'system:default/b', decideB);
    expect(decideB).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing with a zero TTL, and a bounded number of entries', async () => {
    const off = memo(0);
    const decide = jest.fn(async () => decision('a', 'system:default/a'));
    await off.get('user:default/alice', 'system:default/a', decide);
    await off.get('user:default/alice', 'system:default/a', decide);
    expect(decide).toHaveBeenCalledTimes(2);

    const small = memo(1_000, 2);
    const counted = jest.fn(async () => decision('a', 'system:default/a'));
    for (const user of ['u1', 'u2', 'u3', 'u1']) {
      await small.get(`user:default/${user}`, 'system:default/a', counted);
    }
    // u1 was the oldest when u3 came: it had to be decided again.
    expect(counted).toHaveBeenCalledTimes(4);
  });
});
