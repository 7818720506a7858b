import { ar, en } from '../support/words';
import { expect, test } from './fixtures';

for (const lang of ['en', 'ar'] as const)
  test(`"Event being written" is as wide as its panel while no event exists (#24 D14, ${lang})`, async ({
    page,
  }) => {
    const L = (lang === 'en' ? en : ar).author;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`./?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });
    await page.getByText(L.restart).click();
    await page.getByRole('button', { name: L.restartEmpty }).click();
    await page.getByRole('button', { name: L.restartConfirm, exact: true }).click();
    const pick = page.getByLabel(L.eventPick, { exact: true });
    await expect(pick).toHaveValue('');
    const panel = (await page.getByRole('region', { name: L.event }).boundingBox())!;
    const list = (await pick.boundingBox())!;
    expect(list.width).toBeGreaterThan(panel.width * 0.8);
    expect(list.width).toBeLessThanOrEqual(panel.width);
  });
