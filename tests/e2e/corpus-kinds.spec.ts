/**
 * A corpus built from a dataset with kinds and sides of its own (corpus-build.ts: the bundled story,
 * its calls "talks" and every other event an "event"): the page opens it, names its lanes by the
 * manifest's kinds in either language, and a selected event's details name its kind the same way.
 */
import type { Page } from '@playwright/test';
import { KINDS_CORPUS, OWN_KINDS } from './corpus-fixture';
import { detailTitle, expect, test, timelinePane } from './fixtures';

test.describe.configure({ timeout: 90_000 });

/** One of the defence ministers' calls, a "talks" event in this corpus. */
const CALL = 'call-2024-06-25';

async function open(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await page.goto(`./?lang=${lang}&data=${KINDS_CORPUS}`);
  await page.waitForFunction(() => performance.getEntriesByName('riwayat:ready').length > 0, null, {
    timeout: 60_000,
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) a corpus of its own kinds opens, its lanes named by them`, async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await open(page, lang);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const pane = timelinePane(page);
    for (const kind of OWN_KINDS)
      await expect(pane.getByText(kind.name[lang], { exact: true })).toBeVisible({ timeout: 20_000 });
    // Nothing falls back to the bundled story's lane names or to a bare id.
    await expect(pane.getByText(lang === 'en' ? 'Diplomacy' : 'دبلوماسية', { exact: true })).toHaveCount(0);
    await expect(pane.getByText('talks', { exact: true })).toHaveCount(0);
    await page.screenshot({ path: `/tmp/kinds-corpus-${lang}.png` });
    // A call opened by its link: its details name its kind by the corpus's name for it.
    await page.goto(`./?lang=${lang}&data=${KINDS_CORPUS}&event=${CALL}`);
    await expect(detailTitle(page)).not.toBeEmpty({ timeout: 30_000 });
    await expect(
      page.locator('section[data-event]').getByText(OWN_KINDS[0].name[lang], { exact: true }),
    ).toBeVisible();
    await page.screenshot({ path: `/tmp/kinds-corpus-event-${lang}.png` });
    expect(problems).toEqual([]);
  });
}
