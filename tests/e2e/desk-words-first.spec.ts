/**
 * The sources' own words on the first screen at a desk (UX review 11, S2-1): with "Where they diverge"
 * open, as it opens, its summary is brief (who said what, the claims' rows a click away), so the first
 * source's first quote starts on the first screen at 1280×720 and 1440×900; a source is named in it as
 * on its card, the report or site a reader knows from the cards standing out; and "Skip to each
 * source's words" lands on the words, past the summary.
 */
import { expect, openApp, test } from './fixtures';

const JUNE = 'call-2024-06-25';
const WORDS = {
  en: {
    diverge: /^Where they diverge: United States vs Russia · 12 claims/,
    all: 'All 12 claims where they part ways',
    group: '8 claims only some sources carry',
    skip: "Skip to each source's words",
    words: "Each source's words",
    lead: 'Al Qahera News',
    show: 'Show who said what',
    search: 'phone call',
    toolbar: 'Timeline controls',
  },
  ar: {
    diverge: /^أين تفترق الروايات: الولايات المتحدة مقابل روسيا — ١٢ ادعاءً/,
    all: 'كل الادعاءات التي تفترق فيها الروايات (١٢)',
    group: '٨ ادعاءات توردها بعض المصادر دون غيرها',
    skip: 'انتقل إلى كلمات كل مصدر',
    show: 'اعرض من قال ماذا',
    words: 'كلمات كل مصدر',
    lead: 'القاهرة الإخبارية',
    search: 'اتصال هاتفي',
    toolbar: 'أدوات الخط الزمني',
  },
} as const;

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) at 1280×720 and 1440×900 the first quote starts on the first screen under a brief "Where they diverge"`, async ({
    page,
  }) => {
    const w = WORDS[lang];
    for (const [width, height] of [
      [1280, 720],
      [1440, 900],
    ] as const) {
      await test.step(`${width}×${height}`, async () => {
        await page.setViewportSize({ width, height });
        await openApp(page, `lang=${lang}&event=${JUNE}`);
        const summary = page.getByRole('region', { name: w.diverge });
        // At 1280×720 it opens folded to its line (every first quote whole on arrival); opened, it is brief.
        if (height === 720) await summary.getByRole('button', { name: w.show }).click();
        await expect(
          summary.getByRole('region', { name: lang === 'en' ? 'United States' : 'الولايات المتحدة' }),
        ).toBeVisible();
        // Brief: the claims' rows a click away.
        await expect(summary.getByRole('region', { name: w.group })).toHaveCount(0);
        const quote = page.getByRole('blockquote').first();
        const top = await quote.evaluate((q) => q.getBoundingClientRect().top);
        // At 1440×900 its first lines are on screen; at 1280×720 it starts there (the cards' heads above it).
        expect(top, 'the first quote starts on the first screen').toBeLessThan(
          width === 1440 ? height - 60 : height,
        );
        // A source named inside the summary: its report or site set apart from the words around it.
        const lead = summary.getByText(w.lead, { exact: true }).first();
        expect(Number(await lead.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(
          600,
        );
      });
    }
    await test.step('the strip’s switch is not a third layout: light, where the chosen layout is dark', async () => {
      const strip = page.getByRole('button', { name: lang === 'en' ? 'Timeline strip' : 'شريط الخط الزمني' });
      const layout = page.getByRole('button', { name: lang === 'en' ? 'Reading layout' : 'وضع القراءة' });
      await expect(strip).toHaveAttribute('aria-pressed', 'true');
      await expect(layout).toHaveAttribute('aria-pressed', 'true');
      const bg = (b: typeof strip) => b.evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(await bg(strip)).not.toBe(await bg(layout));
    });
    await test.step('the rest of the claims, a click away', async () => {
      const summary = page.getByRole('region', { name: w.diverge });
      await summary.getByRole('button', { name: w.all }).click();
      await expect(summary.getByRole('region', { name: w.group })).toBeVisible();
    });
    await test.step('PageDown at 1280×720 pages by what is in sight under the sources’ sticky titles', async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      // Focus where a click on the timeline's box leaves it: the event's title, outside the pane.
      await page.getByRole('heading', { level: 2 }).first().focus();
      const pane = page.getByRole('region', { name: /^(How each source tells it|كيف يرويه كل مصدر)/ });
      const at = () =>
        pane.evaluate((s) => {
          let p = s.parentElement;
          while (p !== null && !/(auto|scroll)/.test(getComputedStyle(p).overflowY)) p = p.parentElement;
          // Each source's title: what sticks at the top of its card, its name's heading in it.
          const titles = [...s.querySelectorAll('article')].map(
            (a) => a.querySelector('h3')!.parentElement!.getBoundingClientRect().height,
          );
          return { top: p!.scrollTop, height: p!.clientHeight, title: Math.max(...titles) };
        });
      const before = await at();
      await page.keyboard.press('PageDown');
      await expect.poll(async () => (await at()).top).toBeGreaterThan(before.top);
      const after = await at();
      // No line under a title is skipped: a page is at most what shows below the tallest one.
      expect(after.top - before.top).toBeLessThanOrEqual(before.height - before.title);
    });
    await test.step('1440×900 with a search beside the words: the toolbar stays one row, each label one line', async () => {
      // The results narrow the timeline's column (UX review 13, S3-N4: "Back to the main / story").
      await page.setViewportSize({ width: 1440, height: 900 });
      await openApp(page, `lang=${lang}&event=${JUNE}&q=${encodeURIComponent(w.search)}`);
      const toolbar = page.getByRole('toolbar', { name: w.toolbar });
      const rows = await toolbar.getByRole('button').evaluateAll((bs) =>
        bs
          .filter((b) => b.getClientRects().length > 0)
          .map((b) => ({
            top: Math.round(b.getBoundingClientRect().top),
            height: b.getBoundingClientRect().height,
          })),
      );
      expect(rows.length).toBeGreaterThan(6);
      expect(new Set(rows.map((r) => r.top)).size, 'one row').toBe(1);
      for (const r of rows) expect(r.height, 'one line').toBeLessThan(44);
    });
    await test.step('the skip link lands on the words, past the summary', async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('heading', { level: 2 }).first().focus();
      await page.getByRole('link', { name: w.skip }).last().focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('group', { name: w.words })).toBeFocused();
      await expect(page.getByRole('blockquote').first()).toBeInViewport();
    });
  });
