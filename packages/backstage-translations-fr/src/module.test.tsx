import { renderInTestApp } from '@backstage/frontend-test-utils';
import { MissingAnnotationEmptyState } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { backstageTranslationsFrModule } from './module';

function renderIn(language: 'en' | 'fr') {
  window.localStorage.removeItem('language');
  return renderInTestApp(
    <MissingAnnotationEmptyState annotation="backstage.io/source-location" />,
    {
      features: [backstageTranslationsFrModule],
      config: {
        app: {
          extensions: [
            {
              'api:app/app-language': {
                config: {
                  availableLanguages: ['en', 'fr'],
                  defaultLanguage: language,
                },
              },
            },
          ],
        },
      },
    },
  );
}

describe('backstageTranslationsFrModule', () => {
  it('shows Backstage components in French when French is the language', async () => {
    renderIn('fr');
    expect(await screen.findByText('Annotation manquante')).toBeInTheDocument();
    expect(screen.getByText('En savoir plus')).toBeInTheDocument();
    expect(screen.queryByText('Missing Annotation')).not.toBeInTheDocument();
  });

  it('leaves English as it is', async () => {
    renderIn('en');
    expect(await screen.findByText('Missing Annotation')).toBeInTheDocument();
  });
});
