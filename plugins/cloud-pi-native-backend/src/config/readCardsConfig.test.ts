import { ConfigReader } from '@backstage/config';
import { DEFAULT_ACCESS, readCardsConfig } from './readCardsConfig';

const read = (cards: object) =>
  readCardsConfig(new ConfigReader({ cloudPiNative: { cards } }));

describe('readCardsConfig', () => {
  it('fills every default, also without any cloudPiNative block', () => {
    expect(readCardsConfig(new ConfigReader({}))).toEqual({
      cache: {
        ttlMs: 60_000,
        staleWhileRevalidateMs: 300_000,
        degradedTtlMs: 10_000,
        platformTtlMs: 300_000,
        userTtlMs: 600_000,
        authorizationTtlMs: 5_000,
        entityTtlMs: 5_000,
      },
      partTimeoutMs: 10_000,
      access: DEFAULT_ACCESS,
      platformAdmins: [],
      everyonePlatformPermissions: 25608n,
      journey: {
        documentationUrl: 'https://cloud-pi-native.fr',
        templates: {
          addRepository: 'template:default/cpin-add-repository',
          addEnvironment: 'template:default/cpin-add-environment',
        },
      },
    });
    expect(DEFAULT_ACCESS).toMatchObject({
      overview: 'member',
      journey: 'member',
      reprovision: 'replay-hooks',
      secrets: 'see-secrets',
      'argocd-sync': 'manage-environments',
    });
  });

  it('reads durations, rules, admins and the global role', () => {
    const config = read({
      cache: {
        ttl: { seconds: 30 },
        staleWhileRevalidate: 'PT0S',
        authorizationTtl: { seconds: 0 },
      },
      partTimeout: { seconds: 2 },
      access: { qualityGate: 'any-signed-in', reprovision: 'manage' },
      platformAdmins: ['group:cloud-pi-admins', 'user:default/camille'],
      everyonePlatformPermissions: '0',
    });

    expect(config.cache.ttlMs).toBe(30_000);
    expect(config.cache.staleWhileRevalidateMs).toBe(0);
    expect(config.cache.authorizationTtlMs).toBe(0);
    expect(config.partTimeoutMs).toBe(2_000);
    expect(config.access['quality-gate']).toBe('any-signed-in');
    expect(config.access.reprovision).toBe('manage');
    expect(config.access.overview).toBe('member');
    expect(config.platformAdmins).toEqual([
      'group:default/cloud-pi-admins',
      'user:default/camille',
    ]);
    expect(config.everyonePlatformPermissions).toBe(0n);
  });

  it.each([
    [
      { access: { deployments: 'everyone' } },
      "cloudPiNative.cards.access.deployments': unknown rule",
    ],
    [
      { cache: { ttl: { milliseconds: 0 } } },
      "cloudPiNative.cards.cache.ttl': must be at least 1 ms",
    ],
    [{ cache: { userTtl: 'soon' } }, "cloudPiNative.cards.cache.userTtl'"],
    [{ platformAdmins: ['group:'] }, "cloudPiNative.cards.platformAdmins[0]'"],
    [{ everyonePlatformPermissions: '0x10' }, 'everyonePlatformPermissions'],
  ])('names the key of an invalid value (%j)', (cards, message) => {
    expect(() => read(cards)).toThrow(message);
  });
});
