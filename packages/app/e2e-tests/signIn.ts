import { expect, type Page } from '@playwright/test';

/** A demo user of the Cloud π sandbox. */
export interface SandboxUser {
  email: string;
  password: string;
}

/** The demo project's owner. */
export const ALICE: SandboxUser = {
  email: 'alice.martin@interieur.gouv.fr',
  password: 'alice-sandbox',
};

/** A demo user who is a member of no project. */
export const EVE: SandboxUser = {
  email: 'eve.nobody@interieur.gouv.fr',
  password: 'eve-sandbox',
};

/**
 * Signs in through the sandbox's Keycloak stand-in: the Backstage sign-in page
 * opens the OIDC login in a popup, exactly as with a real Keycloak.
 */
export async function signInWithKeycloak(page: Page, user: SandboxUser) {
  await page.goto('/');
  const signInButton = page.getByRole('button', { name: /sign in|connexion/i });
  await expect(signInButton.first()).toBeVisible();
  const popupPromise = page.waitForEvent('popup');
  await signInButton.first().click();
  const popup = await popupPromise;
  await popup.locator('input[name="login"]').fill(user.email);
  await popup.locator('input[name="password"]').fill(user.password);
  await Promise.all([
    popup.waitForEvent('close'),
    popup.locator('button[type="submit"]').click(),
  ]);
  // Signed in: the app shell replaces the sign-in page.
  await expect(
    page.getByRole('link', { name: /^(catalog|catalogue)$/i }).first(),
  ).toBeVisible();
}
