import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInWithKeycloak } from './signIn';

/*
 * The "Parcours d'embarquement" card on the project pages of the sandbox's
 * demo world, in French, for projects at every state of the journey:
 * `nouveau` just enrolled (not started), `cadastre` outdated with a failing
 * pipeline (in progress, blocked), `guichet` ready but running a critical
 * vulnerability in production (done, blocked).
 */

const screenshots = 'e2e-test-results/screenshots';
const ALICE = {
  email: 'alice.martin@interieur.gouv.fr',
  password: 'alice-sandbox',
};

/** Opens a project imported by the catalog provider (it imports shortly after start). */
async function openProject(page: Page, slug: string): Promise<Locator> {
  await expect(async () => {
    await page.goto(`/catalog/sandbox/system/${slug}`);
    await expect(
      page.getByRole('heading', { name: slug, exact: true }).first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  const card = page
    .locator('article, [class*="MuiCard-root"]')
    .filter({ has: page.getByText('Parcours d’embarquement', { exact: true }) })
    .first();
  await expect(card).toBeVisible();
  return card;
}

/** A step of the journey card, by its French title. */
function step(card: Locator, title: string): Locator {
  return card.locator('li[data-step]').filter({
    has: card.page().getByRole('heading', { name: title, exact: true }),
  });
}

test.beforeEach(async ({ page }) => {
  await signInWithKeycloak(page, ALICE);
});

test('a project that has just enrolled: everything after its tools is not started', async ({
  page,
}) => {
  const card = await openProject(page, 'nouveau');

  await expect(card.getByText('2 étapes terminées sur 10')).toBeVisible();
  await expect(step(card, 'Inscription dans la console')).toContainText(
    'Terminé',
  );
  await expect(step(card, 'Ressources des outils')).toContainText('Terminé');
  const repositories = step(card, 'Dépôts de code et de déploiement');
  await expect(repositories).toContainText('Non commencé');
  await expect(repositories).toContainText('Aucun dépôt pour l’instant');
  await expect(
    repositories.getByRole('link', {
      name: 'Ajouter un dépôt (lancer le modèle)',
    }),
  ).toHaveAttribute(
    'href',
    /\/create\/templates\/default\/cpin-add-repository$/,
  );
  await expect(step(card, 'Déploiement')).toContainText('Non commencé');
  await expect(card.locator('li[data-state="not-started"]')).toHaveCount(8);
  await card.screenshot({ path: `${screenshots}/journey-nouveau.png` });
});

test('a project with outdated tools and a failing pipeline: in progress and blocked', async ({
  page,
}) => {
  const card = await openProject(page, 'cadastre');

  const tools = step(card, 'Ressources des outils');
  await expect(tools).toContainText('En cours');
  await expect(tools).toContainText(
    'Provisionné par la console 9.23.1 ; la console est en 9.24.0',
  );
  await expect(
    tools.getByRole('link', { name: /Reprovisionner le projet/ }),
  ).toBeVisible();
  const artefacts = step(card, 'Construction des artefacts');
  await expect(artefacts).toContainText('Bloqué');
  await expect(artefacts).toContainText(
    /cadastre-api : le pipeline main du .+ a échoué sur test_app/,
  );
  await expect(
    artefacts.getByRole('link', { name: /Ouvrir le pipeline en échec/ }),
  ).toBeVisible();
  await card.screenshot({ path: `${screenshots}/journey-cadastre.png` });
});

test('a ready project blocked on a critical vulnerability in production', async ({
  page,
}) => {
  const card = await openProject(page, 'guichet');

  await expect(card.getByText('9 étapes terminées sur 10')).toBeVisible();
  const images = step(card, 'Images');
  await expect(images).toContainText('Bloqué');
  await expect(images).toContainText(
    /guichet\/guichet-web:\S+ tourne en prod avec 2 vulnérabilités critiques \(6 corrigeables\)/,
  );
  await expect(
    images.getByRole('link', { name: /Ouvrir l’image vulnérable dans Harbor/ }),
  ).toHaveAttribute(
    'href',
    /\/harbor\/projects\/\d+\/repositories\/guichet-web/,
  );
  for (const title of [
    'Déploiement',
    'Exploitation et observabilité',
    'Analyse de qualité et de sécurité',
  ]) {
    await expect(step(card, title)).toContainText('Terminé');
  }
  await card.screenshot({ path: `${screenshots}/journey-guichet.png` });
});
