import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInWithKeycloak } from './signIn';

/*
 * The secondary chain's cards on the sandbox's demo projects, in French:
 * `portail`'s builds (a feature branch failing on its analysis job) and
 * `guichet`'s images (critical vulnerabilities in production).
 */

const screenshots = 'e2e-test-results/screenshots';
const ALICE = {
  email: 'alice.martin@interieur.gouv.fr',
  password: 'alice-sandbox',
};

/** Opens a project imported by the catalog provider and returns one of its cards. */
async function projectCard(
  page: Page,
  slug: string,
  title: string,
): Promise<Locator> {
  await expect(async () => {
    await page.goto(`/catalog/sandbox/system/${slug}`);
    await expect(
      page.getByRole('heading', { name: slug, exact: true }).first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  const card = page
    .locator('[class*="MuiCard-root"]')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first();
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeVisible();
  return card;
}

/**
 * Texts of the card cut by their box without an ellipsis: nothing may
 * overflow (the card's lines wrap between words, never inside one). Texts
 * for screen readers only (a 1 px clipped box) are not shown, hence skipped.
 */
async function overflowingTexts(card: Locator): Promise<string[]> {
  return card.evaluate(root =>
    Array.from(root.querySelectorAll<HTMLElement>('li, p, span, code, h3, h4'))
      .filter(element => element.clientWidth > 1)
      .filter(element => element.scrollWidth > element.clientWidth + 1)
      .filter(element => getComputedStyle(element).textOverflow !== 'ellipsis')
      .map(element => element.textContent ?? ''),
  );
}

test.beforeEach(async ({ page }) => {
  await signInWithKeycloak(page, ALICE);
});

test('the builds card shows each repository’s pipelines, failed jobs and mirror', async ({
  page,
}) => {
  const card = await projectCard(page, 'portail', 'Intégration continue');
  const api = card
    .locator('li')
    .filter({
      has: page.getByRole('heading', { name: /Ouvrir api dans GitLab/ }),
    })
    .first();
  await expect(api).toContainText('Réussi');
  await expect(api).toContainText('feat/pagination');
  await expect(api).toContainText('Jobs en échec : sonar_analysis');
  await expect(card).toContainText('Miroir');
  await expect(
    api.getByRole('link', { name: /Pipeline de api sur feat\/pagination/ }),
  ).toHaveAttribute('href', /\/-\/pipelines\/\d+$/);
  expect(await overflowingTexts(card)).toEqual([]);
  await card.screenshot({ path: `${screenshots}/builds-portail.png` });
});

test('the images card flags critical vulnerabilities running in production', async ({
  page,
}) => {
  const card = await projectCard(page, 'guichet', 'Images et vulnérabilités');
  await expect(card).toContainText('Projet Harbor guichet');
  const prod = card
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'prod', exact: true }) })
    .first();
  await expect(prod).toContainText('Vulnérabilités critiques en production');
  await expect(prod).toContainText(/guichet\/guichet-web:\S+/);
  await expect(prod).toContainText('6 corrigeables');
  await expect(card).toContainText('Dans le registre');
  expect(await overflowingTexts(card)).toEqual([]);
  await card.screenshot({ path: `${screenshots}/images-guichet.png` });
});
