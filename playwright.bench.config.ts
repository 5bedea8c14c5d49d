import { defineConfig } from '@playwright/test';
import e2e from './playwright.config';

// Benchmarks run in the e2e's browser and portal (scripts/e2e.sh), but are
// not tests of the e2e run: they print figures and assert no timing.
export default defineConfig({
  ...e2e,
  testDir: 'packages/app/bench',
  testMatch: '**/*.bench.ts',
  timeout: 900_000,
});
