import { ar, en } from '../support/words';
import { expect, test } from './fixtures';

// Titles and summaries in both languages took a newcomer about 18 of 115 minutes, most of them near
// paraphrases of a quote. The bundled story's 13 May 2022 call is told by AlMada and, in the same
// words, by the report citing Sputnik: with its Arabic title and English summary emptied, one key
// press drafts both from the quote the two share, attributed to the outlet; the author's edit and
// the draft each come back off with one Undo.
for (const [lang, L] of [
  ['en', en],
  ['ar', ar],
] as const) {
  test(`an event's empty title and summary drafted from its quote, edited, undone (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const W = L.workbench;
    await page.goto(`?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.author.heading })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel(L.author.eventPick, { exact: true }).selectOption('call-2022-05-13');
    const panel = page.getByRole('region', { name: L.author.event });
    const titleAr = panel.getByLabel(L.author.titleAr, { exact: true });
    const titleEn = panel.getByLabel(L.author.titleEn, { exact: true });
    const summaryEn = panel.getByLabel(L.author.summaryEn, { exact: true });
    const draft = panel.getByRole('button', { name: W.draftText });
    await expect(draft).toBeHidden();
    const english = await titleEn.inputValue();
    expect(english).not.toBe('');

    await titleAr.fill('');
    await titleAr.press('Tab');
    await summaryEn.fill('');
    await summaryEn.press('Tab');
    // It says which quote it drafts from and why: the words both sources share.
    const shared =
      lang === 'en'
        ? W.draftShared_other.replace('{{count, num}}', '2').replace('{{total, num}}', '2')
        : ar.workbench.draftShared_two.replace('{{total, num}}', '٢');
    await expect(draft).toHaveAccessibleDescription(new RegExp(shared.replace(/[()]/gu, '\\$&')));
    await draft.focus();
    await page.keyboard.press('Enter');

    const drafted = /^المدى: تعود آخر محادثة بين شويجو وأوستن منذ بداية الصراع$/u;
    await expect(titleAr).toHaveValue(drafted);
    await expect(summaryEn).toHaveValue(
      /^The last conversation between Shoigu and Austin .*, according to AlMada\.$/u,
    );
    // What was written stays.
    await expect(titleEn).toHaveValue(english);
    await expect(draft).toBeHidden();

    // Cut down by the author.
    await titleAr.fill('آخر محادثة بين شويجو وأوستن');
    await titleAr.press('Tab');
    const undo = page.getByRole('button', { name: L.author.undo, exact: true });
    await undo.click();
    await expect(titleAr).toHaveValue(drafted);
    // The draft was one step: one more Undo empties both fields again.
    await undo.click();
    await expect(titleAr).toHaveValue('');
    await expect(summaryEn).toHaveValue('');
    await expect(titleEn).toHaveValue(english);
    await expect(draft).toBeVisible();
  });
}

test('words just typed into a title stay when the draft is asked for', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('?lang=en&author=1');
  await expect(page.getByRole('heading', { name: en.author.heading })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(en.author.eventPick, { exact: true }).selectOption('call-2022-05-13');
  const panel = page.getByRole('region', { name: en.author.event });
  const titleAr = panel.getByLabel(en.author.titleAr, { exact: true });
  const summaryAr = panel.getByLabel(en.author.summaryAr, { exact: true });
  await summaryAr.fill('');
  await summaryAr.press('Tab');
  await titleAr.fill('');
  // Typed, and the button clicked straight after (by then the field's blur or pause has saved it).
  await titleAr.pressSequentially('آخر محادثة');
  await panel.getByRole('button', { name: en.workbench.draftText }).click();
  await expect(summaryAr).toHaveValue(/^تعود آخر محادثة بين شويجو وأوستن/u);
  await expect(titleAr).toHaveValue('آخر محادثة');
});
