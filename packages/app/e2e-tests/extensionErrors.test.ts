import { expect, test } from '@playwright/test';
import { signedInPage } from './language';
import { ALICE } from './signIn';

/*
 * A part of the app that fails to load, as after a deployment replaced the
 * app's code while a page was open: the browser cannot download the
 * graph page's code. The example app's error display says so in the user's
 * language and offers a reload, which brings the page back.
 */

const texts = {
  fr: {
    link: 'Graphe',
    title: /^Cette partie de la page n’a pas pu s’afficher/,
    detail: /^Son code n’a pas pu être téléchargé/,
    reload: 'Recharger la page',
    page: 'Graphe du catalogue',
  },
  en: {
    link: 'Graph',
    title: /^This part of the page could not be shown/,
    detail: /^Its code could not be downloaded/,
    reload: 'Reload the page',
    page: 'Catalog Graph',
  },
} as const;

const APP_CODE = '**/static/*.chunk.js';

for (const language of ['fr', 'en'] as const) {
  test(`a part of the app whose code cannot be downloaded says so in the user's language and reloads (${language})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const t = texts[language];
    const { context, page } = await signedInPage(browser, language, ALICE);
    await page.goto('/settings');
    await expect(page.getByRole('heading').first()).toBeVisible();

    await page.route(APP_CODE, route => route.abort());
    await page.getByRole('link', { name: t.link, exact: true }).click();
    // Other parts whose code was not downloaded yet (in the sidebar) fail
    // the same way.
    await expect(page.getByText(t.title).first()).toBeVisible();
    await expect(page.getByText(t.detail).first()).toBeVisible();
    await expect(page.getByText(/Error in|Stack Trace/)).toHaveCount(0);
    await page.screenshot({
      path: `e2e-test-results/screenshots/extension-error-${language}.png`,
    });

    await page.unroute(APP_CODE);
    await page.getByRole('button', { name: t.reload }).first().click();
    await expect(
      page.getByRole('heading', { name: t.page, exact: true }).first(),
    ).toBeVisible();
    await expect(page.getByText(t.title)).toHaveCount(0);
    await context.close();
  });
}
