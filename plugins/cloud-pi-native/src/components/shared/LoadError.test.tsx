import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { backendError } from '../../__testUtils__/errors';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { LoadError } from './LoadError';
import { loadFailureOf } from './loadFailure';

describe('loadFailureOf', () => {
  it.each([
    [502, 'ServiceUnavailableError', 'unavailable'],
    [503, 'Error', 'unavailable'],
    [429, 'Error', 'unavailable'],
    [500, 'CloudPiNativeTimeoutError', 'timeout'],
    [504, 'Error', 'timeout'],
    [500, 'Error', 'unexpected'],
    [400, 'InputError', 'unexpected'],
  ])('classifies %s %s as %s', async (status, name, failure) => {
    expect(loadFailureOf(await backendError(status, name, 'm'))).toBe(failure);
  });

  it('calls a request the browser could not send offline', () => {
    expect(loadFailureOf(new TypeError('Failed to fetch'))).toBe('offline');
    expect(loadFailureOf(new Error('boom'))).toBe('unexpected');
  });
});

describe('LoadError', () => {
  it.each([
    [
      'fr',
      'Un service ne répond pas pour le moment. Réessayez dans quelques instants.',
      'Détail technique',
      'Réessayer',
    ],
    [
      'en',
      'A service is not answering at the moment. Try again in a few moments.',
      'Technical detail',
      'Retry',
    ],
  ] as const)(
    'tells a %s reader why in their language, the server message as a closed detail',
    async (language, why, detail, retry) => {
      const onRetry = jest.fn();
      const error = await backendError(
        502,
        'ServiceUnavailableError',
        'Cloud π console is unreachable (ECONNREFUSED) for GET /api/v1/projects',
      );
      renderInLanguage(
        <LoadError title="Titre" errors={[error]} onRetry={onRetry} />,
        { language },
      );
      expect(await screen.findByText(why)).toBeInTheDocument();
      const details = screen
        .getByText(/ECONNREFUSED/)
        .closest('details') as HTMLDetailsElement;
      expect(details).not.toHaveAttribute('open');
      expect(details.querySelector('summary')).toHaveTextContent(detail);
      await userEvent.click(screen.getByRole('button', { name: retry }));
      expect(onRetry).toHaveBeenCalledTimes(1);
    },
  );
});
