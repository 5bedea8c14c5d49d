import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { CARDS, expectCardsSettled } from './cardsSettled';
import { signedInPage } from './language';
import { ALICE } from './signIn';

/*
 * Our cards when their backend fails: the failure said in the reader's
 * language with the server's message and a retry, not Backstage's English
 * error panel. The browser answers the cards' requests with the error the
 * backend sends when the console is down, until the user retries.
 */

const CARDS_REQUESTS = '**/api/cloud-pi-native/entities/**/cards*';

const texts = {
  fr: {
    title: 'Impossible de charger les données Cloud π Native',
    retry: 'Réessayer',
  },
  en: {
    title: 'Could not load the Cloud π Native data',
    retry: 'Retry',
  },
} as const;

for (const language of ['fr', 'en'] as const) {
  test(`a card whose backend fails says so in the reader's language and loads on retry (${language})`, async ({
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
            message: 'The Cloud π console did not answer',
          },
          request: {
            method: 'GET',
            url: new URL(route.request().url()).pathname,
          },
          response: { statusCode: 502 },
        }),
      }),
    );
    // The provider imports the console shortly after the backend starts.
    await expect(async () => {
      await page.goto('/catalog/sandbox/system/portail');
      await expect(page.getByText(t.title).first()).toBeVisible({
        timeout: 10_000,
      });
    }).toPass({ timeout: 120_000 });

    // Every card has asked (and failed) before the retries.
    await expectCardsSettled(page);
    const failed = page.locator(CARDS).filter({ hasText: t.title }).first();
    await expect(
      failed.getByText('The Cloud π console did not answer'),
    ).toBeVisible();
    for (const english of ['Stack Trace', 'Full Error as JSON', /^Error: /]) {
      await expect(page.getByText(english)).toHaveCount(0);
    }
    expect(await seriousViolations(page, { include: CARDS })).toEqual([]);
    await page.screenshot({
      path: `e2e-test-results/screenshots/card-error-${language}.png`,
    });

    await page.unroute(CARDS_REQUESTS);
    // Each failed card loads again on its own retry.
    const retries = page.locator(CARDS).getByRole('button', { name: t.retry });
    await expect(retries.first()).toBeVisible();
    await expect(async () => {
      const remaining = await retries.count();
      if (remaining > 0) await retries.first().click();
      expect(remaining).toBe(0);
    }).toPass({ timeout: 60_000 });
    await expect(page.getByText(t.title)).toHaveCount(0);
    // The project's description, from the console.
    await expect(
      page.getByText('Portail des démarches en ligne du ministère').first(),
    ).toBeVisible();
    await context.close();
  });
}
