import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
} from '@playwright/test';

/** The languages the portal offers. */
export type Language = 'fr' | 'en';

/**
 * A browser context for a user of `language`: the browser's locale, and the
 * language the app plugin keeps in local storage once chosen in the
 * settings. 1440 × 900 unless `options` say otherwise.
 */
export async function contextInLanguage(
  browser: Browser,
  language: Language,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    viewport: { width: 1440, height: 900 },
    ...options,
  });
  await context.addInitScript(lang => {
    window.localStorage.setItem('language', lang);
  }, language);
  return context;
}
