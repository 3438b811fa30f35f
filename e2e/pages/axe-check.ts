import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe-core's two highest impacts: what blocks or badly hinders someone using a screen reader, keyboard or low vision. */
const blocking = new Set(['serious', 'critical']);

/** Runs axe-core on the page as it is now and describes each serious or critical violation, one line per node. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations
    .filter((v) => blocking.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${n.target.join(' ')} ${n.failureSummary ?? ''}`,
      ),
    );
}
