import { expect, test, type Page } from '@playwright/test';
import { signInWithKeycloak } from './signIn';

const screenshots = 'e2e-test-results/screenshots';
// The sandbox's demo project `portail`, imported by the catalog provider into
// the namespace of the `sandbox` instance.
const projectPage = '/catalog/sandbox/system/portail';

async function openImportedEntity(page: Page, path: string) {
  // The provider imports the console shortly after the backend starts.
  await expect(async () => {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { name: 'portail', exact: true }).first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
}

test('a project member sees every card populated from the platform, in French', async ({
  page,
}) => {
  await signInWithKeycloak(page, {
    email: 'alice.martin@interieur.gouv.fr',
    password: 'alice-sandbox',
  });
  await openImportedEntity(page, projectPage);

  for (const title of [
    'Projet Cloud π Native',
    'Qualité du code',
    'Déploiements',
    'Observabilité',
  ]) {
    await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  }
  // Data from the console, SonarQube and Argo CD, not just card frames.
  await expect(
    page.getByText('Portail des démarches en ligne du ministère').first(),
  ).toBeVisible();
  // SonarQube: the demo's failing gate on portail/api; Argo CD: the demo's
  // out-of-sync staging app next to synced ones, named as the console does.
  await expect(
    page.getByText('Échouée', { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText('Désynchronisé', { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText('Synchronisé', { exact: true }).first(),
  ).toBeVisible();
  await expect(
    page.getByText(/^portail-prod-[0-9a-f]{4}-/).first(),
  ).toBeVisible();
  await expect(page.getByText('Accès refusé')).toHaveCount(0);
  await page.screenshot({
    path: `${screenshots}/project-cards.png`,
    fullPage: true,
  });
});

test('a user who is not a member of the project sees the forbidden state', async ({
  page,
}) => {
  await signInWithKeycloak(page, {
    email: 'eve.nobody@interieur.gouv.fr',
    password: 'eve-sandbox',
  });
  await openImportedEntity(page, projectPage);
  await expect(page.getByText('Accès refusé').first()).toBeVisible();
  await expect(
    page.getByText('Portail des démarches en ligne du ministère'),
  ).toHaveCount(
    // The catalog description stays visible in the About card, the platform
    // data does not: the overview card must not show it a second time.
    1,
  );
  await page.screenshot({
    path: `${screenshots}/project-forbidden.png`,
    fullPage: true,
  });
});
