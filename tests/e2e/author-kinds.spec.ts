import { ar, en } from '../support/words';
import { LANE_COLOURS } from '../../src/domain/vocabulary';
import { datasetMenuToggle, expect, test } from './fixtures';

// A story's own kind of event, made in the workbench, becomes a lane of the timeline in its colour.
for (const [lang, L] of [
  ['en', en],
  ['ar', ar],
] as const) {
  test(`(${lang}) a kind added in the workbench is a lane of the preview, named and coloured`, async ({
    page,
  }) => {
    // The workbench opens on the dataset on screen once it is there.
    await page.goto(`?lang=${lang}`);
    await expect(page.locator('.vis-item').first()).toBeVisible({ timeout: 20_000 });
    await datasetMenuToggle(page).click();
    await page.getByText(L.author.menuItem).click();
    await expect(page.getByRole('heading', { name: L.author.heading })).toBeVisible();
    const panel = page.locator('details.author-vocabulary').first();
    await panel.locator('summary').click();
    const form = panel.getByRole('form', { name: L.workbench.addKind });
    await form.getByLabel(L.workbench.newKindAr).fill('احتجاجات');
    await form.getByLabel(L.workbench.newKindEn).fill('Protests');
    await form.getByLabel(L.workbench.colour).selectOption('teal');
    await form.getByRole('button', { name: L.workbench.addKind }).click();
    const name = lang === 'en' ? 'Protests' : 'احتجاجات';
    await expect(panel.getByRole('group', { name: new RegExp(name) })).toBeVisible();

    // The first event takes it.
    const pick = page.getByLabel(L.author.eventPick, { exact: true });
    const first = await pick.locator('option').nth(1).getAttribute('value');
    await pick.selectOption(first!);
    await page
      .locator('select')
      .filter({ has: page.locator('option[value="protests"]') })
      .selectOption('protests');

    await page.getByRole('button', { name: L.author.preview }).click();
    const label = page.locator('.vis-labelset .vis-label').filter({ hasText: name });
    await expect(label).toBeVisible({ timeout: 20_000 });
    // The page carries the kind's colour: anything of the kind (a bar, a list row, a tag) takes it.
    const lane = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.className = 'lane-tag kind-protests';
      document.body.append(probe);
      const value = getComputedStyle(probe).getPropertyValue('--lane').trim();
      probe.remove();
      return value;
    });
    expect(lane.toLowerCase()).toBe(LANE_COLOURS.teal);
  });
}
