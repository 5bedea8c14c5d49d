import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInLanguage } from '../../__testUtils__/renderInLanguage';
import { DocsSupportButton } from './DocsSupportButton';

const support = { url: 'https://support.example.gouv.fr', items: [] };

describe('DocsSupportButton', () => {
  it.each([
    ['fr', 'Assistance', 'Découvrez la documentation de votre écosystème.'],
    ['en', 'Support', 'Discover documentation in your ecosystem.'],
  ] as const)(
    'opens on TechDocs’ message in the user’s language (%s)',
    async (language, button, text) => {
      await renderInLanguage(<DocsSupportButton />, language, { support });
      // Its accessible name is "Support" in any language (Backstage's code).
      const supportButton = await screen.findByTestId('support-button');
      expect(supportButton).toHaveTextContent(button);
      await userEvent.click(supportButton);
      expect(await screen.findByText(text)).toBeVisible();
    },
  );
});
