import { readFileSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';

const JUNE_CALL = 'event=call-2024-06-25';

const RING = 'the selected box is ringed in a colour apart from the focus ring';
const COMPARE =
  'the claims show each quote’s marked rendering, and the comparison opens under its row, focused';
const READER =
  'the article reader marks the other quoted passages and shows the rendering under the chosen one';

// One opening of the June call for three checks: the ring (before anything is clicked), the claims'
// comparison, then the article reader over it.
test.describe('English beside the Arabic, and Compare wording where the user looks', () => {
  test(`${RING}; ${COMPARE}; ${READER}`, async ({ page }) => {
    // Three checks of one page: the time of as many tests.
    test.setTimeout(90_000);
    await openApp(page, `lang=en&${JUNE_CALL}`);
    await test.step(RING, async () => {
      const ring = await page.evaluate(() => {
        const item = document.querySelector('.vis-item.vis-selected');
        const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
        return item === null
          ? null
          : {
              border: getComputedStyle(item).borderTopColor,
              shadow: getComputedStyle(item).boxShadow,
              focus,
            };
      });
      expect(ring).not.toBeNull();
      // --focus is #d9480f.
      expect(ring!.focus).toBe('#d9480f');
      expect(ring!.border).not.toMatch(/rgb\((217, 72, 15|230, 119, 0)\)/);
      expect(ring!.shadow).not.toMatch(/rgb\((217, 72, 15|230, 119, 0)\)/);
    });
    await test.step(COMPARE, async () => {
      const table = page.getByRole('table');
      await expect(table.getByText('Translation:').first()).toBeVisible();
      await table.getByRole('row').getByRole('button', { name: 'Compare wording' }).first().click();
      // The claim's own row (the comparison's row under it has a way to close it too).
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader') })
        .filter({ has: page.getByRole('button', { name: 'Hide comparison' }) });
      const heading = page.getByRole('heading', { name: /^Word by word/ });
      await expect(heading).toBeFocused();
      const r = (await row.boundingBox())!;
      const h = (await heading.boundingBox())!;
      // Right under the claim's row, and on screen.
      expect(h.y).toBeGreaterThanOrEqual(r.y + r.height - 1);
      expect(h.y - (r.y + r.height)).toBeLessThan(40);
      expect(h.y).toBeGreaterThanOrEqual(0);
      expect(h.y + h.height).toBeLessThanOrEqual(900);
      await expect(page.getByText(/The words compared above are the Arabic originals/)).toBeVisible();
    });
    await test.step(READER, async () => {
      await page.getByRole('button', { name: 'Show in the article' }).first().click();
      const dialog = page.getByRole('dialog');
      await expect(
        dialog.getByText(/Riwayat has English renderings only of the passages it quotes/),
      ).toBeVisible();
      await expect(dialog.getByText('Translation:')).toBeVisible();
      // Every other quoted passage in the body carries the legend's blue, not only the legend's sample.
      const colours = await dialog.evaluate((d) =>
        [...d.querySelectorAll('.reader-text span.seg-quoted')].map(
          (s) => getComputedStyle(s).backgroundColor,
        ),
      );
      expect(colours.length).toBeGreaterThan(0);
      expect(new Set(colours)).toEqual(new Set(['rgb(231, 245, 255)']));
    });
  });
});

for (const lang of ['ar', 'en'] as const) {
  test(`(${lang}) on a phone the claims are stacked cards no wider than the screen`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await openApp(page, `lang=${lang}&${JUNE_CALL}`);
    // A phone's claims table waits behind "Compare by claim".
    await page.getByRole('button', { name: lang === 'ar' ? 'قارن حسب الادعاء' : 'Compare by claim' }).tap();
    const table = page.getByRole('table');
    await table.scrollIntoViewIfNeeded();
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(390);
    const cells = await table.evaluate((t) =>
      [...(t.querySelector('tbody tr')?.children ?? [])].map((c) => {
        const b = c.getBoundingClientRect();
        return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
      }),
    );
    expect(cells.length).toBeGreaterThan(2);
    // The claim, then each source's words under it, each as wide as the card.
    for (let i = 1; i < cells.length; i++) {
      expect(cells[i]!.top).toBeGreaterThanOrEqual(cells[i - 1]!.bottom - 1);
      expect(cells[i]!.left).toBeGreaterThanOrEqual(0);
      expect(cells[i]!.right).toBeLessThanOrEqual(390);
    }
    await context.close();
  });
}

const SAVE = '"Save image" is the whole timeline composed for a slide: title, range, every lane, key';
const HANDOUT = 'the handout opens with the timeline picture and keeps to a few pages';

// One opening of the June call for the picture, then the printed handout.
for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) ${SAVE}; ${HANDOUT}`, async ({ page }, info) => {
    // Two checks of one page: the time of as many tests.
    test.setTimeout(60_000);
    await openApp(page, `lang=${lang}&${JUNE_CALL}`);
    await test.step(SAVE, async () => {
      // What the picture holds at the moment it is saved.
      await page.evaluate(() => {
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          const node = document.querySelector<HTMLElement>('.picture-export');
          (window as unknown as { seen: unknown }).seen =
            node === null
              ? null
              : {
                  width: node.getBoundingClientRect().width,
                  overflow: node.scrollWidth - node.clientWidth,
                  text: node.textContent,
                  picture: node.querySelector('svg[role="img"]')?.getAttribute('aria-label'),
                  lanes: [...node.querySelectorAll('svg g > text')].map((t) => t.textContent),
                  events: node.querySelectorAll('svg [data-event]').length,
                };
          click.call(this);
        };
      });
      const liveLanes = await page.locator('.vis-labelset .vis-label').allTextContents();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: lang === 'en' ? 'Save image' : 'احفظ صورة' }).click();
      const file = await download;
      const png = readFileSync((await file.path())!);
      expect(png.readUInt32BE(16)).toBe(1920);
      const seen = (await page.evaluate(() => (window as unknown as { seen: unknown }).seen)) as {
        width: number;
        overflow: number;
        text: string;
        picture: string;
        lanes: string[];
        events: number;
      };
      expect(seen.width).toBe(1920);
      expect(seen.overflow).toBe(0);
      expect(seen.text).toContain(
        lang === 'en' ? 'Calls between the US and Russian defence ministers' : 'اتصالات وزيرَي الدفاع',
      );
      expect(seen.picture).toMatch(
        lang === 'en' ? /^Timeline of the events from .*2024/ : /^الخط الزمني للأحداث: .*٢٠٢٤/,
      );
      for (const lane of liveLanes.map((l) => l.trim()).filter((l) => l !== ''))
        expect(seen.lanes).toContain(lane);
      expect(seen.events).toBeGreaterThan(10);
      // The key: the lanes' colours and what a dashed mark means.
      expect(seen.text).toContain(lang === 'en' ? 'derived date' : 'تاريخ مستنتج');
      // And the composition is gone again.
      await expect(page.locator('.picture-export')).toHaveCount(0);
    });
    await test.step(HANDOUT, async () => {
      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('.handout');
      await expect(handout.getByRole('img', { includeHidden: true }).first()).toBeVisible();
      // The selected event leads (title, date and how it is known, where the accounts part, the words),
      // then the picture of the timeline and the chronology.
      const order = await handout.evaluate((h) => [...h.children].slice(1, 3).map((c) => c.tagName));
      expect(order).toEqual(['ARTICLE', 'FIGURE']);
      const lead = handout.locator('article.handout-lead');
      await expect(lead.locator('h2')).toContainText(
        lang === 'en' ? 'Austin and Belousov' : 'أوستن وبيلوسوف',
      );
      await expect(lead.locator('h2 time')).toHaveText(
        lang === 'en' ? '25 June 2024' : '٢٥ حزيران/يونيو ٢٠٢٤',
      );
      await expect(lead).toContainText(lang === 'en' ? 'Where they diverge' : 'أين تفترق الروايات');
      await expect(lead).toContainText(lang === 'en' ? 'only one source' : 'مصدر واحد فقط');
      await expect(lead.locator('.handout-quote p[lang="ar"]').first()).toBeVisible();
      expect(await handout.textContent()).not.toMatch(/no web address|لا عنوان إلكتروني/);
      // Who said what, each claim with who said it and which sources carry it, as the screen names them;
      // the claims under it are not printed a second time, and the date note names sources as cards do.
      await expect(
        lead.getByText(lang === 'en' ? 'Who said what' : 'من قال ماذا', { exact: true }),
      ).toBeVisible();
      const initiated = lang === 'en' ? 'Austin initiated the conversation' : 'أوستن هو من بادر إلى المحادثة';
      await expect(lead.getByText(initiated, { exact: true })).toHaveCount(1);
      await expect(lead.getByText(initiated, { exact: true }).locator('xpath=ancestor::li[1]')).toContainText(
        lang === 'en'
          ? /according to Patrick Ryder\s*not in unnamed site citing Al Qahera News/
          : /بحسب باتريك رايدر\s*لا يرد في موقع غير مسمّى ينقل عن القاهرة الإخبارية/,
      );
      await expect(lead).not.toContainText(lang === 'en' ? 'breaking-news rewrite' : 'إعادة الصياغة');
      // The selected event's words come before the chronology of the others.
      const before = await handout.evaluate((h) => {
        const quote = h.querySelector('.handout-lead .handout-quote');
        const other = h.querySelector('ol.handout-events > li');
        return quote !== null && other !== null && !!(quote.compareDocumentPosition(other) & 4);
      });
      expect(before).toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(1);
      expect(pages).toBeLessThanOrEqual(lang === 'en' ? 5 : 4);
      await info.attach(`handout-${lang}.pdf`, { body: pdf, contentType: 'application/pdf' });
    });
  });
}

test('the skip link puts focus in the list, and a phone menu closes on Escape', async ({
  browser,
  baseURL,
}) => {
  const desk = await browser.newPage({ baseURL: baseURL! });
  await openApp(desk, 'lang=en');
  await desk.keyboard.press('Tab');
  await desk.keyboard.press('Tab');
  await expect(desk.getByRole('link', { name: 'Skip to the list of events' })).toBeFocused();
  await desk.keyboard.press('Enter');
  await expect(desk.locator('.list-item').first()).toBeFocused();
  await desk.close();
  const context = await browser.newContext({
    baseURL: baseURL!,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await context.newPage();
  await openApp(phone, 'lang=en');
  const menu = phone.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await phone.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await context.close();
});
