import { ConfigReader } from '@backstage/config';
import { readProviderConfigs } from './config';

const INSTANCE = {
  name: 'sandbox',
  consoleUrl: 'https://console.example.fr',
  token: 'token',
  projectsRootDir: 'forge/projects',
};

function read(providers: unknown, instanceNames?: string[]) {
  return readProviderConfigs(
    new ConfigReader({
      cloudPiNative: { instances: [INSTANCE] },
      catalog: { providers: { cloudPiNative: providers } },
    } as never),
    instanceNames ? { instanceNames } : undefined,
  );
}

describe('readProviderConfigs', () => {
  it('reads nothing without a catalog.providers.cloudPiNative block', () => {
    expect(readProviderConfigs(new ConfigReader({}))).toEqual([]);
  });

  it('fills in every default, the instance being the only one configured', () => {
    expect(read({ main: {} })).toEqual([
      {
        id: 'main',
        instance: 'sandbox',
        entityNamespace: 'sandbox',
        schedule: {
          frequency: { minutes: 30 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 15 },
          scope: undefined,
        },
        filters: {
          statuses: undefined,
          excludeStatuses: ['archived'],
          locked: 'include',
          projectNamePattern: undefined,
          slugPattern: undefined,
          excludeSlugPattern: undefined,
        },
        concurrency: undefined,
        roleGroups: false,
        platformOwner: 'group:sandbox/cpin-platform',
        maxRemovedShare: 0.2,
      },
    ]);
  });

  it('reads every option', () => {
    const [config] = read(
      {
        pax: {
          instance: 'pax',
          entityNamespace: 'pax-ns',
          schedule: {
            frequency: { cron: '*/5 * * * *' },
            timeout: { minutes: 3 },
            scope: 'local',
          },
          filters: {
            statuses: ['created', 'warning'],
            excludeStatuses: ['failed'],
            locked: 'exclude',
            projectNamePattern: '^p',
            slugPattern: '^portail(-\\d+)?$',
            excludeSlugPattern: 'test',
          },
          concurrency: 16,
          roleGroups: true,
          platformOwner: 'platform-team',
          removalGuard: { maxShare: 0.5 },
        },
      },
      ['sandbox', 'pax'],
    );
    expect(config).toMatchObject({
      id: 'pax',
      instance: 'pax',
      entityNamespace: 'pax-ns',
      schedule: {
        frequency: { cron: '*/5 * * * *' },
        timeout: { minutes: 3 },
        initialDelay: { seconds: 15 },
        scope: 'local',
      },
      filters: {
        statuses: ['created', 'warning'],
        excludeStatuses: ['failed', 'archived'],
        locked: 'exclude',
      },
      concurrency: 16,
      roleGroups: true,
      platformOwner: 'group:pax-ns/platform-team',
      maxRemovedShare: 0.5,
    });
    expect(config.filters.slugPattern?.test('portail-2')).toBe(true);
    expect(config.filters.slugPattern?.test('portail-x')).toBe(false);
  });

  it.each([
    { statuses: ['archived'], excludeStatuses: undefined, expected: [] },
    {
      statuses: undefined,
      excludeStatuses: ['archived', 'failed'],
      expected: ['archived', 'failed'],
    },
    {
      statuses: ['created'],
      excludeStatuses: undefined,
      expected: ['archived'],
    },
  ])(
    'excludes archived projects unless statuses names them ($statuses / $excludeStatuses)',
    ({ statuses, excludeStatuses, expected }) => {
      const [config] = read({
        main: { filters: { statuses, excludeStatuses } },
      });
      expect(config.filters.excludeStatuses).toEqual(expected);
    },
  );

  it('keeps a manual trigger', () => {
    const [config] = read({
      main: { schedule: { frequency: { trigger: 'manual' } } },
    });
    expect(config.schedule.frequency).toEqual({ trigger: 'manual' });
  });

  it.each([
    {
      case: 'an unknown instance',
      providers: { main: { instance: 'pax' } },
      instances: undefined,
      error:
        "Invalid Cloud π configuration at 'catalog.providers.cloudPiNative.main.instance': no Cloud π Native instance named 'pax' is configured (known instances: sandbox)",
    },
    {
      case: 'no instance at all',
      providers: { main: {} },
      instances: [],
      error:
        "Invalid Cloud π configuration at 'catalog.providers.cloudPiNative.main.instance': no Cloud π Native instance is configured under cloudPiNative.instances",
    },
    {
      case: 'no instance named among several',
      providers: { main: {} },
      instances: ['a', 'b'],
      error:
        "Invalid Cloud π configuration at 'catalog.providers.cloudPiNative.main.instance': required, since 2 instances are configured (a, b)",
    },
    {
      case: 'a bad slug pattern',
      providers: { main: { filters: { slugPattern: '([a-z' } } },
      instances: undefined,
      error:
        /^Invalid Cloud π configuration at 'catalog\.providers\.cloudPiNative\.main\.filters\.slugPattern': "\(\[a-z" is not a valid regular expression \(.+\)$/,
    },
    {
      case: 'a bad project name pattern',
      providers: { main: { filters: { projectNamePattern: '*' } } },
      instances: undefined,
      error:
        /main\.filters\.projectNamePattern': "\*" is not a valid regular expression/,
    },
    {
      case: 'a bad exclusion pattern',
      providers: { main: { filters: { excludeSlugPattern: '(' } } },
      instances: undefined,
      error:
        /main\.filters\.excludeSlugPattern': "\(" is not a valid regular expression/,
    },
    {
      case: 'a schedule without frequency',
      providers: { main: { schedule: { frequency: 'often' } } },
      instances: undefined,
      error:
        /^Invalid Cloud π configuration at 'catalog\.providers\.cloudPiNative\.main\.schedule': .*frequency/,
    },
    {
      case: 'a schedule with a bad timeout',
      providers: { main: { schedule: { timeout: { minutes: 'ten' } } } },
      instances: undefined,
      error:
        /^Invalid Cloud π configuration at 'catalog\.providers\.cloudPiNative\.main\.schedule': .*timeout/,
    },
    {
      case: 'a schedule with a bad scope',
      providers: { main: { schedule: { scope: 'cluster' } } },
      instances: undefined,
      error: /main\.schedule': Only "global" or "local" are allowed/,
    },
    {
      case: 'a removal share above 1',
      providers: { main: { removalGuard: { maxShare: 1.5 } } },
      instances: undefined,
      error:
        "Invalid Cloud π configuration at 'catalog.providers.cloudPiNative.main.removalGuard.maxShare': must be a number from 0 to 1 (a share of the provider's entities), got 1.5",
    },
    {
      case: 'a misspelt removal guard key',
      providers: { main: { removalGuard: { maxRatio: 0.5 } } },
      instances: undefined,
      error:
        "Invalid Cloud π configuration at 'catalog.providers.cloudPiNative.main.removalGuard.maxRatio': unknown key (expected one of maxShare)",
    },
    {
      case: 'an unknown status',
      providers: { main: { filters: { statuses: ['created', 'deleted'] } } },
      instances: undefined,
      error:
        'Invalid Cloud π configuration at \'catalog.providers.cloudPiNative.main.filters.statuses[1]\': unknown project status "deleted" (expected one of initializing, created, failed, archived, warning)',
    },
    {
      case: 'an empty status list',
      providers: { main: { filters: { excludeStatuses: [] } } },
      instances: undefined,
      error: "main.filters.excludeStatuses': must not be empty",
    },
    {
      case: 'a status both wanted and excluded',
      providers: {
        main: {
          filters: { statuses: ['failed'], excludeStatuses: ['failed'] },
        },
      },
      instances: undefined,
      error: "main.filters': statuses and excludeStatuses both name failed",
    },
    {
      case: 'a bad locked value',
      providers: { main: { filters: { locked: 'never' } } },
      instances: undefined,
      error:
        'main.filters.locked\': must be one of include, exclude, only, got "never"',
    },
    {
      case: 'a zero concurrency',
      providers: { main: { concurrency: 0 } },
      instances: undefined,
      error: "main.concurrency': must be an integer of at least 1, got 0",
    },
    {
      case: 'a bad namespace',
      providers: { main: { entityNamespace: 'Not A Namespace' } },
      instances: undefined,
      error:
        'main.entityNamespace\': "Not A Namespace" is not a valid entity namespace',
    },
    {
      case: 'a bad platform owner',
      providers: { main: { platformOwner: 'group:a:b/c/d' } },
      instances: undefined,
      error:
        /main\.platformOwner': "group:a:b\/c\/d" is not a valid entity reference/,
    },
    {
      case: 'a misspelt key',
      providers: { main: { filter: {} } },
      instances: undefined,
      error:
        "main.filter': unknown key (expected one of instance, entityNamespace, schedule, filters, concurrency, roleGroups, platformOwner, removalGuard)",
    },
    {
      case: 'an unkeyed provider',
      providers: { instance: 'sandbox' },
      instances: undefined,
      error:
        "Invalid Cloud π configuration at 'catalog.providers.cloudPiNative.instance': must be an object: providers are keyed by id, e.g. catalog.providers.cloudPiNative.default.instance",
    },
  ])('refuses $case', ({ providers, instances, error }) => {
    expect(() => read(providers, instances)).toThrow(error);
  });
});
