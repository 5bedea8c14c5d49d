import { consoleErrorMessage } from './consoleErrorMessage';

describe('consoleErrorMessage', () => {
  it('reads the legacy { message } shape', () => {
    expect(consoleErrorMessage({ message: 'Projet introuvable' })).toBe(
      'Projet introuvable',
    );
  });

  it('reads the NestJS HttpException shape', () => {
    expect(
      consoleErrorMessage({
        statusCode: 403,
        message: 'Le projet est verrouillé',
        error: 'Forbidden',
      }),
    ).toBe('Le projet est verrouillé');
  });

  it('joins a NestJS message list', () => {
    expect(
      consoleErrorMessage({
        statusCode: 400,
        message: ['Cluster invalide.', 'Type d’environnement invalide.'],
        error: 'Bad Request',
      }),
    ).toBe('Cluster invalide.\nType d’environnement invalide.');
  });

  it('joins the form and field errors of a flattened zod error, one per line', () => {
    expect(
      consoleErrorMessage({
        formErrors: ['Au moins une source de déploiement est requise'],
        fieldErrors: {
          name: ['Le nom doit contenir au moins 2 caractères'],
          memory: ['Nombre attendu', 'Doit être positif'],
        },
      }),
    ).toBe(
      [
        'Au moins une source de déploiement est requise',
        'name : Le nom doit contenir au moins 2 caractères',
        'memory : Nombre attendu',
        'memory : Doit être positif',
      ].join('\n'),
    );
  });

  it('reads the legacy ts-rest validation groups', () => {
    expect(
      consoleErrorMessage({
        pathParameterErrors: null,
        headerErrors: null,
        queryParameterErrors: {
          name: 'ZodError',
          issues: [{ path: ['filter'], message: 'Invalid enum value' }],
        },
        bodyErrors: {
          name: 'ZodError',
          issues: [
            { path: ['internalRepoName'], message: 'Nom de dépôt invalide' },
            { path: [], message: 'Corps invalide' },
          ],
        },
      }),
    ).toBe(
      [
        'internalRepoName : Nom de dépôt invalide',
        'Corps invalide',
        'query.filter : Invalid enum value',
      ].join('\n'),
    );
  });

  it('falls back to `error` like the console web client', () => {
    expect(consoleErrorMessage({ error: 'Not authenticated' })).toBe(
      'Not authenticated',
    );
  });

  it('never returns the stack of a legacy 500', () => {
    expect(
      consoleErrorMessage({
        status: 500,
        error: 'Erreur interne',
        stack: 'Error: boom\n    at /app/server.js:1:1',
      }),
    ).toBe('Erreur interne');
  });

  it.each([[null], ['texte'], [[]], [{}], [{ message: '' }]])(
    'returns undefined for %p',
    body => {
      expect(consoleErrorMessage(body)).toBeUndefined();
    },
  );
});
