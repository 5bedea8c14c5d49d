import type { Page } from '@playwright/test';

/**
 * The browser renders a card's content only near the viewport
 * (`content-visibility: auto`), so a full-page picture would show the cards
 * below the fold empty. This style draws them all for the picture's time.
 */
const allCardsRendered = '[data-cpin-card] * { content-visibility: visible; }';

/** A picture of the whole page, every card drawn, for review or the README. */
export async function screenshotWholePage(page: Page, path: string) {
  await page.screenshot({ path, fullPage: true, style: allCardsRendered });
}
