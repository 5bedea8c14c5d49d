import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { seriousViolations } from './axe';
import { CARDS, expectCardsSettled } from './cardsSettled';
import { contextInLanguage, type Language } from './language';
import { signInWithKeycloak } from './signIn';
import { screenshotWholePage } from './wholePage';

// Our entity cards at the card widths of a narrow column, a tablet page and
// a wide column, in both languages, on the sandbox's demo entities: the
// screenshots are compared with the committed baselines, no word may wrap
// inside its letters, nothing may overflow a card on pages of desktop
// widths, and axe finds no serious or critical violation in our cards.

interface EntityPage {
  id: string;
  path: string;
  /** Take baselines of its cards (the other pages are only checked). */
  visual: boolean;
  /** Whether the page shows Backstage's about card. */
  aboutCard: boolean;
}

const entityPages: EntityPage[] = [
  // Three environments, a failing gate, an out-of-sync app.
  {
    id: 'portail',
    path: '/catalog/sandbox/system/portail',
    visual: true,
    aboutCard: true,
  },
  // A failed project: its error must stand out.
  {
    id: 'sirh',
    path: '/catalog/sandbox/system/sirh',
    visual: true,
    aboutCard: true,
  },
  {
    id: 'portail-api',
    path: '/catalog/sandbox/component/portail-api',
    visual: false,
    aboutCard: true,
  },
  {
    id: 'portail-prod',
    path: '/catalog/sandbox/resource/portail-prod',
    visual: false,
    aboutCard: true,
  },
  {
    id: 'portail-environments',
    path: '/catalog/sandbox/system/portail/environments',
    visual: true,
    aboutCard: false,
  },
];
const languages: Language[] = ['fr', 'en'];
const cardWidths = [400, 768, 1200];
const pageWidths = [1280, 1440, 1920];
/** Backstage's about card, in the example app's layout of its fields. */
const ABOUT_CARD = '[data-cpin-about]';

let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithKeycloak(page, {
    email: 'alice.martin@interieur.gouv.fr',
    password: 'alice-sandbox',
  });
  storageState = await context.storageState();
  await context.close();
});

/** Opens an entity page in a language, once the catalog imported it and every card loaded. */
async function openPage(
  browser: Browser,
  entity: EntityPage,
  language: Language,
) {
  const context = await contextInLanguage(browser, language, {
    storageState,
  });
  const page = await context.newPage();
  await expect(async () => {
    await page.goto(entity.path);
    await expect(page.locator(CARDS).first()).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  await expectCardsSettled(page);
  return { context, page };
}

async function cardNames(page: Page): Promise<string[]> {
  return page
    .locator(CARDS)
    .evaluateAll(cards =>
      cards.map(card => card.getAttribute('data-cpin-card')!),
    );
}

/**
 * Lays one card out at a given width: fixed at the top left of a tall
 * viewport, so that it has exactly that width whatever column it sits in.
 */
async function showCardAt(page: Page, name: string, width: number) {
  await page.setViewportSize({
    width: Math.max(1440, width + 40),
    height: 4000,
  });
  await page.evaluate(
    ([card, px]) => {
      let style = document.getElementById('cpin-e2e-card-width');
      if (!style) {
        style = document.createElement('style');
        style.id = 'cpin-e2e-card-width';
        document.head.appendChild(style);
      }
      // Only the card is painted: the page around it stays laid out
      // (the card keeps its data) but invisible.
      style.textContent = `
        body * { visibility: hidden !important; }
        [data-cpin-card="${card}"], [data-cpin-card="${card}"] * {
          visibility: visible !important;
        }
        [data-cpin-card="${card}"] {
          position: fixed !important; left: 0; top: 0; z-index: 100000;
          width: ${px}px !important; max-width: none !important;
        }`;
    },
    [name, width] as const,
  );
  const card = page.locator(`[data-cpin-card="${name}"]`);
  // Rendered again at that width (its layout may change from tiles to a
  // table, with new elements), then two frames for its tables to fit
  // themselves (a ResizeObserver report each time they drop columns).
  await expect(card).toHaveAttribute('data-cpin-width', String(width));
  await page.evaluate(
    () =>
      new Promise(done =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      ),
  );
  return card;
}

/**
 * Brings each shown card into view once: the browser lays a card's content
 * out only near the viewport (`content-visibility: auto`), and its tables fit
 * themselves to their card then, as they do when a person scrolls to them.
 */
async function scrollThroughCards(page: Page) {
  for (const card of await page.locator(`${CARDS}:visible`).all()) {
    await card.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Elements of our cards whose content is wider than they are (a table that
 * scrolls sideways, buttons cut at the card's edge), other than text that
 * ends in an ellipsis on purpose and tools' messages.
 */
async function overflowingInCards(page: Page): Promise<string[]> {
  return page.evaluate(selector => {
    const found: string[] = [];
    for (const card of Array.from(document.querySelectorAll(selector))) {
      for (const element of Array.from(card.querySelectorAll('*'))) {
        if (!(element instanceof HTMLElement)) continue;
        if (element.scrollWidth <= element.clientWidth + 1) continue;
        const style = getComputedStyle(element);
        if (style.textOverflow === 'ellipsis') continue;
        // A tool's message (ToolMessage) scrolls in its own focusable box.
        if (element.tagName === 'PRE') continue;
        // Visually hidden texts (table captions) are clipped to 1 px.
        if (element.getBoundingClientRect().width <= 1) continue;
        if (element.closest('caption')) continue;
        if (style.overflowX === 'visible') continue;
        found.push(
          `${card.getAttribute(
            'data-cpin-card',
          )}: <${element.tagName.toLowerCase()}> ${element.scrollWidth} px in ${
            element.clientWidth
          } px`,
        );
      }
    }
    return found;
  }, CARDS);
}

/**
 * Texts in the elements of `selector` whose words wrap inside their
 * letters; a word is `word` (by default, up to the next space).
 */
async function wordsBroken(
  page: Page,
  selector: string,
  word = '\\S+',
): Promise<string[]> {
  return page.evaluate(
    ([within, wordSource]) => {
      const broken: string[] = [];
      for (const element of Array.from(document.querySelectorAll(within))) {
        const name = element.getAttribute('data-cpin-card') ?? within;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const parent = node.parentElement;
          if (!parent || !text.trim() || !parent.checkVisibility()) continue;
          const words = new RegExp(wordSource, 'g');
          for (let match = words.exec(text); match; match = words.exec(text)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set(
              Array.from(range.getClientRects())
                .filter(rect => rect.width > 0)
                .map(rect => Math.round(rect.top)),
            );
            if (tops.size > 1) {
              broken.push(`${name}: "${match[0]}" on ${tops.size} lines`);
            }
          }
        }
      }
      return broken;
    },
    [selector, word] as const,
  );
}

for (const entity of entityPages) {
  for (const language of languages) {
    test(`${entity.id} (${language}): cards at ${cardWidths.join(
      ', ',
    )} px, whole words, no serious axe violation`, async ({ browser }) => {
      test.setTimeout(300_000);
      const { context, page } = await openPage(browser, entity, language);
      const names = await cardNames(page);
      expect(names.length).toBeGreaterThan(0);

      // axe on the page as laid out, only the nodes of our cards.
      expect(
        await seriousViolations(page, { include: CARDS }),
        'serious or critical axe violations in our cards',
      ).toEqual([]);
      // Backstage's own violations around our cards, listed in the README.
      const core = await new AxeBuilder({ page }).exclude(CARDS).analyze();
      for (const v of core.violations) {
        // eslint-disable-next-line no-console
        console.log(
          `axe outside our cards on ${entity.id} (${language}): ${v.id} (${v.impact}) × ${v.nodes.length}`,
        );
      }

      // The whole page at desktop widths, for review (not compared).
      for (const width of pageWidths) {
        await page.setViewportSize({ width, height: 900 });
        await scrollThroughCards(page);
        // The tables fit themselves to a new width over a few frames
        // (ResizeObserver, then React): until they settle, they may overflow.
        await expect
          .poll(() => overflowingInCards(page), {
            message: `cards at a ${width} px page`,
            timeout: 10_000,
          })
          .toEqual([]);
        // Backstage's about card beside our cards: a word may wrap after
        // its hyphens ("cloud-pi-" / "environment"), not inside its letters.
        if (entity.aboutCard) {
          expect
            .soft(
              await wordsBroken(page, ABOUT_CARD, '[^\\s-]+'),
              `about card at a ${width} px page`,
            )
            .toEqual([]);
        }
        await screenshotWholePage(
          page,
          `e2e-test-results/screenshots/cards-${entity.id}-${width}-${language}.png`,
        );
      }

      for (const width of cardWidths) {
        for (const name of names) {
          const card = await showCardAt(page, name, width);
          expect
            .soft(await wordsBroken(page, CARDS), `${name} at ${width} px`)
            .toEqual([]);
          if (entity.visual) {
            // Dates of the sandbox's data follow the clock: one fixed text
            // of the same kind keeps the layout around them still. Take the
            // baselines with the whole suite (`scripts/e2e.sh
            // --update-snapshots=changed`), as CI runs it: the tests before
            // this one add runs to the projects' provisioning logs.
            // Run durations too follow the machine's speed.
            const dates = card.locator('time, [data-cpin-date]');
            await dates.evaluateAll(nodes =>
              nodes.forEach(node => {
                node.textContent = '06/12/2026 12:00';
              }),
            );
            await card.locator('[data-cpin-duration]').evaluateAll(
              (nodes, text) =>
                nodes.forEach(node => {
                  node.textContent = text;
                }),
              language === 'fr' ? '0,01 s' : '0.01 s',
            );
            // So do the sandbox's commit ids: they hash the commit's time,
            // and whether an infra repository is mirrored before its Argo
            // CD application is created.
            await card
              .locator('[data-cpin-identifier] code')
              .evaluateAll(nodes =>
                nodes.forEach(node => {
                  if (/^[0-9a-f]{7}$/.test(node.textContent ?? '')) {
                    node.textContent = '0000000';
                  }
                }),
              );
            await expect
              .soft(card)
              .toHaveScreenshot(
                `${entity.id}-${name}-${width}-${language}.png`,
                {
                  mask: [dates],
                  maxDiffPixelRatio: 0.01,
                },
              );
          }
        }
      }
      await context.close();
    });
  }
}
