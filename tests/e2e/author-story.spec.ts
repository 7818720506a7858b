import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { ar, en } from '../support/words';
import { datasetFileInput, datasetMenuToggle, expect, test } from './fixtures';

// A real article (tests/fixtures/articles/README.md says where it comes from), unseen by the draft.
const ARTICLE = 'tests/fixtures/articles/daralmaref-2022-10-21.txt';
const TEXT = readFileSync(ARTICLE, 'utf8');

/** Selects `words` in the article shown, through the keyboard mode's plain text. */
async function select(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const area = document.querySelector<HTMLTextAreaElement>('textarea.author-text-plain')!;
      const start = area.value.indexOf(a!);
      const end = area.value.indexOf(b!, start) + b!.length;
      area.focus();
      area.setSelectionRange(start, end);
      area.dispatchEvent(new Event('select', { bubbles: true }));
    },
    [from, to],
  );
}

for (const lang of ['en', 'ar'] as const) {
  test(`a new story from an empty draft: its own people, a rendered quote, and lanes by side in the export (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const T = lang === 'en' ? en : ar;
    const L = T.author;
    const W = T.workbench;
    await page.goto(`./?lang=${lang}&author=1`);
    await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });
    await page.getByText(L.restart).click();
    await page.getByRole('button', { name: L.restartEmpty }).click();
    await page.getByRole('button', { name: L.restartConfirm, exact: true }).click();
    await expect(page.locator('.author-articles li')).toHaveCount(0);

    // A new story has one neutral kind and side; this one takes the bundled story's, as offered.
    await page.getByText(W.kinds_one.replace('{{count, num}}', lang === 'en' ? '1' : '١')).click();
    await page
      .getByRole('button', {
        name: (lang === 'en' ? W.importKinds_other : ar.workbench.importKinds_few).replace(
          '{{count, num}}',
          lang === 'en' ? '6' : '٦',
        ),
      })
      .click();
    await page.getByText(W.sides_one.replace('{{count, num}}', lang === 'en' ? '1' : '١')).click();
    await page
      .getByRole('button', {
        name: (lang === 'en' ? W.importSides_other : ar.workbench.importSides_few).replace(
          '{{count, num}}',
          lang === 'en' ? '5' : '٥',
        ),
      })
      .click();

    // The story's title.
    await page.getByLabel(W.titleAr, { exact: true }).fill('اتصال شويجو وأوستن');
    await page.getByLabel(W.titleAr, { exact: true }).press('Enter');
    await page.getByLabel(W.titleEn, { exact: true }).fill('The Shoigu–Austin call');
    await page.getByLabel(W.titleEn, { exact: true }).press('Enter');

    // The article, and where it comes from.
    await page.getByText(L.addArticle, { exact: true }).click();
    await page.getByLabel(L.chooseFile, { exact: true }).setInputFiles(ARTICLE);
    await expect(page.getByRole('heading', { name: 'art-000' })).toBeVisible();
    await page.getByLabel(L.outletAr, { exact: true }).fill('دار المعارف');
    await page.getByLabel(L.outletAr, { exact: true }).press('Enter');
    await page.getByLabel(L.outletEn, { exact: true }).fill('Dar al-Maaref');
    await page.getByLabel(L.outletEn, { exact: true }).press('Enter');
    await page.getByLabel(L.published, { exact: true }).fill('2022-10-21');
    await page.getByLabel(L.published, { exact: true }).press('Enter');

    // The people the article names, from the names found in it.
    for (const [name, english, side] of [
      ['سيرجي شويجو', 'Sergei Shoigu', 'russia'],
      ['لويد أوستن', 'Lloyd Austin', 'us'],
    ] as const) {
      await page.getByRole('button', { name: `${W.add} ${name}` }).click();
      const form = page.getByRole('form', { name: W.entityForm });
      await expect(form.getByLabel(W.nameAr, { exact: true })).toHaveValue(name);
      await form.getByLabel(W.nameEn, { exact: true }).fill(english);
      await form.getByLabel(W.side, { exact: true }).selectOption(side);
      await form.getByRole('button', { name: W.save }).click();
    }
    await expect(
      page.getByRole('heading', {
        name: lang === 'en' ? '2 people, organisations and places' : ar.workbench.entities_two,
      }),
    ).toBeVisible();

    // An event from «اليوم الجمعة»: its note names the outlet, not the article's id.
    await page
      .locator('.author-dates li')
      .filter({ hasText: 'اليوم الجمعة' })
      .getByRole('button', { name: L.eventFromDate })
      .click();
    await expect(page.locator('.author-event-id')).toHaveText('event-2022-10-21');
    await expect(page.getByLabel(L.basisNoteEn, { exact: true })).toHaveValue(
      /^In the article of Dar al-Maaref \(published 2022-10-21\), /,
    );
    await expect(page.getByLabel(L.basisNoteEn, { exact: true })).not.toHaveValue(/art-000/);
    await page.getByLabel(L.titleAr, { exact: true }).fill('اتصال بين شويجو وأوستن');
    await page.getByLabel(L.titleAr, { exact: true }).press('Enter');
    await page.getByLabel(L.titleEn, { exact: true }).fill('Shoigu and Austin speak by phone');
    await page.getByLabel(L.titleEn, { exact: true }).press('Enter');
    await page.getByLabel(L.summaryAr).fill('بحث وزيرا الدفاع الروسي والأمريكي هاتفيًا الأمن الدولي.');
    await page.getByLabel(L.summaryAr).press('Tab');
    await page
      .getByLabel(L.summaryEn)
      .fill('The Russian and US defence ministers discussed international security.');
    await page.getByLabel(L.summaryEn).press('Tab');
    await page
      .getByRole('region', { name: L.event })
      .getByLabel(L.kind, { exact: true })
      .selectOption('defence-call');
    // The actors the quote names are offered: Shoigu first, so the event goes in Russia's lane.
    const actors = page.getByRole('group', { name: L.actors });
    await actors.getByRole('checkbox', { name: lang === 'en' ? 'Sergei Shoigu' : 'سيرجي شويجو' }).check();
    await actors.getByRole('checkbox', { name: lang === 'en' ? 'Lloyd Austin' : 'لويد أوستن' }).check();

    // The rendering, beside its Arabic: the glossary completes a name begun.
    const quote = page.locator('.author-quote').first();
    const box = quote.getByLabel(W.english);
    await box.fill('The Russian Defence Ministry announced today, Friday, that Defence Minister Serg');
    await quote.getByRole('button', { name: 'Sergei Shoigu', exact: true }).click();
    await expect(box).toHaveValue(/Defence Minister Sergei Shoigu$/);
    await box.press('End');
    await box.pressSequentially(' discussed international security by phone with US Defence Secretary Ll');
    await box.press('Tab');
    await expect(box).toHaveValue(/US Defence Secretary Lloyd Austin$/);
    await box.press('End');
    await box.pressSequentially(', including developments in Ukraine.');
    await quote.getByRole('button', { name: W.markDraft }).click();
    await expect(quote.getByRole('button', { name: W.markChecked })).toHaveAttribute('aria-pressed', 'true');
    await expect(
      page.getByRole('heading', { name: W.warnings_one.replace('{{count, num}}', '1') }),
    ).toBeVisible({
      timeout: 20_000,
    });
    await quote.getByRole('button', { name: W.markChecked }).click();

    // A claim, attributed to one of the story's own people.
    await page.getByRole('button', { name: L.addClaim }).click();
    await page.getByLabel(L.claimAr, { exact: true }).fill('نوقشت قضايا الأمن الدولي');
    await page.getByLabel(L.claimAr, { exact: true }).press('Enter');
    await page.getByLabel(L.claimEn, { exact: true }).fill('International security was discussed');
    await page.getByLabel(L.claimEn, { exact: true }).press('Enter');
    await page.getByLabel(L.by, { exact: true }).selectOption('shoigu');
    await quote
      .getByRole('checkbox', {
        name: lang === 'en' ? 'International security was discussed' : 'نوقشت قضايا الأمن الدولي',
      })
      .check();

    // The rest of the article: the dateline and the furniture, and the unrelated Kremlin item.
    await page.getByRole('button', { name: L.selectWithKeys }).click();
    await select(page, '21-10-2022', '15:48');
    await page.getByRole('button', { name: L.markOut }).click();
    await select(page, 'الجدير بالذكر', 'روسيا.');
    await page
      .getByRole('toolbar', { name: L.selectionTools })
      .getByLabel(L.outKind, { exact: true })
      .selectOption('unrelated-item');
    await page.getByRole('button', { name: L.markOut }).click();
    await select(page, 'أضف تعليق', TEXT.trimEnd().slice(-12));
    await page
      .getByRole('toolbar', { name: L.selectionTools })
      .getByLabel(L.outKind, { exact: true })
      .selectOption('site-furniture');
    await page.getByRole('button', { name: L.markOut }).click();
    await expect(page.getByText(L.noProblems)).toBeVisible({ timeout: 20_000 });

    // The export opens in the app: the story's title, lanes by side, the claim's speaker.
    const dir = mkdtempSync(join(tmpdir(), 'riwayat-story-'));
    try {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: L.exportJson }).click();
      const path = join(dir, 'story.json');
      await (await download).saveAs(path);
      const saved = JSON.parse(readFileSync(path, 'utf8')) as {
        title: { en: string };
        entities: { id: string; side: string }[];
      };
      expect(saved.title.en).toBe('The Shoigu–Austin call');
      expect(saved.entities.map((e) => [e.id, e.side])).toEqual([
        ['shoigu', 'russia'],
        ['austin', 'us'],
      ]);
      // The authoring files pass npm run data:check.
      const zip = page.waitForEvent('download');
      await page.getByRole('button', { name: L.exportZip }).click();
      const zipPath = join(dir, 'story.zip');
      await (await zip).saveAs(zipPath);
      for (const [file, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
        mkdirSync(dirname(join(dir, 'data', file)), { recursive: true });
        writeFileSync(join(dir, 'data', file), bytes);
      }
      execFileSync('npx', ['tsx', 'src/cli/check.ts', join(dir, 'data')], { stdio: 'pipe' });
      await page.getByRole('button', { name: L.close }).click();
      await datasetMenuToggle(page).click();
      await datasetFileInput(page).setInputFiles(path);
      await expect(page.locator('.dataset-name')).toContainText('story.json', { timeout: 30_000 });
      await page.getByLabel(T.grouping.label).selectOption('side');
      await expect(page.locator('.vis-label').filter({ hasText: T.sides.russia })).toBeVisible();
      await page
        .getByRole('navigation')
        .getByRole('button', {
          name: lang === 'en' ? 'Shoigu and Austin speak by phone' : 'اتصال بين شويجو وأوستن',
        })
        .click();
      await expect(page.locator('.claim-by').first()).toContainText(
        lang === 'en' ? 'Sergei Shoigu' : 'سيرجي شويجو',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
