import {
  PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE,
  createEnvironmentInputSchema,
  createProjectInputSchema,
  createRepositoryInputSchema,
  descriptionSchema,
  environmentNameSchema,
  externalRepoUrlSchema,
  formatValidationError,
  projectNameSchema,
  repositoryNameSchema,
  syncRepositoryInputSchema,
  tokenNameSchema,
} from '.';
import type { z } from 'zod';

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map(i => i.message);
}

const budgets = {
  limitless: true,
  hprodCpu: 0,
  hprodGpu: 0,
  hprodMemory: 0,
  prodCpu: 0,
  prodGpu: 0,
  prodMemory: 0,
};

describe('project rules', () => {
  it.each(['ab', 'demo', 'projet2026', 'a'.repeat(20)])('accepts %s', name => {
    expect(messages(projectNameSchema, name)).toEqual([]);
  });

  it.each([
    ['a', 'Le nom du projet doit contenir au moins 2 caractères.'],
    ['a'.repeat(21), 'Le nom du projet ne doit pas dépasser 20 caractères.'],
    [
      'mon-projet',
      'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
    ],
    [
      'Projet',
      'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
    ],
  ])('refuses %s', (name, message) => {
    expect(messages(projectNameSchema, name)).toContain(message);
  });

  it('limits descriptions to 280 characters', () => {
    expect(messages(descriptionSchema, 'é'.repeat(280))).toEqual([]);
    expect(messages(descriptionSchema, 'é'.repeat(281))).toEqual([
      'La description ne doit pas dépasser 280 caractères.',
    ]);
  });

  it('requires the six budget numbers and refuses negative ones', () => {
    expect(
      messages(createProjectInputSchema, { name: 'demo', ...budgets }),
    ).toEqual([]);
    const { prodMemory: _omitted, ...missing } = budgets;
    expect(
      messages(createProjectInputSchema, { name: 'demo', ...missing }),
    ).toEqual(['La mémoire de production doit être un nombre.']);
    expect(
      messages(createProjectInputSchema, {
        name: 'demo',
        ...budgets,
        hprodCpu: -1,
      }),
    ).toEqual(['Le CPU hors production doit être positif ou nul.']);
  });
});

describe('environment rules', () => {
  it('accepts names of 2 to 11 lowercase letters and digits', () => {
    expect(messages(environmentNameSchema, 'dev')).toEqual([]);
    expect(messages(environmentNameSchema, 'a'.repeat(11))).toEqual([]);
  });

  it('refuses other names with the console wording', () => {
    expect(messages(environmentNameSchema, 'a'.repeat(12))).toEqual([
      "Le nom de l'environnement ne doit pas dépasser 11 caractères.",
    ]);
    expect(messages(environmentNameSchema, 'pré-prod')).toEqual([
      "Le nom de l'environnement ne doit contenir que des lettres minuscules et des chiffres.",
    ]);
  });

  it('requires uuids for the stage and the cluster', () => {
    expect(
      messages(createEnvironmentInputSchema, {
        name: 'dev',
        stageId: 'dev',
        clusterId: 'c1',
        cpu: 1,
        gpu: 0,
        memory: 2,
        autosync: true,
      }),
    ).toEqual(["Type d'environnement invalide.", 'Cluster invalide.']);
  });
});

describe('repository rules', () => {
  it.each(['api', 'front-end', 'a1', 'a'.repeat(20)])('accepts %s', name => {
    expect(messages(repositoryNameSchema, name)).toEqual([]);
  });

  it.each(['-api', 'api-', 'API', 'a_b'])('refuses %s', name => {
    expect(messages(repositoryNameSchema, name)).toEqual([
      "Le nom du dépôt ne doit contenir ni majuscules, ni espaces, ni caractères spéciaux hormis le trait d'union, et doit commencer et se terminer par un caractère alphanumérique",
    ]);
  });

  it.each(['mirror', 'infra-apps', 'infra-observability'])(
    'refuses the reserved name %s',
    name => {
      expect(messages(repositoryNameSchema, name)).toEqual([
        "Le nom du dépôt choisi est inclus dans la liste d'exclusion: mirror, infra-apps, infra-observability",
      ]);
    },
  );

  it('accepts standalone repositories and https .git URLs only', () => {
    expect(messages(externalRepoUrlSchema, '')).toEqual([]);
    expect(
      messages(externalRepoUrlSchema, 'https://github.com/org/app.git'),
    ).toEqual([]);
    const invalidGitUrl =
      "L'adresse doit commencer par https et se terminer par .git";
    for (const url of [
      'http://github.com/org/app.git',
      'https://github.com/org/app',
    ]) {
      expect(messages(externalRepoUrlSchema, url)).toEqual([invalidGitUrl]);
    }
    // Not even a URL: the console runs both checks and reports both.
    expect(
      messages(externalRepoUrlSchema, 'git@github.com:org/app.git'),
    ).toEqual([invalidGitUrl, 'Url invalide']);
    expect(messages(externalRepoUrlSchema, 'https://a b/app.git')).toEqual([
      'Url invalide',
    ]);
  });

  it('requires credentials for private repositories', () => {
    const base = {
      internalRepoName: 'api',
      externalRepoUrl: 'https://github.com/org/api.git',
      isInfra: false,
    };
    expect(
      messages(createRepositoryInputSchema, { ...base, isPrivate: false }),
    ).toEqual([]);
    expect(
      messages(createRepositoryInputSchema, {
        ...base,
        isPrivate: true,
        externalToken: 'secret',
      }),
    ).toEqual([]);
    const result = createRepositoryInputSchema.safeParse({
      ...base,
      isPrivate: true,
    });
    // Reported on externalUserName, as the console does.
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        message: PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE,
        path: ['externalUserName'],
      }),
    ]);
  });

  it('requires a branch name unless every branch is synced', () => {
    expect(
      messages(syncRepositoryInputSchema, { syncAllBranches: true }),
    ).toEqual([]);
    expect(
      messages(syncRepositoryInputSchema, {
        syncAllBranches: false,
        branchName: '',
      }),
    ).toEqual(['branchName est requis lorsque syncAllBranches vaut false']);
  });
});

describe('token names', () => {
  it('follows the console rule', () => {
    expect(messages(tokenNameSchema, 'backstage-catalog')).toEqual([]);
    expect(messages(tokenNameSchema, 'x')).toContain(
      'Ne peut faire moins de 2 caractères',
    );
    expect(messages(tokenNameSchema, 'Backstage')).toEqual([
      'Le nom ne peut être constitué que de caractères minuscules, de chiffres et de tirets (-)',
    ]);
  });
});

describe('formatValidationError', () => {
  it('joins every message, one per line', () => {
    const result = createProjectInputSchema.safeParse({
      name: 'Mon Projet',
      ...budgets,
      prodCpu: -2,
    });
    expect(result.success).toBe(false);
    expect(formatValidationError(result.error!)).toBe(
      [
        'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
        'Le CPU de production doit être positif ou nul.',
      ].join('\n'),
    );
  });
});
