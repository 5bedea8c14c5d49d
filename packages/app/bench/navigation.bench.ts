/*
 * Cost of in-app navigation to an entity page with the Cloud π cards,
 * against the same kind of page without them, in Chromium:
 *
 *   yarn build:backend && yarn bench:navigation   (see the README)
 *
 * Signed in as a project member, the portal navigates in the app (React
 * Router, no page load) from a light page to each target in turn, and
 * measures the time until the page is complete: its title shown, no
 * progress indicator left, and every request it started (data and code
 * chunks) answered. The first visit of each page (cold code chunks and
 * cold backend caches) is reported apart from the median of the next runs.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import os from 'node:os';
import { signInWithKeycloak } from '../e2e-tests/signIn';

const RUNS = Number(process.env.CPIN_BENCH_RUNS ?? 9);
/** `CPIN_BENCH_TRACE=1`: also print the requests of each page's last run. */
const TRACE = process.env.CPIN_BENCH_TRACE === '1';

interface Target {
  label: string;
  path: string;
  title: string;
}

const PAIRS: Array<{ cards: Target; plain: Target }> = [
  {
    cards: {
      label: 'Cloud π project (System sandbox/portail)',
      path: '/catalog/sandbox/system/portail',
      title: 'portail',
    },
    plain: {
      label: 'plain System (default/cloud-pi-native-backstage)',
      path: '/catalog/default/system/cloud-pi-native-backstage',
      title: 'Cloud π Native for Backstage',
    },
  },
  {
    cards: {
      label: 'Cloud π repository (Component sandbox/portail-api)',
      path: '/catalog/sandbox/component/portail-api',
      title: 'portail/api',
    },
    plain: {
      label: 'plain Component (default/plugin-cloud-pi-native-backend)',
      path: '/catalog/default/component/plugin-cloud-pi-native-backend',
      title: 'Cloud π Native backend plugin',
    },
  },
];

/** The light page every navigation starts from. */
const START: Target = {
  label: 'settings',
  path: '/settings',
  title: '',
};

/** One navigation, in milliseconds from its start. */
interface Visit {
  /** Until the page is complete. */
  ms: number;
  /** Until the title shows with no progress indicator left. */
  shownAt: number;
  /** The requests it started. */
  requests: Array<{ name: string; start: number; end: number }>;
}

/**
 * Navigates in the app to `target` and times it until the page is complete
 * (see the file's comment).
 */
async function navigate(page: Page, target: Target): Promise<Visit> {
  // Resource entries appear only once answered: the browser's own events
  // tell which requests are still pending.
  const pending = new Set<Request>();
  const started = (request: Request) => pending.add(request);
  const answered = (request: Request) => pending.delete(request);
  page.on('request', started);
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  const startedAt = await page.evaluate(path => {
    // A full buffer (250 entries by default) would record no more requests.
    performance.clearResourceTimings();
    const t = performance.now();
    window.history.pushState({}, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return t;
  }, target.path);
  const shownAt = await page.waitForFunction(
    ({ title, path }) => {
      if (!window.location.pathname.startsWith(path)) return false;
      const headings = [...document.querySelectorAll('h1, h2')].map(h =>
        h.textContent?.trim(),
      );
      if (title && !headings.includes(title)) return false;
      // A card still loading (indeterminate), not a quota bar; Backstage's
      // Progress renders hidden for its first 250 ms.
      const loading =
        'main [role="progressbar"]:not([aria-valuenow]), main [data-testid="progress"]';
      if (document.querySelector(loading)) return false;
      return performance.now();
    },
    { title: target.title, path: target.path },
    { polling: 'raf', timeout: 60_000 },
  );
  // Every request the navigation started has answered (and stays so 300 ms).
  let lastEnd = 0;
  let requests: Visit['requests'] = [];
  for (let quiet = 0; quiet < 3; ) {
    await page.waitForTimeout(100);
    const entries = await page.evaluate(t0 => {
      return (
        performance
          .getEntriesByType('resource')
          .filter(e => e.startTime >= t0) as PerformanceResourceTiming[]
      ).map(e => ({
        name: e.name.replace(window.location.origin, ''),
        start: e.startTime - t0,
        end: e.responseEnd - t0,
      }));
    }, startedAt);
    const end = Math.max(0, ...entries.map(e => e.end));
    requests = entries;
    quiet = pending.size === 0 && end === lastEnd ? quiet + 1 : 0;
    lastEnd = end;
  }
  page.off('request', started);
  page.off('requestfinished', answered);
  page.off('requestfailed', answered);
  const shown = ((await shownAt.jsonValue()) as number) - startedAt;
  return { ms: Math.max(shown, lastEnd), shownAt: shown, requests };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

test('in-app navigation: pages with the Cloud π cards against plain pages', async ({
  page,
}) => {
  await signInWithKeycloak(page, {
    email: 'alice.martin@interieur.gouv.fr',
    password: 'alice-sandbox',
  });
  // The provider imports the console shortly after the backend starts.
  await expect(async () => {
    await page.goto(PAIRS[0].cards.path);
    await expect(
      page.getByRole('heading', { name: 'portail', exact: true }).first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await page.goto(START.path);
  await page.waitForLoadState('networkidle');

  const targets = PAIRS.flatMap(pair => [pair.cards, pair.plain]);
  const times = new Map<Target, number[]>(targets.map(t => [t, []]));
  const last = new Map<Target, Visit>();
  for (let run = 0; run <= RUNS; run++) {
    // Alternate the order, so that both pages of a pair meet the same load.
    for (const target of run % 2 ? [...targets].reverse() : targets) {
      await navigate(page, START);
      const visit = await navigate(page, target);
      times.get(target)!.push(visit.ms);
      last.set(target, visit);
    }
  }

  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const lines = [
    `In-app navigation, Chromium ${page
      .context()
      .browser()
      ?.version()}, ${new Date().toISOString()}, load average ${os
      .loadavg()
      .map(v => v.toFixed(2))
      .join(' ')}`,
    `  median of ${RUNS} runs after a first visit; complete = title shown, no progress indicator, every request answered`,
  ];
  for (const { cards, plain } of PAIRS) {
    const [c, p] = [times.get(cards)!, times.get(plain)!];
    const [cm, pm] = [median(c.slice(1)), median(p.slice(1))];
    lines.push(
      `  ${cards.label.padEnd(54)} first ${ms(c[0]).padStart(7)}   median ${ms(
        cm,
      ).padStart(7)}`,
      `  ${plain.label.padEnd(54)} first ${ms(p[0]).padStart(7)}   median ${ms(
        pm,
      ).padStart(7)}`,
      `  ratio (target ≤ 1.2×): ${(cm / pm).toFixed(2)}×`,
    );
  }
  if (TRACE) {
    for (const [target, visit] of last) {
      lines.push(
        `  last run of ${target.label}: ${ms(visit.ms)}, shown at ${ms(
          visit.shownAt,
        )}`,
        ...visit.requests.map(
          r =>
            `    ${ms(r.start).padStart(7)} → ${ms(r.end).padStart(
              7,
            )}  ${r.name.slice(0, 110)}`,
        ),
      );
    }
  }
  // eslint-disable-next-line no-console
  console.log(lines.join('\n'));
});
