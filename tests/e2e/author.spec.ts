import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { ar, en } from '../support/words';
import { datasetFileInput, datasetMenuToggle, expect, test } from './fixtures';

const ARTICLE = 'tests/fixtures/articles/daralmaref-2022-10-21.txt';
const TEXT = readFileSync(ARTICLE, 'utf8');
const CALL_SENTENCE = TEXT.slice(
  TEXT.indexOf('أعلنت وزارة'),
  TEXT.indexOf('أوكرانيا.', TEXT.indexOf('أعلنت')) + 9,
);

/** Selects `words` (the `nth` occurrence) in the article shown, through the keyboard mode's plain text. */
async function select(page: Page, words: string, to?: string): Promise<void> {
  await page.evaluate(
    ([w, end]) => {
      const area = document.querySelector<HTMLTextAreaElement>('textarea.author-text-plain')!;
      const start = area.value.indexOf(w!);
      const stop = end === '' ? start + w!.length : area.value.length;
      area.focus();
      area.setSelectionRange(start, stop);
      area.dispatchEvent(new Event('select', { bubbles: true }));
    },
    [words, to ?? ''],
  );
}

const claim = {
  ar: 'ناقش الوزيران قضايا الأمن الدولي ومنها الوضع في أوكرانيا',
  en: 'The ministers discussed international security, including Ukraine',
};
const title = {
  ar: 'توقيف مواطنَين روسيَّين في إيطاليا وألمانيا',
  en: 'Two Russians arrested in Italy and Germany',
};

for (const lang of ['en', 'ar'] as const) {
  test(`a new user authors from a new article, reloads, exports, and the export checks and opens (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const L = (lang === 'en' ? en : ar).author;
    const W = (lang === 'en' ? en : ar).workbench;
    await page.goto(`./?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });

    // Add the article from a file.
    await page.getByText(L.addArticle).click();
    await page.getByLabel(L.chooseFile, { exact: true }).setInputFiles(ARTICLE);
    await expect(page.getByRole('heading', { name: 'art-005' })).toBeVisible();
    await page.getByLabel(L.outletAr, { exact: true }).fill('دار المعارف');
    await page.getByLabel(L.outletAr, { exact: true }).press('Enter');
    await page.getByLabel(L.outletEn, { exact: true }).fill('Dar al-Maaref');
    await page.getByLabel(L.outletEn, { exact: true }).press('Enter');
    await page.getByLabel(L.outletBasis, { exact: true }).selectOption('stated');
    await page.getByLabel(L.url, { exact: true }).fill('https://daralmaref.com/News/1220754.aspx');
    await page.getByLabel(L.url, { exact: true }).press('Enter');
    await page.getByLabel(L.published, { exact: true }).fill('2022-10-21');
    await page.getByLabel(L.published, { exact: true }).press('Enter');
    await expect(page.getByLabel(L.publishedBasis, { exact: true })).toHaveValue('stated');

    // A new event from the resolved date of «في وقت سابق من اليوم».
    const dates = page.locator('.author-dates li');
    await expect(dates).toHaveCount(4);
    await dates.nth(3).getByRole('button', { name: L.eventFromDate }).click();
    await expect(page.locator('.author-event-id')).toHaveText('event-2022-10-21');
    await expect(page.getByLabel(L.start, { exact: true })).toHaveValue('2022-10-21');
    await expect(page.getByLabel(L.basisNoteEn, { exact: true })).toHaveValue(
      /^In the article of Dar al-Maaref \(published 2022-10-21\), .*اليوم/,
    );
    await page.getByLabel(L.titleAr, { exact: true }).fill(title.ar);
    await page.getByLabel(L.titleAr, { exact: true }).press('Enter');
    await page.getByLabel(L.titleEn, { exact: true }).fill(title.en);
    await page.getByLabel(L.titleEn, { exact: true }).press('Enter');
    await page
      .getByLabel(L.summaryAr)
      .fill('ندّد الكرملين بتوقيف مواطنَين في إيطاليا وألمانيا بطلب من واشنطن.');
    await page
      .getByLabel(L.summaryEn)
      .fill('The Kremlin condemned the arrest of two citizens in Italy and Germany at Washington’s request.');
    await page
      .getByLabel(W.english)
      .fill('Earlier today the Kremlin condemned the arrest of two citizens in Italy and Germany.');
    await page.getByLabel(W.english, { exact: true }).press('Tab');

    // Out of scope: the dateline and the site furniture at the end.
    await page.getByRole('button', { name: L.selectWithKeys }).click();
    await select(page, '21-10-2022');
    await page.getByRole('button', { name: L.markOut }).click();
    await select(page, 'أضف تعليق', 'end');
    await page.getByRole('button', { name: L.markOut }).click();
    await expect(page.getByRole('list', { name: L.outParts }).getByRole('listitem')).toHaveCount(2);

    // What the article credits: the ministry's statement, which the whole text rests on.
    await select(page, 'وزارة الدفاع الروسية');
    await page.getByRole('button', { name: L.creditSelection }).click();
    const credit = page.getByRole('list', { name: L.creditList }).getByRole('listitem');
    await expect(credit).toHaveCount(1);
    await credit.getByLabel(L.nameEn, { exact: true }).fill('Russian Defence Ministry');
    await credit.getByLabel(L.nameEn, { exact: true }).press('Enter');
    await credit.getByRole('button', { name: L.restsOnCredit }).click();
    const report = page.getByRole('list', { name: L.restsOnList }).getByRole('listitem');
    await expect(report).toHaveCount(1);
    await expect(report.getByLabel(L.origin, { exact: true })).toHaveValue('russian-defence-ministry');
    await report
      .getByLabel(L.noteAr, { exact: true })
      .fill('يعزو المقال خبره إلى بيان وزارة الدفاع الروسية.');
    await report.getByLabel(L.noteAr, { exact: true }).press('Tab');
    await report
      .getByLabel(L.noteEn, { exact: true })
      .fill('The article credits its news to the Russian Defence Ministry’s statement.');
    await report.getByLabel(L.noteEn, { exact: true }).press('Tab');

    // The call, quoted under the corpus event, and one new claim carried by this article and a corpus one.
    await select(page, CALL_SENTENCE);
    await page.getByLabel(L.quoteTo, { exact: true }).selectOption('call-2022-10-21');
    await page.getByRole('button', { name: L.attachQuote }).click();
    await expect(page.locator('.author-event-id')).toHaveText('call-2022-10-21');
    const ours = page.locator('.author-quote').filter({ hasText: CALL_SENTENCE });
    await ours
      .getByLabel(W.english)
      .fill(
        'The Russian Defence Ministry announced on Friday that Shoigu discussed international security, including Ukraine, by phone with Austin.',
      );
    await ours.getByLabel(W.english, { exact: true }).press('Tab');
    await page.getByRole('button', { name: L.addClaim }).click();
    await page.getByLabel(L.claimAr, { exact: true }).last().fill(claim.ar);
    await page.getByLabel(L.claimAr, { exact: true }).last().press('Enter');
    await page.getByLabel(L.claimEn, { exact: true }).last().fill(claim.en);
    await page.getByLabel(L.claimEn, { exact: true }).last().press('Enter');
    await page.getByLabel(L.by, { exact: true }).last().selectOption('russian-defence-ministry');
    await ours.getByRole('checkbox', { name: claim[lang] }).check();
    const corpus = page.locator('.author-quote').filter({ hasText: 'ولم تدل وزارة الدفاع الأميركية' });
    await corpus.getByRole('checkbox', { name: claim[lang] }).check();

    await expect(page.getByText(L.noProblems)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(L.save.saved)).toBeVisible();

    // Everything is still there after a reload.
    // The event being written is open again, and its quote names the article too: the list's button
    // is the one whose name begins with the id.
    await page.reload();
    await expect(page.getByLabel(L.eventPick, { exact: true })).toHaveValue('call-2022-10-21', {
      timeout: 20_000,
    });
    await expect(page.getByRole('button', { name: /^art-005/ })).toBeVisible();
    await page.getByRole('button', { name: /^art-005/ }).click();
    await expect(page.getByRole('list', { name: L.outParts }).getByRole('listitem')).toHaveCount(2);
    await page.getByLabel(L.eventPick, { exact: true }).selectOption('call-2022-10-21');
    await expect(
      page
        .locator('.author-quote')
        .filter({ hasText: CALL_SENTENCE })
        .getByRole('checkbox', { name: claim[lang] }),
    ).toBeChecked();
    await expect(
      page
        .locator('.author-quote')
        .filter({ hasText: 'ولم تدل وزارة الدفاع الأميركية' })
        .getByRole('checkbox', { name: claim[lang] }),
    ).toBeChecked();
    // Its id followed its title (#24 D8).
    await page
      .getByLabel(L.eventPick, { exact: true })
      .selectOption('two-russians-arrested-in-italy-2022-10-21');
    await expect(page.getByLabel(L.titleEn, { exact: true })).toHaveValue(title.en);
    await expect(page.getByText(L.noProblems)).toBeVisible({ timeout: 20_000 });

    // Export: the authoring files pass npm run data:check.
    const dir = mkdtempSync(join(tmpdir(), 'riwayat-e2e-'));
    try {
      const zipDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: L.exportZip }).click();
      const zipPath = join(dir, 'draft.zip');
      await (await zipDownload).saveAs(zipPath);
      const files = unzipSync(readFileSync(zipPath));
      expect(Object.keys(files)).toContain('articles/art-005.txt');
      for (const [path, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, 'data', path)), { recursive: true });
        writeFileSync(join(dir, 'data', path), bytes);
      }
      execFileSync('npx', ['tsx', 'src/cli/check.ts', join(dir, 'data')], { stdio: 'pipe' });
      const added = (
        JSON.parse(readFileSync(join(dir, 'data', 'sources.json'), 'utf8')) as {
          id: string;
          credits: { text: string }[];
          restsOn?: { origin: string; basis: string; anchor?: { text: string } }[];
        }[]
      ).find((x) => x.id === 'art-005')!;
      expect(added.credits.map((c) => c.text)).toEqual(['وزارة الدفاع الروسية']);
      expect(added.restsOn).toMatchObject([
        { origin: 'russian-defence-ministry', basis: 'credited', anchor: { text: 'وزارة الدفاع الروسية' } },
      ]);

      // The single file opens in the app.
      const jsonDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: L.exportJson }).click();
      const jsonPath = join(dir, 'draft.json');
      await (await jsonDownload).saveAs(jsonPath);
      await page.getByRole('button', { name: L.close }).click();
      await datasetMenuToggle(page).click();
      await datasetFileInput(page).setInputFiles(jsonPath);
      await expect(page.locator('.dataset-name')).toContainText('draft.json', { timeout: 30_000 });
      await expect(page.getByText(title[lang]).first()).toBeAttached();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
