import { expect, type Page } from '@playwright/test';

/** Our entity cards. */
export const CARDS = '[data-cpin-card]';

/**
 * Waits until every card of the page has been laid out (cards below the
 * fold render when the browser is idle; the page's access panel has no
 * layouts) and none is loading (loading bars are indeterminate; usage bars
 * have a value).
 */
export async function expectCardsSettled(page: Page) {
  await expect(
    page.locator(
      `${CARDS}:visible:not([data-cpin-width]):not([data-cpin-card="access"])`,
    ),
  ).toHaveCount(0);
  await expect(
    page.locator(`${CARDS} [role="progressbar"]:not([aria-valuenow])`),
  ).toHaveCount(0);
}
