import { ar, en } from '../support/words';
import { expect, test } from './fixtures';

// Translation is most of a newcomer's time (trial 1: 40–50 of 120 minutes, 8 renderings of shared
// wire copy typed again). The bundled story's 13 May 2022 call is told in the same words by AlMada and
// by the report citing Sputnik: with one of the two renderings gone, one click fills it from the
// other, marked as a draft, and the keyboard moves from one rendering to the next.
const TWIN = 'وتعود آخر محادثة بين شويغو وأوستن';

for (const [lang, L] of [
  ['en', en],
  ['ar', ar],
] as const) {
  test(`shared wire copy's rendering fills in one click as a draft, and Ctrl+Enter moves on (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const W = L.workbench;
    await page.goto(`?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.author.heading })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel(L.author.eventPick, { exact: true }).selectOption('call-2022-05-13');
    const quotes = page.getByRole('region', { name: L.author.event }).getByRole('article');
    await expect(quotes).toHaveCount(2);
    const first = quotes.nth(0).getByRole('textbox', { name: W.english });
    const twin = quotes.filter({ hasText: TWIN }).getByRole('textbox');
    const rendered = await twin.inputValue();
    expect(rendered).not.toBe('');

    // The twin's rendering emptied: one button fills it from the other article's.
    await twin.fill('');
    await twin.press('Shift+Tab');
    const fill = page.getByRole('button', {
      name: lang === 'en' ? W.fillTwins_one.replace('{{count, num}}', '1') : W.fillTwins_one,
    });
    await fill.click();
    await expect(twin).toHaveValue(await first.inputValue());
    await expect(fill).toBeHidden();
    await expect(quotes.filter({ hasText: TWIN }).getByText(W.draftRendering)).toBeVisible();
    // The checker lists it as a thing to review, not a problem.
    await expect(
      page.getByRole('heading', {
        name: lang === 'en' ? W.warnings_one.replace('{{count, num}}', '1') : W.warnings_one,
      }),
    ).toBeVisible({ timeout: 20_000 });

    // Ctrl+Enter from the first rendering keeps it and lands in the next one, ready to type.
    await first.click();
    await first.press('Control+Enter');
    await expect(twin).toBeFocused();
    await twin.press('Control+End');
    await twin.pressSequentially(' (checked)');
    await expect(twin).toHaveValue(`${await first.inputValue()} (checked)`);
    // Nothing was lost on the way: once the header says saved, a reload keeps both.
    await expect(page.getByRole('status').filter({ hasText: L.author.save.saved })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: L.author.heading })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel(L.author.eventPick, { exact: true }).selectOption('call-2022-05-13');
    await expect(quotes.filter({ hasText: TWIN }).getByRole('textbox')).toHaveValue(/ \(checked\)$/);
  });
}
