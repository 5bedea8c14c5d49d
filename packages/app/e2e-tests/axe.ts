import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The serious and critical axe violations in the part of the page that
 * `include` selects (the whole page by default) and `exclude` does not,
 * as "rule (impact): targets".
 */
export async function seriousViolations(
  page: Page,
  { include, exclude }: { include?: string; exclude?: string } = {},
): Promise<string[]> {
  // Material UI's ripple spans cover every button: axe then cannot tell a
  // button label's background and files its contrast as "incomplete",
  // whatever the colours (a label of 2.7:1 passed that way). The ripple
  // draws nothing until a click, so the check runs without it.
  await page.addStyleTag({
    content: '.MuiTouchRipple-root { display: none !important; }',
  });
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v =>
        `${v.id} (${v.impact}): ${v.nodes
          .map(n => n.target.join(' '))
          .join(', ')}`,
    );
}
