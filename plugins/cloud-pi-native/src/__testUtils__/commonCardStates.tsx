import type { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { plainEntity } from './entities';
import { backendError } from './errors';
import { createMockCloudPiApi, pending } from './mockApi';
import { type TestLanguage, renderInLanguage } from './renderInLanguage';

/** Texts every card shares, per language. */
export const stateTexts = {
  en: {
    loading: 'Loading Cloud π Native data',
    error: /Could not load the Cloud π Native data/,
    unexpected: /The server met an unexpected error/,
    detail: 'Technical detail',
    retry: 'Retry',
    forbidden: 'Access denied',
    forbiddenDetail: /You are not allowed to see this project's data/,
    notFound: 'Project not found',
    missing: 'Not a Cloud π Native entity',
  },
  fr: {
    loading: 'Chargement des données Cloud π Native',
    error: /Impossible de charger les données Cloud π Native/,
    unexpected: /Le serveur a rencontré une erreur inattendue/,
    detail: 'Détail technique',
    retry: 'Réessayer',
    forbidden: 'Accès refusé',
    forbiddenDetail: /Vous n’êtes pas autorisé à voir les données de ce projet/,
    notFound: 'Projet introuvable',
    missing: 'Entité hors Cloud π Native',
  },
} as const;

/** What the shared state cases need to know about a card. */
export interface CardUnderTest {
  Card: ComponentType<{}>;
  entity: Entity;
  /** A valid response, shown after a retry. */
  data: unknown;
  /** A text of `data` proving it is rendered, per language. */
  dataText: Record<TestLanguage, string | RegExp>;
}

/**
 * The states every card shares, as `[name, run]` cases for `it.each`:
 * loading, error with retry, forbidden, unknown project, missing annotations.
 */
export function cardStateCases(
  language: TestLanguage,
  card: CardUnderTest,
): Array<[string, () => Promise<void>]> {
  const { Card, entity, data, dataText } = card;
  const s = stateTexts[language];

  return [
    [
      'shows a labelled progress bar while loading',
      async () => {
        const api = createMockCloudPiApi();
        api.getEntityData.mockReturnValue(pending());
        renderInLanguage(<Card />, { language, api, entity });

        expect(
          await screen.findByRole('progressbar', { name: s.loading }),
        ).toBeInTheDocument();
      },
    ],
    [
      "shows the error in the reader's language and loads again on retry",
      async () => {
        const api = createMockCloudPiApi();
        api.getEntityData
          .mockRejectedValueOnce(
            await backendError(500, 'Error', 'console unreachable'),
          )
          .mockResolvedValueOnce(data as any);
        renderInLanguage(<Card />, { language, api, entity });

        expect(await screen.findByText(s.error)).toBeInTheDocument();
        // The failure in the reader's words, the server's message as a
        // technical detail, without Backstage's English labels and stack.
        expect(screen.getByText(s.unexpected)).toBeInTheDocument();
        expect(
          screen.getByText('console unreachable').closest('details'),
        ).toHaveTextContent(s.detail);
        expect(screen.queryByText(/^Error|Stack Trace/)).toBeNull();
        await userEvent.click(screen.getByRole('button', { name: s.retry }));
        expect(await screen.findByText(dataText[language])).toBeInTheDocument();
        expect(api.getEntityData).toHaveBeenCalledTimes(2);
      },
    ],
    [
      'shows the forbidden state on NotAllowedError',
      async () => {
        const api = createMockCloudPiApi();
        api.getEntityData.mockRejectedValue(
          await backendError(403, 'NotAllowedError', 'not a member of demo'),
        );
        renderInLanguage(<Card />, { language, api, entity });

        expect(await screen.findByText(s.forbidden)).toBeInTheDocument();
        expect(screen.getByText(s.forbiddenDetail)).toBeInTheDocument();
        expect(screen.queryByText(s.error)).not.toBeInTheDocument();
      },
    ],
    [
      'shows the unknown project state on NotFoundError',
      async () => {
        const api = createMockCloudPiApi();
        api.getEntityData.mockRejectedValue(
          await backendError(404, 'NotFoundError', 'no project demo'),
        );
        renderInLanguage(<Card />, { language, api, entity });

        expect(await screen.findByText(s.notFound)).toBeInTheDocument();
      },
    ],
    [
      'explains the missing annotations without calling the backend',
      async () => {
        const api = createMockCloudPiApi();
        renderInLanguage(<Card />, { language, api, entity: plainEntity });

        expect(await screen.findByText(s.missing)).toBeInTheDocument();
        expect(
          screen.getAllByText('cloud-pi-native.fr/project-slug').length,
        ).toBeGreaterThan(0);
        expect(api.getEntityData).not.toHaveBeenCalled();
      },
    ],
  ];
}
