import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { errorsModule } from './errorsModule';

/** Crashes until the test lets it render. */
let crash = true;
function Crashing() {
  const [renders] = useState(() => {
    if (crash) throw new Error('catalog unreachable');
    return 'rendered';
  });
  return <p>{renders}</p>;
}

/** Fails as an extension whose code the browser could not download. */
function CodeUnavailable(): JSX.Element {
  const chunk = Object.assign(new Error('Loading chunk 7249 failed.'), {
    name: 'ChunkLoadError',
  });
  throw new Error('Failed lazy loading of the extension', { cause: chunk });
}

describe('ExtensionErrorDisplay', () => {
  beforeEach(() => {
    crash = true;
    // React logs the error it caught; the test expects it.
    jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['fr', 'Cette partie de la page n’a pas pu s’afficher', 'Réessayer'],
    ['en', 'This part of the page could not be shown', 'Retry'],
  ] as const)(
    'shows a crashed extension in the user’s language (%s) and retries it',
    async (language, title, retry) => {
      await renderInLanguage(<Crashing />, language, {}, [errorsModule]);

      expect(
        await screen.findByText(new RegExp(`^${title} \\(`)),
      ).toBeVisible();
      expect(screen.getByText('catalog unreachable')).toBeVisible();
      expect(screen.queryByText(/Error in|Stack Trace/)).toBeNull();

      crash = false;
      await userEvent.click(screen.getByRole('button', { name: retry }));
      expect(await screen.findByText('rendered')).toBeVisible();
    },
  );

  it('offers a reload when the code could not be downloaded', async () => {
    await renderInLanguage(<CodeUnavailable />, 'fr', {}, [errorsModule]);

    expect(
      await screen.findByText(/^Son code n’a pas pu être téléchargé/),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Recharger la page' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
    expect(screen.queryByText(/Loading chunk/)).toBeNull();
  });
});
