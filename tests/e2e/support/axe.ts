import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core on the page as it is now. By default every WCAG 2.1 A and AA violation fails;
 * `seriousOnly` runs every rule axe has (best practices too) and fails on the serious and
 * critical ones (the bar for every screen). Each failure names the rule and the
 * elements, so the report says where to look.
 */
export async function expectNoAxeViolations(page: Page, { seriousOnly = false } = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (seriousOnly ? builder : builder.withTags(WCAG_AA)).analyze();
  const failing = seriousOnly ? violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') : violations;
  expect(failing.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}
