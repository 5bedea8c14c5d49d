import { expect, test } from '@playwright/test';
import { signInWithKeycloak } from './signIn';

const screenshots = 'e2e-test-results/screenshots';

const owner = {
  email: process.env.CPIN_E2E_USER ?? 'alice.martin@interieur.gouv.fr',
  password: process.env.CPIN_E2E_PASSWORD ?? 'alice-sandbox',
};

test('signs in with Keycloak, browses the catalog and opens an entity page', async ({
  page,
}) => {
  await signInWithKeycloak(page, owner);

  await page
    .getByRole('link', { name: /^(catalog|catalogue)$/i })
    .first()
    .click();
  // The catalog opens on every project (System).
  await expect(
    page.getByRole('heading', { name: /^Tous les systèmes/ }).first(),
  ).toBeVisible({ timeout: 30_000 });
  const entityLink = page.getByRole('link', {
    name: /Cloud π Native backend plugin|plugin-cloud-pi-native-backend/,
  });
  // The catalog ingests the example locations in the background after start;
  // the search narrows the table, which also lists every imported repository.
  await expect(async () => {
    await page.goto('/?filters%5Bkind%5D=component&filters%5Buser%5D=all');
    await page
      .getByPlaceholder(/search|rechercher/i)
      .fill('plugin-cloud-pi-native-backend');
    await expect(entityLink).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await page.screenshot({ path: `${screenshots}/catalog.png`, fullPage: true });

  await entityLink.click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/plugin-cloud-pi-native-backend/,
  );
  await expect(
    page
      .getByRole('heading', {
        name: /Cloud π Native backend plugin|plugin-cloud-pi-native-backend/,
      })
      .first(),
  ).toBeVisible();
  await expect(
    page.getByText('cloud-pi-native-backstage').first(),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/entity-page.png`,
    fullPage: true,
  });
});
