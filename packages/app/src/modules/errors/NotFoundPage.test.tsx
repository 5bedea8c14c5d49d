import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { NotFoundPage } from './NotFoundPage';

describe('NotFoundPage', () => {
  it('says it in French, with a way back and no support link by default', async () => {
    await renderInLanguage(<NotFoundPage />, 'fr');
    expect(
      await screen.findByText('ERREUR 404 : PAGE INTROUVABLE'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Cette page s’est perdue en chemin.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Revenir en arrière' }),
    ).toBeInTheDocument();
    // Backstage's page links to its own GitHub issues when none is set.
    expect(screen.queryByRole('link', { name: /support/ })).toBeNull();
    expect(screen.queryByText(/please|bug|NOT FOUND/)).toBeNull();
  });

  it("links to the organisation's support when app-config names it", async () => {
    await renderInLanguage(<NotFoundPage />, 'en', {
      support: { url: 'https://support.example.gouv.fr', items: [] },
    });
    expect(
      await screen.findByText('ERROR 404: PAGE NOT FOUND'),
    ).toBeInTheDocument();
    // Backstage's link tells screen readers that it opens a new window.
    const link = screen.getByRole('link', { name: /^contact support/ });
    expect(link).toHaveAttribute('href', 'https://support.example.gouv.fr');
    expect(link.closest('p')).toHaveTextContent(
      /^If you think this is a bug, contact support(, Opens in a new window)?\.$/,
    );
  });
});
