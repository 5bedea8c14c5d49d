import {
  boundedEmailSchema,
  boundedExternalRepoUrlSchema,
  clusterRefSchema,
  deployPathSchema,
  instanceNameSchema,
  memberRolesSchema,
  projectRefSchema,
  repositoryRefSchema,
  stageRefSchema,
} from './bounds';
import {
  createEnvironmentRequestSchema,
  createProjectRequestSchema,
  createRepositoryRequestSchema,
  syncRepositoryRequestSchema,
  validationMessages,
} from './requests';

const UUID = '8c1b1c0e-3f0a-4c56-9a55-0c5f1f1e2b3a';
const budgets = {
  name: 'demo',
  limitless: true,
  hprodCpu: 0,
  hprodGpu: 0,
  hprodMemory: 0,
  prodCpu: 0,
  prodGpu: 0,
  prodMemory: 0,
};

describe('project requests', () => {
  it('accepts the console maxima and whole GPUs', () => {
    expect(
      validationMessages(createProjectRequestSchema, {
        ...budgets,
        hprodCpu: 1000,
        hprodMemory: 1000,
        hprodGpu: 100,
        prodCpu: 0.5,
      }),
    ).toEqual([]);
  });

  it.each([
    [1e308, 'Le CPU hors production ne doit pas dépasser 1000.'],
    [1000.01, 'Le CPU hors production ne doit pas dépasser 1000.'],
    [Infinity, 'Le CPU hors production doit être un nombre.'],
    [-Infinity, 'Le CPU hors production doit être un nombre.'],
    [NaN, 'Le CPU hors production doit être un nombre.'],
    ['4', 'Le CPU hors production doit être un nombre.'],
    [-1, 'Le CPU hors production doit être positif ou nul.'],
  ])('refuses a CPU budget of %p', (value, message) => {
    expect(
      validationMessages(createProjectRequestSchema, {
        ...budgets,
        hprodCpu: value,
      }),
    ).toEqual([message]);
  });

  it('refuses fractional GPUs and more than 100', () => {
    expect(
      validationMessages(createProjectRequestSchema, {
        ...budgets,
        prodGpu: 0.5,
        hprodGpu: 101,
      }),
    ).toEqual([
      'Le GPU hors production ne doit pas dépasser 100.',
      'Le GPU de production doit être un nombre entier.',
    ]);
  });

  it('names wrong types in French', () => {
    expect(
      validationMessages(createProjectRequestSchema, {
        ...budgets,
        limitless: 'yes',
        description: 42,
      }),
    ).toEqual([
      'La description doit être un texte.',
      '« limitless » doit valoir true ou false.',
    ]);
  });
});

describe('environment requests', () => {
  it('bounds the allocations like the budgets', () => {
    expect(
      validationMessages(createEnvironmentRequestSchema, {
        name: 'dev',
        stageId: UUID,
        clusterId: UUID,
        cpu: 1e308,
        gpu: 1.5,
        memory: 2048,
        autosync: 1,
      }),
    ).toEqual([
      'Le CPU ne doit pas dépasser 1000.',
      'Le GPU doit être un nombre entier.',
      'La mémoire ne doit pas dépasser 1000.',
      '« autosync » doit valoir true ou false.',
    ]);
  });
});

describe('repository requests', () => {
  const base = { internalRepoName: 'api', isInfra: false, isPrivate: false };

  it('accepts what the console accepts within the bounds', () => {
    expect(
      validationMessages(createRepositoryRequestSchema, {
        ...base,
        externalRepoUrl: 'https://github.com/org/api.git',
        deployRevision: 'v1.2.0',
        deployPath: 'helm/app',
        helmValuesFiles: 'values.yaml,values-<env>.yaml',
      }),
    ).toEqual([]);
  });

  it.each([
    [
      { externalRepoUrl: `https://github.com/${'a'.repeat(100_000)}.git` },
      "L'URL du dépôt externe ne doit pas dépasser 2048 caractères.",
    ],
    [
      { externalRepoUrl: 'https://bob:secret@github.com/org/api.git' },
      "L'URL du dépôt externe ne doit pas contenir d'identifiants : renseignez le nom d'utilisateur et le jeton à part.",
    ],
    [
      { externalRepoUrl: 'http://github.com/org/api.git' },
      // The console's own message (9.24, `invalidGitUrl` of utils/const.ts).
      "L'adresse doit commencer par https et se terminer par .git",
    ],
    [
      { deployPath: '../../etc' },
      'Le chemin déployé doit être relatif au dépôt, sans segment « .. » ni « / » initial.',
    ],
    [
      { helmValuesFiles: 'values.yaml,/etc/passwd' },
      'Chaque fichier de valeurs Helm doit être relatif au dépôt, sans segment « .. » ni « / » initial.',
    ],
    [
      { deployRevision: 'main\nx' },
      'La révision déployée ne doit pas contenir de caractère de contrôle.',
    ],
    [{ isInfra: 'no' }, '« isInfra » doit valoir true ou false.'],
  ])('refuses %j', (change, message) => {
    expect(
      validationMessages(createRepositoryRequestSchema, { ...base, ...change }),
    ).toContain(message);
  });

  it('bounds the credentials of a private repository', () => {
    expect(
      validationMessages(createRepositoryRequestSchema, {
        ...base,
        isPrivate: true,
        externalRepoUrl: 'https://github.com/org/api.git',
        externalToken: 't'.repeat(4097),
      }),
    ).toEqual([
      'Le jeton du dépôt externe ne doit pas dépasser 4096 caractères.',
    ]);
  });

  it('checks the branch of a synchronisation with git rules', () => {
    expect(
      validationMessages(syncRepositoryRequestSchema, {
        syncAllBranches: false,
        branchName: 'feature/x',
      }),
    ).toEqual([]);
    expect(
      validationMessages(syncRepositoryRequestSchema, {
        syncAllBranches: false,
        branchName: '../admin',
      }),
    ).toEqual([
      "Le nom de la branche n'est pas un nom de branche Git valide : il contient « .. ».",
    ]);
  });
});

describe('references and fields', () => {
  it.each(['portail', 'ministere-portail', 'portail-2', UUID])(
    'accepts the project %s',
    ref => expect(validationMessages(projectRefSchema, ref)).toEqual([]),
  );

  it.each([
    '',
    '../admin',
    'ポータル',
    '🙂',
    'Portail',
    'a'.repeat(100_000),
    42,
  ])('refuses the project %j with one message', ref =>
    expect(validationMessages(projectRefSchema, ref)).toHaveLength(1),
  );

  it('takes repositories, stages and clusters by name or UUID', () => {
    for (const [schema, name] of [
      [repositoryRefSchema, 'front-end'],
      [stageRefSchema, 'staging'],
      [clusterRefSchema, 'ovh-hprod'],
    ] as const) {
      expect(validationMessages(schema, name)).toEqual([]);
      expect(validationMessages(schema, UUID)).toEqual([]);
      expect(validationMessages(schema, '../admin')).toHaveLength(1);
      expect(validationMessages(schema, 'x'.repeat(100_000))).toHaveLength(1);
    }
  });

  it('bounds e-mail addresses as SMTP does', () => {
    expect(validationMessages(boundedEmailSchema, 'alice@gouv.fr')).toEqual([]);
    expect(
      validationMessages(
        boundedEmailSchema,
        `${'a'.repeat(64)}@${'b'.repeat(180)}.fr`,
      ),
    ).toEqual([]);
    expect(
      validationMessages(boundedEmailSchema, `${'a'.repeat(100_000)}@gouv.fr`),
    ).toEqual(["L'adresse e-mail ne doit pas dépasser 254 caractères."]);
    expect(
      validationMessages(boundedEmailSchema, `${'a'.repeat(65)}@gouv.fr`),
    ).toEqual([
      "La partie de l'adresse e-mail avant @ ne doit pas dépasser 64 caractères.",
    ]);
    expect(validationMessages(boundedEmailSchema, 'ポータル@gouv.fr')).toEqual([
      "L'adresse e-mail est invalide.",
    ]);
  });

  it('bounds the external URL before the console rule runs', () => {
    expect(validationMessages(boundedExternalRepoUrlSchema, '')).toEqual([]);
    expect(
      validationMessages(boundedExternalRepoUrlSchema, 'x'.repeat(100_000)),
    ).toHaveLength(1);
  });

  it('bounds roles, instance names and paths', () => {
    expect(
      validationMessages(memberRolesSchema, ['DevOps', 'Lecture seule']),
    ).toEqual([]);
    expect(
      validationMessages(memberRolesSchema, Array(51).fill('DevOps')),
    ).toEqual(['Un membre ne peut pas recevoir plus de 50 rôles à la fois.']);
    expect(validationMessages(instanceNameSchema, 'sandbox')).toEqual([]);
    expect(validationMessages(instanceNameSchema, '../admin')).toHaveLength(1);
    expect(validationMessages(deployPathSchema, '.')).toEqual([]);
  });
});
