import { ar, en } from '../support/words';
import { expect, test } from './fixtures';

// Trial 5 (S2-1): words typed in a field were saved only when the field was left, while the header
// said every change was saved. They are saved once typing pauses, and a reload keeps them.
for (const [lang, L] of [
  ['en', en],
  ['ar', ar],
] as const) {
  test(`typing is saved without leaving the field, and a reload keeps it (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.goto(`?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.author.heading })).toBeVisible({ timeout: 30_000 });
    const field = page.getByLabel(L.workbench.titleEn);
    await field.click();
    await field.press('End');
    await field.pressSequentially(' typed and kept', { delay: 60 });
    await page.waitForTimeout(1000);
    await expect(page.getByRole('status').filter({ hasText: L.author.save.saved })).toBeVisible();
    await expect(field).toBeFocused();
    await page.reload();
    await expect(page.getByRole('heading', { name: L.author.heading })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel(L.workbench.titleEn)).toHaveValue(/ typed and kept$/);
    expect(dialogs).toEqual([]);
    // One undo step for the pause, not one per key.
    await page.getByRole('button', { name: L.author.undo }).click();
    await expect(page.getByLabel(L.workbench.titleEn)).not.toHaveValue(/typed/);
  });
}
