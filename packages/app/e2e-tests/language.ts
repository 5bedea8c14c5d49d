import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Page,
} from '@playwright/test';
import { type SandboxUser, signInWithKeycloak } from './signIn';

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

/** A page of `user`, signed in, in a context of `language` at 1280 × 900 px. */
export async function signedInPage(
  browser: Browser,
  language: Language,
  user: SandboxUser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await contextInLanguage(browser, language, {
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signInWithKeycloak(page, user);
  return { context, page };
}
