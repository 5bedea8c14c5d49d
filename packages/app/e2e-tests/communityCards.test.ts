import { expect, test, type Page } from '@playwright/test';
import { signInWithKeycloak } from './signIn';

/*
 * The community SonarQube card (@backstage-community/plugin-sonarqube and its
 * backend) on a repository imported by our catalog module: it finds its
 * project through the `sonarqube.org/project-key` annotation we write, reads
 * the sandbox's SonarQube, and speaks French with the app's messages. The
 * example app shows it in the plugin's own "SonarQube" tab: the overview
 * has our quality gate card instead.
 */

const screenshots = 'e2e-test-results/screenshots';
const sonarQubeTab = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'SonarQube', exact: true });
const ALICE = {
  email: 'alice.martin@interieur.gouv.fr',
  password: 'alice-sandbox',
};

test('the community SonarQube card shows the failed gate of portail/api in its tab, in French', async ({
  page,
}) => {
  await signInWithKeycloak(page, ALICE);
  await expect(async () => {
    await page.goto('/catalog/sandbox/component/portail-api');
    await expect(sonarQubeTab(page)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  // One quality gate on the overview: ours.
  await expect(
    page.getByRole('heading', { name: 'Qualité du code', exact: true }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Qualité du code (SonarQube)')).toHaveCount(0);

  await sonarQubeTab(page).click();
  await expect(page).toHaveURL(
    /\/catalog\/sandbox\/component\/portail-api\/sonarqube$/,
  );
  const card = page
    .locator('[class*="MuiCard-root"]')
    .filter({ has: page.getByText('Qualité du code (SonarQube)') })
    .first();
  // The sandbox seeds portail/api with a failed quality gate.
  await expect(card.getByText('Porte de qualité échouée')).toBeVisible({
    timeout: 30_000,
  });
  for (const label of ['Bogues', 'Vulnérabilités', 'Couverture']) {
    await expect(card.getByText(label, { exact: true })).toBeVisible();
  }
  for (const english of ['Code Quality', 'Gate failed', 'Bugs', 'Coverage']) {
    await expect(card.getByText(english, { exact: true })).toHaveCount(0);
  }
  await card.screenshot({ path: `${screenshots}/community-sonarqube-fr.png` });
});
