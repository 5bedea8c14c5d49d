import { expect, test } from '@playwright/test';
import { signInWithKeycloak } from './signIn';

/*
 * The search page (the example app's, in the reader's language, at
 * Backstage's URL) finds the Cloud π provider's entities and shows
 * their descriptions in the reader's language, and their owners by name
 * (the app's `readerSearchResultItem.tsx`): the index keeps the
 * provider's French text beside the English one (the example backend's
 * `search/catalogReaderTexts.ts`), which PostgreSQL's engine also searches. The catalog's index is first built a
 * minute after the backend starts (`search.collators.catalog` in
 * app-config.yaml).
 */

const FRENCH = 'Dépôt applicatif api du projet Cloud π Native portail.';

test('the search page describes a Cloud π repository in French', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInWithKeycloak(page, {
    email: 'alice.martin@interieur.gouv.fr',
    password: 'alice-sandbox',
  });
  const result = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'portail/api' }) });
  await expect(async () => {
    await page.goto('/search?query=portail%2Fapi');
    await expect(result.first()).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 200_000 });
  await expect(result.first()).toContainText(FRENCH);
  // The owner by its name, not its entity reference.
  await expect(result.first()).toContainText('Propriétaire: portail');
  await expect(result.first()).not.toContainText('group:sandbox/cpin-portail');
  await expect(page.getByText(/Application repository api/)).toHaveCount(0);
  // The page's own labels are French too.
  await expect(
    page.getByRole('heading', { name: 'Recherche', exact: true }),
  ).toBeVisible();
  for (const label of ['Type de résultat', 'Type d’entité', 'Cycle de vie']) {
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
  }
  for (const english of [
    'Result Type',
    'Software Catalog',
    'Kind',
    'Lifecycle',
  ]) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  }
  await page.screenshot({ path: 'e2e-test-results/screenshots/search-fr.png' });

  // A French word of the description finds the repository too: the
  // PostgreSQL engine indexes every text of the document, the French one
  // included (the in-memory engine of `yarn start` matches the English one).
  await page.goto('/search?query=applicatif');
  await expect(result.first()).toBeVisible();
  await expect(result.first()).toContainText(FRENCH);
});
