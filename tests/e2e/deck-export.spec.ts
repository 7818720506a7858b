/**
 * The briefing's slides from the Dataset menu, as a briefer meets them: a PowerPoint file downloaded
 * and opened (unzipped), and the print view behind "Save as PDF…" printed to PDF by the browser.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, openApp, test, timelinePane } from './fixtures';

test('Download as PowerPoint gives the slides of the story in the interface language', async ({ page }) => {
  await openApp(page, 'lang=ar');
  await page.getByText('البيانات', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'تنزيل بصيغة PowerPoint' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('riwayat-story-ar.pptx');
  const zip = unzipSync(readFileSync((await file.path())!));
  const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slides.length).toBeGreaterThan(20);
  const call = slides.map((n) => strFromU8(zip[n]!)).find((x) => x.includes('٢٥ حزيران/يونيو ٢٠٢٤'));
  expect(call).toContain('<a:pPr rtl="1"');
  expect(call).toContain('lang="ar-SY"');
});

test('Save as PDF prints the slides alone, one 16:9 page each, and leaves the page as it was', async ({
  page,
}) => {
  await openApp(page, 'lang=en');
  // The print dialog is the browser's; here print() announces itself as a browser does and records
  // what it would print, and the test prints that view itself.
  await page.evaluate(() => {
    window.print = () => {
      dispatchEvent(new Event('beforeprint'));
      document.body.dataset.printed = String(document.querySelectorAll('.deck-page').length);
    };
  });
  await page.getByText('Dataset', { exact: true }).click();
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', /^\d+$/);
  const slides = Number(await page.locator('body').getAttribute('data-printed'));
  expect(slides).toBeGreaterThan(20);
  await expect(page.locator('html')).toHaveAttribute('data-print', 'deck');
  // The handout is not drawn for it.
  await expect(page.locator('.handout')).toHaveCount(0);
  // Nothing of it shows on screen meanwhile.
  await expect(page.locator('.deck-print')).toBeHidden();
  await expect(timelinePane(page)).toBeVisible();

  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect([...pdf.matchAll(/\/Type\s*\/Page\b/g)]).toHaveLength(slides);
  expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 960 540\s*\]/);

  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.deck-print')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-print', /./);
  await expect(page.locator('style[data-deck]')).toHaveCount(0);
});

for (const lang of ['ar', 'en'] as const)
  test(`(${lang}) no text runs past its box on the printed slides`, async ({ page }) => {
    await openApp(page, `lang=${lang}`);
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.getByText(lang === 'ar' ? 'البيانات' : 'Dataset', { exact: true }).click();
    await page.getByRole('button', { name: lang === 'ar' ? 'حفظ بصيغة PDF…' : 'Save as PDF…' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    // Each box is as tall as the plan estimated; the lines the browser sets must end inside it.
    const over = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.deck-box')]
        .filter((b) => {
          const box = b.getBoundingClientRect();
          return [...b.children].some((p) => p.getBoundingClientRect().bottom > box.bottom + 1);
        })
        .map(
          (b) =>
            `slide ${b.closest<HTMLElement>('.deck-page')?.dataset.slide}: ${b.textContent?.slice(0, 40)}`,
        ),
    );
    expect(over).toEqual([]);
    const boxes = await page.locator('.deck-box').count();
    expect(boxes).toBeGreaterThan(300);
  });
