import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { CARDS, expectCardsSettled } from './cardsSettled';
import { signedInPage } from './language';
import { ALICE } from './signIn';

/*
 * Our cards when their backend fails: the page says it once, in the
 * reader's language, with one retry (not Backstage's English error panel in
 * every card); the server's message is a technical detail. The browser
 * answers the cards' requests with the error the backend sends when the
 * console is down, until the user retries.
 */

// The batched read of a page's cards, and the read of a single card (a card
// that mounts again, when the page's layout changes with its width).
const CARDS_REQUESTS = '**/api/cloud-pi-native/entities/**';

const SERVER_MESSAGE = 'The Cloud π console did not answer';

const texts = {
  fr: {
    title: 'Impossible de charger les données Cloud π Native',
    why: 'Un service ne répond pas pour le moment.',
    detail: 'Détail technique',
    retry: 'Réessayer',
  },
  en: {
    title: 'Could not load the Cloud π Native data',
    why: 'A service is not answering at the moment.',
    detail: 'Technical detail',
    retry: 'Retry',
  },
} as const;

for (const language of ['fr', 'en'] as const) {
  test(`cards whose backend fails: the page says so once in the reader's language and loads them on one retry (${language})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const t = texts[language];
    const { context, page } = await signedInPage(browser, language, ALICE);
    await page.route(CARDS_REQUESTS, route =>
      route.fulfill({
        status: 502,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            name: 'ServiceUnavailableError',
            message: SERVER_MESSAGE,
          },
          request: {
            method: 'GET',
            url: new URL(route.request().url()).pathname,
          },
          response: { statusCode: 502 },
        }),
      }),
    );
    const panel = page.locator('[data-cpin-card="access"]');
    // The provider imports the console shortly after the backend starts.
    await expect(async () => {
      await page.goto('/catalog/sandbox/system/portail');
      await expect(panel.getByText(t.title)).toBeVisible({ timeout: 10_000 });
    }).toPass({ timeout: 120_000 });

    // Every card has asked (and failed): the panel speaks for them all.
    await expectCardsSettled(page);
    await expect(
      page.locator(`${CARDS}:visible`).filter({ hasText: t.title }),
    ).toHaveCount(1);
    await expect(panel.getByText(t.why)).toBeVisible();
    // The server's message, in English, only once the reader asks for it.
    await expect(panel.getByText(SERVER_MESSAGE)).toBeHidden();
    for (const english of ['Stack Trace', 'Full Error as JSON', /^Error: /]) {
      await expect(page.getByText(english)).toHaveCount(0);
    }
    expect(await seriousViolations(page, { include: CARDS })).toEqual([]);
    // For review, at the narrowest and the widest desktop widths.
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: `e2e-test-results/screenshots/card-error-${width}-${language}.png`,
      });
    }
    await panel.getByText(t.detail).click();
    await expect(panel.getByText(SERVER_MESSAGE)).toBeVisible();

    await page.unroute(CARDS_REQUESTS);
    // One retry loads every card.
    await panel.getByRole('button', { name: t.retry }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByText(t.title)).toHaveCount(0);
    await expectCardsSettled(page);
    // The project's description, from the console.
    await expect(
      page.getByText('Portail des démarches en ligne du ministère').first(),
    ).toBeVisible();
    await context.close();
  });
}
