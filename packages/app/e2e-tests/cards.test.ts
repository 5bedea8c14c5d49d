import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { signedInPage } from './language';
import { ALICE, EVE, signInWithKeycloak } from './signIn';
import { screenshotWholePage } from './wholePage';

const screenshots = 'e2e-test-results/screenshots';
// The sandbox's demo project `portail`, imported by the catalog provider into
// the namespace of the `sandbox` instance.
const projectPage = '/catalog/sandbox/system/portail';

/** An entity page's tab (Backstage's header names its tab bar in English only). */
const entityTab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name, exact: true });

async function openImportedEntity(page: Page, path: string) {
  // The provider imports the console shortly after the backend starts.
  await expect(async () => {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { name: 'portail', exact: true }).first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
}

/**
 * A link of the catalog's links card: Backstage's link adds an English-only
 * ", Opens in a new window" for screen readers to its name.
 */
function linksCardLink(page: Page, title: string) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('link', {
    name: new RegExp(`^${escaped}(\\s*, Opens in a new window)?$`),
  });
}

test('a project member sees every card populated from the platform, in French', async ({
  page,
}) => {
  await signInWithKeycloak(page, ALICE);
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
  // The project's repositories, described in French (the catalog's
  // description is English).
  await expect(
    page.getByText('Dépôt applicatif api du projet Cloud π Native portail.'),
  ).toBeVisible();
  await expect(page.getByText(/^Application repository/)).toHaveCount(0);
  // Backstage's relations graph, its edges named in French.
  await expect(
    page.locator('svg text', { hasText: /fait partie de/ }).first(),
  ).toBeVisible();
  // The links card words the provider's links in French, the console's
  // "Observabilité: Hors production" included.
  for (const link of ['Console Cloud π Native', 'Grafana (hors production)']) {
    await expect(linksCardLink(page, link)).toBeVisible();
  }
  await expect(page.getByText(/^Observabilité: /)).toHaveCount(0);
  await screenshotWholePage(page, `${screenshots}/project-cards.png`);
});

test('a Cloud π repository page lists its environments, with no empty API or dependency table', async ({
  page,
}) => {
  await signInWithKeycloak(page, ALICE);
  await openImportedEntity(page, projectPage);
  await page.goto('/catalog/sandbox/component/portail-api');
  await expect(
    page.getByRole('heading', { name: 'Dépend des ressources' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'portail/prod' }).first(),
  ).toBeVisible();
  for (const empty of [
    'API fournies',
    'API consommées',
    'Dépend des composants',
    'Sous-composants',
  ]) {
    await expect(page.getByRole('heading', { name: empty })).toHaveCount(0);
  }
  // The APIs tab would only hold those empty tables.
  await expect(entityTab(page, 'APIs')).toHaveCount(0);
  // The about card gives the provider's description in French.
  await expect(
    page.getByText('Dépôt applicatif api du projet Cloud π Native portail.'),
  ).toBeVisible();
  await expect(page.getByText(/^Application repository api/)).toHaveCount(0);
  // Links to the owner, the project team, describe it in French.
  await expect(
    page.getByTitle(/Propriétaire et membres du projet Cloud π Native portail/),
  ).not.toHaveCount(0);
  await expect(page.getByTitle(/Owner and members/)).toHaveCount(0);
  // So does the catalog table.
  await page.goto('/?filters%5Bkind%5D=component&filters%5Buser%5D=all');
  await page.getByPlaceholder(/search|rechercher/i).fill('portail/api');
  const row = page.getByRole('row').filter({ hasText: 'portail/api' });
  await expect(
    row.getByText('Dépôt applicatif api du projet Cloud π Native portail.'),
  ).toBeVisible();
  await expect(
    row.getByTitle(/Propriétaire et membres du projet Cloud π Native portail/),
  ).toBeVisible();
  await expect(page.getByText(/^Application repository api/)).toHaveCount(0);
});

test('a language switch in the settings retitles the page tabs', async ({
  page,
}) => {
  await signInWithKeycloak(page, ALICE);
  await openImportedEntity(page, projectPage);
  await expect(entityTab(page, 'Vue d’ensemble')).toBeVisible();

  // Tab titles are read when the app starts: the switch starts it again.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Français' }).click();
  const restarted = page.waitForEvent('load');
  await page.getByRole('option', { name: 'English' }).click();
  await restarted;
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  // Back to the project in the app, without loading the page.
  await page.evaluate(path => {
    window.history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, projectPage);
  await expect(entityTab(page, 'Overview')).toBeVisible();
  await expect(entityTab(page, 'Environments')).toBeVisible();
  await expect(page.getByText('Cloud π Native project').first()).toBeVisible();
  // Links to the project's owner describe it in English.
  await expect(
    page.getByTitle(/Owner and members of the Cloud π Native project portail/),
  ).not.toHaveCount(0);
  for (const link of ['Cloud π Native console', 'Grafana (non-production)']) {
    await expect(linksCardLink(page, link)).toBeVisible();
  }
});

// Eve is a member of no project: one access panel says so and names the
// owner to ask; the other cards and the tool links step back.
const forbiddenText = {
  fr: {
    title: 'Accès refusé',
    why: /Vous n’êtes pas membre de ce projet Cloud π Native/,
    owner: 'Propriétaire du projet',
    links: 'Liens',
    labels: 'Libellés',
    tabs: ['Vue d’ensemble', 'Environnements'],
  },
  en: {
    title: 'Access denied',
    why: /You are not a member of this Cloud π Native project/,
    owner: 'Project owner',
    links: 'Links',
    labels: 'Labels',
    tabs: ['Overview', 'Environments'],
  },
};

for (const language of ['fr', 'en'] as const) {
  test(`a user who is not a member of the project sees one access panel with whom to ask (${language})`, async ({
    browser,
  }) => {
    const s = forbiddenText[language];
    const { context, page } = await signedInPage(browser, language, EVE);
    await openImportedEntity(page, projectPage);

    const panel = page.locator('[data-cpin-card="access"]');
    await expect(panel.getByRole('heading', { name: s.title })).toBeVisible();
    await expect(panel.getByText(s.why)).toBeVisible();
    await expect(panel.getByText(s.owner)).toBeVisible();
    await expect(
      panel.getByRole('link', { name: 'Alice Martin' }),
    ).toBeVisible();
    await expect(
      panel.getByRole('link', { name: 'alice.martin@interieur.gouv.fr' }),
    ).toHaveAttribute('href', 'mailto:alice.martin@interieur.gouv.fr');
    // One refusal on the page: the other cards are hidden.
    await expect(page.getByText(s.title).filter({ visible: true })).toHaveCount(
      1,
    );
    await expect(
      page.locator('[data-cpin-card]:not([data-cpin-card="access"]):visible'),
    ).toHaveCount(0);
    // No tool link she could not use: every portail link is a tool link.
    await expect(page.getByRole('heading', { name: s.links })).toHaveCount(0);
    for (const tool of [/console/i, /argo ?cd/i, /vault/i, /gitlab/i]) {
      await expect(page.getByRole('link', { name: tool })).toHaveCount(0);
    }
    // The catalog's labels card lists the labels with no pagination, whose
    // texts are English only.
    await expect(page.getByRole('heading', { name: s.labels })).toBeVisible();
    await expect(page.getByText(/^Show \d+ results$/)).toHaveCount(0);
    // The catalog description stays visible in the About card, the platform
    // data does not: the overview card must not show it a second time.
    await expect(
      page.getByText('Portail des démarches en ligne du ministère'),
    ).toHaveCount(1);

    expect(
      await seriousViolations(page, { include: '[data-cpin-card="access"]' }),
    ).toEqual([]);

    // Above the fold at desktop widths, for review.
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const box = await panel.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      await page.screenshot({
        path: `${screenshots}/project-forbidden-${width}-${language}.png`,
      });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(panel).toHaveScreenshot(`project-forbidden-${language}.png`, {
      maxDiffPixelRatio: 0.01,
    });
    if (language === 'fr') {
      // The README's picture.
      await page.setViewportSize({ width: 1440, height: 900 });
      await screenshotWholePage(page, `${screenshots}/project-forbidden.png`);
    }

    // The tabs are titled in her language; the environments tab has the
    // same single panel.
    const [overviewTab, environmentsTab] = s.tabs;
    await expect(entityTab(page, overviewTab)).toBeVisible();
    await entityTab(page, environmentsTab).click();
    await expect(page).toHaveURL(/\/environments$/);
    await expect(panel.getByRole('heading', { name: s.title })).toBeVisible();
    await expect(panel.getByText(s.owner, { exact: true })).toBeVisible();
    await expect(page.getByText(s.title).filter({ visible: true })).toHaveCount(
      1,
    );
    await context.close();
  });
}
