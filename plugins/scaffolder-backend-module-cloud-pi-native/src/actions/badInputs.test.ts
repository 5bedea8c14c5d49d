import { createMockDirectory } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { JsonObject } from '@backstage/types';
import {
  CloudPiWorld,
  USERS,
  startCloudPiWorld,
} from '../__testUtils__/cloudPiWorld';
import { runAction } from '../__testUtils__/testContext';
import { createCloudPiNativeActions } from '.';

/**
 * Every input of every `cpin:*` action, given every kind of bad value, in a
 * dry run and in a real run: each must be refused with a clear `InputError`
 * before the sandbox receives a single request.
 */

jest.setTimeout(120_000);

const HUGE = 'x'.repeat(100_000);

type Attack = readonly [label: string, value: unknown];

/** Values no identifier or name of the platform accepts. */
const TEXT: Attack[] = [
  ['empty', ''],
  ['100,000 characters', HUGE],
  ['Japanese', 'ポータル'],
  ['emoji', '🙂'],
  ['traversal', '../admin'],
  ['NUL byte', 'a\u0000b'],
  ['number', 42],
  ['object', { name: 'x' }],
  ['array', ['x']],
  ['null', null],
];

/** {@link TEXT} minus what an optional input reads as "not given". */
const OPTIONAL_TEXT = TEXT.filter(
  ([label]) => label !== 'empty' && label !== 'null',
);

/** Values no CPU, GPU or memory amount accepts. */
const NUMBER: Attack[] = [
  ['1e308', 1e308],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['NaN', NaN],
  ['negative', -1],
  ['above the console maximum', 1001],
  ['numeric string', '4'],
  ['100,000 characters', HUGE],
  ['boolean', true],
  ['object', {}],
];

const GPU: Attack[] = [...NUMBER, ['fraction of a GPU', 0.5]];

const BOOLEAN: Attack[] = [
  ['string', 'yes'],
  ['number', 1],
  ['100,000 characters', HUGE],
  ['object', {}],
];

/** Free text sent to a tool (descriptions, revisions, paths, names…). */
const FREE_TEXT: Attack[] = [
  ['100,000 characters', HUGE],
  ['NUL byte', 'a\u0000b'],
  ['number', 42],
  ['object', { a: 1 }],
];

/** One action: a valid input, and the bad values of each of its inputs. */
interface ActionTable {
  id: string;
  input: JsonObject;
  secrets?: Record<string, string>;
  attacks: Record<string, Attack[]>;
}

const TABLES: ActionTable[] = [
  {
    id: 'cpin:project:create',
    input: { name: 'tableau' },
    attacks: {
      instance: OPTIONAL_TEXT,
      name: TEXT,
      description: FREE_TEXT,
      limitless: BOOLEAN,
      hprodCpu: NUMBER,
      hprodGpu: GPU,
      hprodMemory: NUMBER,
      prodCpu: NUMBER,
      prodGpu: GPU,
      prodMemory: NUMBER,
    },
  },
  {
    id: 'cpin:project:reprovision',
    input: { project: 'portail' },
    attacks: { instance: OPTIONAL_TEXT, project: TEXT },
  },
  {
    id: 'cpin:environment:create',
    input: {
      project: 'portail',
      name: 'tableau',
      stage: 'dev',
      cluster: 'ovh-hprod',
      cpu: 1,
      memory: 1,
    },
    attacks: {
      instance: OPTIONAL_TEXT,
      project: TEXT,
      name: TEXT,
      stage: TEXT,
      cluster: TEXT,
      cpu: [...NUMBER, ['missing', undefined]],
      gpu: GPU,
      memory: [...NUMBER, ['missing', undefined]],
      autosync: BOOLEAN,
    },
  },
  {
    id: 'cpin:repository:create',
    input: { project: 'portail', name: 'tableau' },
    attacks: {
      instance: OPTIONAL_TEXT,
      project: TEXT,
      name: TEXT,
      externalRepoUrl: [
        ...OPTIONAL_TEXT,
        ['100,000-character https URL', `https://github.com/${HUGE}.git`],
        ['http URL', 'http://github.com/org/app.git'],
        ['URL with credentials', 'https://bob:secret@github.com/org/app.git'],
      ],
      isPrivate: BOOLEAN,
      isInfra: BOOLEAN,
      deployRevision: [...FREE_TEXT, ['line break', 'main\nHEAD']],
      deployPath: [...FREE_TEXT, ['traversal', '../admin']],
      helmValuesFiles: [
        ...FREE_TEXT,
        ['traversal', 'values.yaml,../admin.yaml'],
        ['list of numbers', [42]],
      ],
      externalTokenSecret: FREE_TEXT,
    },
  },
  {
    id: 'cpin:repository:create',
    input: {
      project: 'portail',
      name: 'prive',
      isPrivate: true,
      externalRepoUrl: 'https://github.com/org/prive.git',
      externalUserName: 'bob',
    },
    secrets: { externalRepoToken: 'glpat-valid' },
    attacks: { externalUserName: FREE_TEXT },
  },
  {
    id: 'cpin:repository:sync',
    input: { project: 'portail', repository: 'front', branchName: 'main' },
    attacks: {
      instance: OPTIONAL_TEXT,
      project: TEXT,
      repository: TEXT,
      // Japanese and emoji are valid git branch names.
      branchName: [
        ...FREE_TEXT,
        ['traversal', '../admin'],
        ['HEAD', 'HEAD'],
        ['option', '--force'],
        ['space', 'my branch'],
      ],
      syncAllBranches: BOOLEAN,
    },
  },
  {
    id: 'cpin:deployment:create',
    input: {
      project: 'urbanisme',
      name: 'tableau',
      environment: 'prod',
      sources: [{ repository: 'instruction' }],
    },
    attacks: {
      instance: OPTIONAL_TEXT,
      project: TEXT,
      name: TEXT,
      environment: TEXT,
      autosync: BOOLEAN,
      sources: [
        ['missing', undefined],
        ['empty list', []],
        ['string', 'instruction'],
        ['list of numbers', [42]],
        ['21 sources', Array(21).fill({ repository: 'instruction' })],
        ...TEXT.map(
          ([label, value]) =>
            [`repository ${label}`, [{ repository: value }]] as const,
        ),
        ...FREE_TEXT.map(
          ([label, value]) =>
            [
              `targetRevision ${label}`,
              [{ repository: 'web', targetRevision: value }],
            ] as const,
        ),
        ['path traversal', [{ repository: 'web', path: '../admin' }]],
        ['unknown type', [{ repository: 'web', type: 'svn' }]],
        [
          'values file traversal',
          [
            {
              repository: 'web',
              valueSources: [{ type: 'internal', path: '/etc/passwd' }],
            },
          ],
        ],
        [
          'two external value sources',
          [
            {
              repository: 'web',
              valueSources: ['a', 'b'].map(ref => ({
                type: 'external',
                path: 'values.yaml',
                ref,
                repository: 'config',
              })),
            },
          ],
        ],
        [
          '100,000-character ref',
          [
            {
              repository: 'web',
              valueSources: [
                {
                  type: 'external',
                  path: 'values.yaml',
                  ref: HUGE,
                  repository: 'config',
                },
              ],
            },
          ],
        ],
        [
          '21 value sources',
          [
            {
              repository: 'web',
              valueSources: Array(21).fill({
                type: 'internal',
                path: 'values.yaml',
              }),
            },
          ],
        ],
      ],
    },
  },
  {
    id: 'cpin:member:add',
    input: {
      project: 'portail',
      email: 'frank.nouveau@interieur.gouv.fr',
      roles: ['DevOps'],
    },
    attacks: {
      instance: OPTIONAL_TEXT,
      project: TEXT,
      email: [...TEXT, ['100,000-character address', `${HUGE}@gouv.fr`]],
      // Role names are free text in the console: Japanese is a valid name.
      roles: [
        ['string', 'DevOps'],
        ['number', 42],
        ['list of numbers', [42]],
        ['empty name', ['']],
        ['100,000-character name', [HUGE]],
        ['51 roles', Array(51).fill('DevOps')],
      ],
    },
  },
  {
    id: 'cpin:gitlab:push',
    input: { project: 'portail', repository: 'api' },
    attacks: {
      instance: OPTIONAL_TEXT,
      project: TEXT,
      repository: TEXT,
      branch: [
        ...FREE_TEXT,
        ['traversal', '../admin'],
        ['HEAD', 'HEAD'],
        ['space', 'my branch'],
      ],
      commitMessage: FREE_TEXT,
      sourcePath: [
        ...FREE_TEXT,
        ['traversal', '../admin'],
        ['missing folder', 'absent'],
      ],
      variables: [
        ['string', 'A=1'],
        ['list of numbers', [42]],
        ['100,000-character name', [{ key: HUGE, value: 'v' }]],
        ['traversal name', [{ key: '../admin', value: 'v' }]],
        ['200,000-character value', [{ key: 'A', value: HUGE + HUGE }]],
        ['100,000-character secret name', [{ key: 'A', secret: HUGE }]],
        [
          '100,000-character scope',
          [{ key: 'A', value: 'v', environmentScope: HUGE }],
        ],
        [
          '101 variables',
          Array.from({ length: 101 }, (_, i) => ({ key: `V${i}`, value: 'v' })),
        ],
      ],
    },
  },
  {
    id: 'cpin:vault:write',
    input: {
      project: 'portail',
      environment: 'dev',
      path: 'app',
      secrets: { DB_PASSWORD: 'dbPassword' },
    },
    secrets: { dbPassword: 's3cret' },
    attacks: {
      instance: OPTIONAL_TEXT,
      project: TEXT,
      environment: TEXT,
      path: [
        ...TEXT.filter(([label]) => label !== 'null'),
        ['leading slash', '/app'],
        ['empty segment', 'a//b'],
        ['dot segment', 'a/./b'],
      ],
      secrets: [
        ['string', 'dbPassword'],
        ['number', 42],
        ['list', ['dbPassword']],
        ['no key', {}],
        ['traversal key', { '../admin': 'dbPassword' }],
        ['100,000-character key', { [HUGE]: 'dbPassword' }],
        ['100,000-character secret name', { K: HUGE }],
        ['number as secret name', { K: 42 }],
      ],
      merge: BOOLEAN,
    },
  },
];

/** Secrets of the task holding values too large for their destination. */
const OVERSIZED_SECRETS: Array<{
  id: string;
  input: JsonObject;
  secrets: Record<string, string>;
  label: string;
}> = [
  {
    id: 'cpin:repository:create',
    label: 'a 100,000-character external token',
    input: {
      project: 'portail',
      name: 'prive',
      isPrivate: true,
      externalRepoUrl: 'https://github.com/org/prive.git',
    },
    secrets: { externalRepoToken: HUGE },
  },
  {
    id: 'cpin:vault:write',
    label: 'a secret of 2 MiB',
    input: {
      project: 'portail',
      environment: 'dev',
      secrets: { BIG: 'big' },
    },
    secrets: { big: 'x'.repeat(2 * 1024 * 1024) },
  },
  {
    id: 'cpin:gitlab:push',
    label: 'a CI/CD variable secret of 200,000 characters',
    input: {
      project: 'portail',
      repository: 'api',
      variables: [{ key: 'TOKEN', secret: 'token' }],
    },
    secrets: { token: HUGE + HUGE },
  },
];

const cases = TABLES.flatMap(table =>
  Object.entries(table.attacks).flatMap(([field, attacks]) =>
    attacks.map(([label, value]) => ({
      table,
      field,
      label,
      value,
      name: `${table.id} ${field}: ${label}`,
    })),
  ),
);

describe('bad inputs of the cpin:* actions', () => {
  let world: CloudPiWorld;
  let actions: Map<string, TemplateAction<any, any, any>>;
  let credentials: Record<string, string>;
  const workspace = createMockDirectory();

  beforeAll(async () => {
    world = await startCloudPiWorld();
    actions = new Map(
      createCloudPiNativeActions({ cloudPi: world.cloudPi }).map(action => [
        action.id,
        action,
      ]),
    );
    credentials = await world.tokenSecrets(USERS.alice);
    workspace.setContent({ 'README.md': '# Tableau\n' });
  });

  afterAll(() => world?.stop());

  function run(
    id: string,
    input: JsonObject,
    secrets: Record<string, string> | undefined,
    isDryRun: boolean,
  ) {
    return runAction(actions.get(id)!, {
      input,
      secrets: { ...credentials, ...secrets },
      isDryRun,
      workspacePath: workspace.path,
    });
  }

  /** Runs an attempt; returns its error and the requests the sandbox saw. */
  async function attempt(action: () => Promise<unknown>) {
    world.sandbox.resetStats();
    const error = await action().then(
      () => undefined,
      e => e as Error,
    );
    return { error, requests: world.requestCount() };
  }

  /** A clear `InputError` in the user's terms: bounded, never the input echoed back. */
  function expectClearRefusal(error: Error | undefined) {
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message.trim()).not.toBe('');
    expect(error!.message.length).toBeLessThan(1000);
    expect(error!.message).not.toMatch(/undefined|TypeError|Invalid input/);
  }

  it('covers every action', () => {
    expect(new Set(cases.map(c => c.table.id))).toEqual(
      new Set(actions.keys()),
    );
    expect(cases.length).toBeGreaterThan(250);
  });

  it.each(TABLES.map(table => [table.id, table] as const))(
    'accepts the valid input of %s in a dry run (the control case)',
    async (_id, table) => {
      world.sandbox.resetStats();
      await run(table.id, table.input, table.secrets, true);
      expect(world.mutatingRequests()).toEqual([]);
      expect(world.requestCount()).toBeGreaterThan(0);
    },
  );

  describe.each([
    ['a dry run', true],
    ['a real run', false],
  ])('the cases the hardening review found, in %s', (_, isDryRun) => {
    const projectRef =
      'Le projet doit être désigné par son identifiant (slug : lettres minuscules, chiffres et tirets) ou son UUID.';
    // The console's own message (9.24, schemas/v2/repository.ts).
    const repositoryName =
      "Le nom du dépôt ne doit contenir ni majuscules, ni espaces, ni caractères spéciaux hormis le trait d'union, et doit commencer et se terminer par un caractère alphanumérique";
    it.each([
      [
        'hprodCpu 1e308',
        'cpin:project:create',
        { name: 'tableau', hprodCpu: 1e308 },
        'Le CPU hors production ne doit pas dépasser 1000.',
      ],
      [
        'a 100,000-character externalRepoUrl',
        'cpin:repository:create',
        {
          project: 'portail',
          name: 'tableau',
          externalRepoUrl: `https://github.com/${HUGE}.git`,
        },
        "L'URL du dépôt externe ne doit pas dépasser 2048 caractères.",
      ],
      [
        'a 100,000-character e-mail',
        'cpin:member:add',
        { project: 'portail', email: `${HUGE}@gouv.fr` },
        "L'adresse e-mail ne doit pas dépasser 254 caractères.",
      ],
      [
        'a 100,000-character path',
        'cpin:vault:write',
        {
          project: 'portail',
          environment: 'dev',
          path: HUGE,
          secrets: { DB_PASSWORD: 'dbPassword' },
        },
        'Le chemin du secret ne doit pas dépasser 256 caractères.',
      ],
      [
        'a 100,000-character branch',
        'cpin:gitlab:push',
        { project: 'portail', repository: 'api', branch: HUGE },
        "Le nom de la branche n'est pas un nom de branche Git valide : il dépasse 250 octets.",
      ],
      [
        'a 100,000-character commit message',
        'cpin:gitlab:push',
        { project: 'portail', repository: 'api', commitMessage: HUGE },
        'Le message de commit ne doit pas dépasser 64 Kio.',
      ],
      [
        'a 100,000-character project',
        'cpin:project:reprovision',
        { project: HUGE },
        'Le projet doit être désigné par son identifiant (slug) ou son UUID, de 40 caractères au plus.',
      ],
      ...['../admin', 'ポータル', '🙂'].flatMap(name => [
        [
          `the project ${name}`,
          'cpin:repository:create',
          { project: name, name: 'api' },
          projectRef,
        ],
        [
          `the repository ${name}`,
          'cpin:repository:create',
          { project: 'portail', name },
          repositoryName,
        ],
        [
          `the project name ${name}`,
          'cpin:project:create',
          { name },
          'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
        ],
      ]),
    ] as Array<[string, string, JsonObject, string]>)(
      'refuses %s (%s)',
      async (_label, id, input, message) => {
        world.sandbox.resetStats();
        const error = await run(id, input, { dbPassword: 'x' }, isDryRun).catch(
          e => e,
        );
        expect(error).toBeInstanceOf(InputError);
        expect(error.message.split('\n')).toContain(message);
        expect(world.requestCount()).toBe(0);
      },
    );
  });

  describe.each([
    ['a dry run', true],
    ['a real run', false],
  ])('in %s', (_, isDryRun) => {
    it.each(cases)('refuses $name before any request', async c => {
      const { error, requests } = await attempt(() =>
        run(
          c.table.id,
          { ...c.table.input, [c.field]: c.value as any },
          c.table.secrets,
          isDryRun,
        ),
      );
      expectClearRefusal(error);
      expect(requests).toBe(0);
    });

    it.each(OVERSIZED_SECRETS)(
      '$id refuses $label before any request',
      async c => {
        const { error, requests } = await attempt(() =>
          run(c.id, c.input, c.secrets, isDryRun),
        );
        expectClearRefusal(error);
        expect(requests).toBe(0);
      },
    );

    it('cpin:gitlab:push refuses a file larger than 10 MiB before any request', async () => {
      const big = createMockDirectory();
      big.setContent({ 'big.bin': Buffer.alloc(11 * 1024 * 1024, 1) });
      const { error, requests } = await attempt(() =>
        runAction(actions.get('cpin:gitlab:push')!, {
          input: { project: 'portail', repository: 'api' },
          secrets: credentials,
          isDryRun,
          workspacePath: big.path,
        }),
      );
      expectClearRefusal(error);
      expect(error?.message).toBe(
        "Le fichier big.bin dépasse 10 Mio : poussez-le avec Git LFS plutôt que par l'API.",
      );
      expect(requests).toBe(0);
    });
  });
});
