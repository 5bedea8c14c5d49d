import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockCardWidth } from '../../__testUtils__/cardWidth';
import { resourceEntity } from '../../__testUtils__/entities';
import { backendError } from '../../__testUtils__/errors';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { DeploymentsCard } from '../DeploymentsCard';

const PROD = 'demo-prod-7c1a-api-3843';
const DEV = 'demo-dev-0d4e-api-3843';

const text = {
  en: {
    refresh: (app: string) => `Refresh ${app}`,
    sync: (app: string) => `Sync ${app}`,
    rollback: (app: string) => `Roll back ${app}`,
    confirmRollback: `Roll ${PROD} back to revision 0a1b2c3?`,
    confirm: 'Confirm',
    rolledBack: `${PROD} rolled back to 0a1b2c3: Out of sync, Healthy`,
    refreshed: `${DEV} refreshed: Out of sync, Progressing`,
    refused: `The operation on ${PROD} failed: To sync the Argo CD applications of the Cloud π Native project 'demo', you need to manage its environments`,
  },
  fr: {
    refresh: (app: string) => `Rafraîchir ${app}`,
    sync: (app: string) => `Synchroniser ${app}`,
    rollback: (app: string) => `Revenir en arrière sur ${app}`,
    confirmRollback: `Revenir sur la révision 0a1b2c3 pour ${PROD} ?`,
    confirm: 'Confirmer',
    rolledBack: `${PROD} revenue à 0a1b2c3 : Désynchronisé, Sain`,
    refreshed: `${DEV} rafraîchie : Désynchronisé, En cours`,
    refused: `L’opération sur ${PROD} a échoué : To sync the Argo CD applications of the Cloud π Native project 'demo', you need to manage its environments`,
  },
};

const result = (operation: 'refresh' | 'sync' | 'rollback') => ({
  operation,
  application: operation === 'refresh' ? DEV : PROD,
  environment: operation === 'refresh' ? 'dev' : 'prod',
  zone: 'default',
  syncStatus: 'OutOfSync' as const,
  healthStatus:
    operation === 'refresh' ? ('Progressing' as const) : ('Healthy' as const),
  revision: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
  targetRevision:
    operation === 'rollback'
      ? '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567'
      : null,
  phase: 'Succeeded',
  message: null,
  at: '2026-11-02T10:05:00Z',
});

describe.each(eachLanguage)(
  'Argo CD operations of the deployments card (%s)',
  language => {
    const s = text[language];

    const render = (data = fixtures.deploymentsWithOperations) => {
      const api = createMockCloudPiApi();
      api.getEntityData.mockResolvedValue(data);
      renderInLanguage(<DeploymentsCard />, {
        language,
        api,
        entity: resourceEntity,
      });
      return api;
    };

    it('offers the operations the caller may run, rollback only without autosync', async () => {
      render();

      expect(
        await screen.findByRole('button', { name: s.refresh(DEV) }),
      ).toBeEnabled();
      expect(screen.getByRole('button', { name: s.sync(DEV) })).toBeEnabled();
      expect(
        screen.getByRole('button', { name: s.rollback(DEV) }),
      ).toBeDisabled();
      expect(
        screen.getByRole('button', { name: s.rollback(PROD) }),
      ).toBeEnabled();
    });

    it('shows no operation when the caller may run none', async () => {
      render({
        ...fixtures.deploymentsWithOperations,
        operations: { refresh: false, sync: false, rollback: false },
      });

      await screen.findByText(PROD);
      expect(screen.queryByRole('button', { name: s.refresh(DEV) })).toBeNull();
      expect(screen.queryByRole('button', { name: s.sync(PROD) })).toBeNull();
    });

    it('refreshes at once and shows the result', async () => {
      const api = render();
      api.runArgoOperation.mockResolvedValue(result('refresh'));

      await userEvent.click(
        await screen.findByRole('button', { name: s.refresh(DEV) }),
      );

      expect(await screen.findByText(s.refreshed)).toBeInTheDocument();
      expect(api.runArgoOperation).toHaveBeenCalledWith(
        { kind: 'Resource', namespace: 'cloud-pi', name: 'demo-dev' },
        DEV,
        'refresh',
      );
      // The card reloads to show the new state.
      await waitFor(() => expect(api.getEntityData).toHaveBeenCalledTimes(2));
    });

    it('asks before rolling back, names the revision, then shows the result', async () => {
      const api = render();
      api.runArgoOperation.mockResolvedValue(result('rollback'));

      await userEvent.click(
        await screen.findByRole('button', { name: s.rollback(PROD) }),
      );
      const dialog = await screen.findByRole('dialog');
      expect(within(dialog).getByText(s.confirmRollback)).toBeInTheDocument();
      expect(api.runArgoOperation).not.toHaveBeenCalled();
      await userEvent.click(
        within(dialog).getByRole('button', { name: s.confirm }),
      );

      expect(await screen.findByText(s.rolledBack)).toBeInTheDocument();
      expect(api.runArgoOperation).toHaveBeenCalledWith(
        expect.anything(),
        PROD,
        'rollback',
      );
    });

    it('shows the refusal of the backend', async () => {
      const api = render();
      api.runArgoOperation.mockRejectedValue(
        await backendError(
          403,
          'NotAllowedError',
          "To sync the Argo CD applications of the Cloud π Native project 'demo', you need to manage its environments",
        ),
      );

      await userEvent.click(
        await screen.findByRole('button', { name: s.sync(PROD) }),
      );
      await userEvent.click(
        within(await screen.findByRole('dialog')).getByRole('button', {
          name: s.confirm,
        }),
      );

      expect(await screen.findByText(s.refused)).toBeInTheDocument();
      expect(api.getEntityData).toHaveBeenCalledTimes(1);
    });
  },
);

describe('Argo CD operations in a table of applications', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  // Two applications in dev: a table from a medium card width.
  const [dev] = fixtures.deploymentsWithOperations.environments;
  const twoInDev = {
    ...fixtures.deploymentsWithOperations,
    environments: [
      {
        ...dev,
        applications: [
          ...dev.applications,
          { ...dev.applications[0], name: `${DEV}-infra` },
        ],
      },
    ],
  };

  const render = async (width: number) => {
    restore = mockCardWidth(width);
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(twoInDev);
    renderInLanguage(<DeploymentsCard />, {
      language: 'en',
      api,
      entity: resourceEntity,
    });
    await screen.findByRole('button', { name: text.en.refresh(DEV) });
  };
  const headers = () =>
    screen.getAllByRole('columnheader').map(header => header.textContent);

  it('puts the buttons under each row of a medium card, which they would overflow', async () => {
    await render(768);
    expect(headers()).not.toContain('Actions');
    const refresh = screen.getByRole('button', { name: text.en.refresh(DEV) });
    expect(refresh.closest('td')).toHaveAttribute('colspan', '4');
  });

  it('gives them a column in a wide card', async () => {
    await render(1200);
    expect(headers()).toContain('Actions');
  });
});
