import { expect, test } from '@playwright/test';
import { signedInPage } from './language';
import { ALICE } from './signIn';

/*
 * Backstage's own pages the example app titles in the user's language
 * (`modules/i18n/pageTitles.ts`, `modules/apiDocs`, `modules/techdocs`,
 * `modules/errors`): their titles, tabs and table titles are written in
 * Backstage's code, out of reach of its translation refs.
 */

interface PageTexts {
  /** The page's title (a heading), then other texts it shows, by path. */
  shown: Record<string, string[]>;
  /** Texts of the other language that no page may show. */
  absent: string[];
}

const texts: Record<'fr' | 'en', PageTexts> = {
  fr: {
    shown: {
      '/settings': [
        'Paramètres',
        'Général',
        'Fournisseurs d’authentification',
        'Fonctions expérimentales',
      ],
      '/api-docs': ['API', 'Toutes les API (0)'],
      '/docs': ['Documentation', 'Tous les documents (1)'],
      '/catalog-graph': ['Graphe du catalogue'],
      '/nowhere': [
        'Cette page s’est perdue en chemin.',
        'ERREUR 404 : PAGE INTROUVABLE',
        'Revenir en arrière',
      ],
    },
    absent: [
      'Settings',
      'General',
      'Authentication Providers',
      'Feature Flags',
      'APIs',
      'All apis (0)',
      'Docs',
      'All (1)',
      'Catalog Graph',
      'PAGE NOT FOUND',
    ],
  },
  en: {
    shown: {
      '/settings': [
        'Settings',
        'General',
        'Authentication Providers',
        'Feature Flags',
      ],
      '/api-docs': ['APIs', 'All APIs (0)'],
      '/docs': ['Docs', 'All documents (1)'],
      '/catalog-graph': ['Catalog Graph'],
      '/nowhere': [
        'Looks like someone dropped the mic!',
        'ERROR 404: PAGE NOT FOUND',
        'Go back',
      ],
    },
    absent: [
      'Paramètres',
      'Toutes les API (0)',
      'Tous les documents (1)',
      'Graphe du catalogue',
    ],
  },
};

for (const language of ['fr', 'en'] as const) {
  test(`Backstage's settings, API, documentation, graph and not-found pages speak the user's language (${language})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const { context, page } = await signedInPage(browser, language, ALICE);
    const { shown, absent } = texts[language];
    for (const [path, [title, ...others]] of Object.entries(shown)) {
      await page.goto(path);
      await expect(
        page.getByRole('heading', { name: title, exact: true }),
        `${path}: ${title}`,
      ).toBeVisible();
      for (const text of others) {
        await expect(
          page.getByText(text, { exact: true }).first(),
          `${path}: ${text}`,
        ).toBeVisible();
      }
      for (const text of absent) {
        await expect(
          page.getByText(text, { exact: true }),
          `${path}: no ${text}`,
        ).toHaveCount(0);
      }
    }
    // The not-found page links to no support (none is configured), not to
    // Backstage's own issues.
    await expect(page.getByRole('link', { name: /support/ })).toHaveCount(0);
    await context.close();
  });
}
