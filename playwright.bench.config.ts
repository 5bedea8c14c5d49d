import { defineConfig } from '@playwright/test';
import e2e from './playwright.config';

// Benchmarks run in the e2e's browser and portal (scripts/e2e.sh), but are
// not tests of the e2e run: they print figures and assert no timing.
export default defineConfig({
  ...e2e,
  testDir: 'packages/app/bench',
  testMatch: '**/*.bench.ts',
  timeout: 900_000,
  // Playwright's trace snapshots the whole DOM around every call of the
  // page (the benchmark polls it), on the page's main thread: a cost that
  // grows with the page and is not the portal's.
  use: { ...e2e.use, trace: 'off' },
});
