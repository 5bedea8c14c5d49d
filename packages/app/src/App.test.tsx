import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('starts on the Cloud π Native sign-in page', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            auth: { environment: 'development' },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    expect(
      await screen.findByText(
        'Connexion avec votre compte Cloud π Native (Keycloak)',
      ),
    ).toBeInTheDocument();
    // Guest access exists in the development auth environment only; the
    // sign-in page is in French, the app's default language (the guest
    // card's title, "Guest", is a literal in @backstage/core-components).
    expect(
      await screen.findByRole('button', { name: 'Entrer' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Enter')).not.toBeInTheDocument();
  });
});
