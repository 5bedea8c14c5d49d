import { expect, test } from '@playwright/test';
import { signInWithKeycloak } from './signIn';

const screenshots = 'e2e-test-results/screenshots';

test('a project owner adds a member through a software template', async ({
  page,
}) => {
  await signInWithKeycloak(page, {
    email: 'alice.martin@interieur.gouv.fr',
    password: 'alice-sandbox',
  });
  // The templates are ingested from examples/templates after start.
  await expect(async () => {
    await page.goto('/create/templates/default/cpin-add-member');
    await expect(page.getByLabel(/^Projet/).first()).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 90_000 });

  // The credentials field hands the platform token to the task as a secret.
  const signIn = page.getByRole('button', {
    name: 'Se connecter à Cloud π Native',
  });
  if (await signIn.isVisible()) await signIn.click();
  await expect(
    page.getByText(/Connecté à Cloud π Native en tant que/).first(),
  ).toBeVisible();

  await page
    .getByLabel(/^Projet/)
    .first()
    .click();
  await page.getByRole('option', { name: /sirh/ }).first().click();
  await page
    .getByLabel(/Adresse e-mail/)
    .fill('claire.petit@interieur.gouv.fr');
  await page.getByLabel('Développeur').check();
  await page.screenshot({
    path: `${screenshots}/template-form.png`,
    fullPage: true,
  });

  await page
    .getByRole('button', { name: /review|vérifier|suivant|next/i })
    .click();
  await page.getByRole('button', { name: /^(create|créer)$/i }).click();

  // The task runs the cpin:member:add action against the console as alice.
  await expect(
    page.getByRole('link', { name: /Équipe dans la console/ }),
  ).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('Développeur').first()).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/template-done.png`,
    fullPage: true,
  });

  // The actions and their examples are documented in the portal.
  await page.goto('/create/actions');
  for (const action of [
    'cpin:project:create',
    'cpin:environment:create',
    'cpin:vault:write',
  ]) {
    await expect(page.getByText(action, { exact: true }).first()).toBeVisible();
  }
});
