import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, query, seriousViolations, servedEvents, test, waitReady } from './fixtures';

const order = async (page: Page): Promise<string[]> => {
  const data = (await (await page.request.get('./dataset.json')).json()) as {
    events: { id: string; start: string; end?: string }[];
  };
  const key = (d: string) => d.padEnd(10, '-');
  // Chronological order as an analyst reads it: start, then end, then id.
  return [...data.events]
    .sort(
      (a, b) =>
        key(a.start).localeCompare(key(b.start)) ||
        (a.end ?? a.start).localeCompare(b.end ?? b.start) ||
        a.id.localeCompare(b.id),
    )
    .map((e) => e.id);
};

const PROJECTOR = { width: 1920, height: 1080 };
const NAMES = {
  en: {
    next: 'Next',
    previous: 'Previous',
    overview: 'Overview',
    slides: 'Slides',
    strip: 'Timeline of events',
  },
  ar: {
    next: 'التالي',
    previous: 'السابق',
    overview: 'نظرة عامة',
    slides: 'الشرائح',
    strip: 'الخط الزمني للأحداث',
  },
} as const;

/** The slide's step counter, e.g. "Step 3 of 12: …", read as numbers. */
const stepOf = async (page: Page): Promise<[number, number]> => {
  const text = await page
    .getByRole('navigation', { name: /Slides|الشرائح/ })
    .locator('p')
    .textContent();
  const digits = (text ?? '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
  const [step, total] = (digits.match(/\d+/g) ?? []).map(Number);
  return [step ?? 0, total ?? 0];
};

/** Whether the presented event's box lies inside the strip's visible area, below its axis. */
const boxInStrip = (page: Page, strip: string) =>
  page.evaluate((name) => {
    const pane = document.querySelector(`[aria-label="${name}"]`);
    const box = pane?.querySelector('.vis-item.vis-box.vis-selected');
    const axis = pane?.querySelector('.vis-panel.vis-top');
    if (pane == null || box == null || axis == null) return 'missing';
    const p = pane.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const a = axis.getBoundingClientRect();
    const inside =
      b.top >= a.bottom - 1 && b.bottom <= p.bottom + 1 && b.left >= p.left - 1 && b.right <= p.right + 1;
    return inside ? 'inside' : `box ${JSON.stringify(b)} strip ${JSON.stringify(p)} axis bottom ${a.bottom}`;
  }, strip);

/** Every Arabic quote on screen that is wholly visible above the slide's controls, with its type size. */
const quotesOnScreen = (page: Page) =>
  page.evaluate(() => {
    const nav = document.querySelector('nav.present-nav')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('blockquote[lang="ar"]')].map((q) => {
      const r = q.getBoundingClientRect();
      const whole = r.top >= 0 && r.left >= 0 && r.right <= innerWidth && r.bottom <= nav.top + 1;
      const translation = q.parentElement?.querySelector<HTMLElement>('[lang="en"]');
      const t = translation?.getBoundingClientRect();
      return {
        text: q.textContent ?? '',
        whole: whole && (t === undefined || (t.top >= 0 && t.bottom <= nav.top + 1 && t.right <= innerWidth)),
        px: Number.parseFloat(getComputedStyle(q).fontSize),
        translationPx: translation == null ? null : Number.parseFloat(getComputedStyle(translation).fontSize),
        translationStyle: translation == null ? null : getComputedStyle(translation).fontStyle,
        // The mark that says the English is the product's rendering, not the source's words.
        mark: translation?.firstElementChild?.textContent ?? null,
        dir: q.dir,
      };
    });
  });

for (const lang of ['en', 'ar'] as const) {
  const n = NAMES[lang];

  test(`(${lang}) at 1080p every quote of the June 2024 call is wholly on screen at some step, in large type, with the event in the strip`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PROJECTOR);
    const call = (await servedEvents(page)).find((e) => e.id === 'call-2024-06-25') as unknown as {
      accounts: { quotes: { text: string }[] }[];
    };
    const expected = call.accounts.flatMap((a) => a.quotes.map((q) => q.text));
    expect(expected.length).toBe(21);
    await openApp(page, `lang=${lang}&present=1&event=call-2024-06-25`);
    const title = page.getByRole('heading', { level: 2 });
    await expect(title).toHaveText(lang === 'en' ? 'Austin and Belousov speak by phone' : /أوستن وبيلوسوف/);
    expect(
      await title.evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize)),
    ).toBeGreaterThanOrEqual(44);
    const seen = new Set<string>();
    const [, total] = await stepOf(page);
    expect(total).toBeGreaterThan(3);
    for (let step = 1; step <= total; step++) {
      await expect.poll(async () => (await stepOf(page))[0]).toBe(step);
      await expect.poll(() => boxInStrip(page, n.strip)).toBe('inside');
      for (const q of await quotesOnScreen(page)) {
        expect(q.px, 'quotes in at least 28 px type').toBeGreaterThanOrEqual(28);
        expect(q.dir).toBe('rtl');
        if (lang === 'en') {
          // The translation is as legible as the original: same size, upright.
          expect(q.translationPx).toBeGreaterThanOrEqual(28);
          expect(q.translationStyle).toBe('normal');
          expect(q.mark).toBe('Translation');
        } else expect(q.translationPx).toBeNull();
        if (q.whole) seen.add(q.text);
      }
      if (step < total) await page.keyboard.press('PageDown');
    }
    expect(expected.filter((q) => !seen.has(q))).toEqual([]);
    // Nothing on the slide is a scroll box.
    const scrollers = await page.evaluate(
      () =>
        [...document.querySelectorAll('.present-slide *')].filter((e) => {
          const s = getComputedStyle(e);
          return /(auto|scroll)/.test(s.overflowY + s.overflowX) && e.scrollHeight > e.clientHeight;
        }).length,
    );
    expect(scrollers).toBe(0);
  });

  test(`(${lang}) a full PageDown walk keeps the presented event in the strip and every step within the slide`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(PROJECTOR);
    await openApp(page, `lang=${lang}&present=1`);
    // The walk starts at the main story, not at the 1962 reference point.
    await expect.poll(() => query(page).get('event')).toBe('relations-low-before-war');
    await expect(page.getByRole('button', { name: n.previous })).toBeDisabled();
    const visited: string[] = [];
    for (let i = 0; i < 400; i++) {
      const id = query(page).get('event')!;
      if (visited[visited.length - 1] !== id) visited.push(id);
      await expect.poll(() => boxInStrip(page, n.strip), { message: `${id} step ${i}` }).toBe('inside');
      const overflow = await page.evaluate(() => {
        const body = document.querySelector('.present-body')!;
        const nav = document.querySelector('nav.present-nav')!.getBoundingClientRect();
        const bottom = Math.max(
          0,
          ...[...body.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom),
        );
        return bottom - nav.top;
      });
      expect(overflow, `${id}: the step fits above the controls`).toBeLessThanOrEqual(1);
      if (await page.getByRole('button', { name: n.next }).isDisabled()) break;
      const before = page.url();
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.url()).not.toBe(before);
    }
    expect(visited[0]).toBe('relations-low-before-war');
    expect(visited[visited.length - 1]).toBe('call-2024-06-25');
    expect(visited).not.toContain('cuban-missile-crisis-1962');
    expect(visited.length).toBeGreaterThan(20);
  });

  test(`(${lang}) no serious or critical accessibility violation in presentation`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ bypassCSP: true, baseURL: baseURL!, viewport: PROJECTOR });
    const page = await context.newPage();
    await openApp(page, `lang=${lang}&present=1&event=call-2024-06-25`);
    const check = (): Promise<string[]> => seriousViolations(page);
    expect(await check()).toEqual([]);
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    expect(await check()).toEqual([]);
    await page.keyboard.press('End'); // the last slide: where the accounts part ways
    await expect(
      page.getByRole('heading', {
        name: lang === 'en' ? 'Where the accounts part ways' : 'أين تفترق الروايات',
      }),
    ).toBeVisible();
    expect(await check()).toEqual([]);
    await page.keyboard.press('o');
    await expect(
      page.getByRole('heading', { name: lang === 'en' ? 'The story in order' : 'القصة بالترتيب' }),
    ).toBeVisible();
    expect(await check()).toEqual([]);
    await context.close();
  });

  test(`(${lang}) on a phone the presentation fits the width and the counter reads on one line`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `lang=${lang}&present=1&event=call-2024-06-25`);
    for (let i = 0; i < 4; i++) {
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
      const counter = page.getByText(lang === 'en' ? /^\d+ \/ \d+$/ : /^[٠-٩]+ \/ [٠-٩]+$/);
      const lines = await counter.evaluate(
        (e) => e.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(e).lineHeight),
      );
      expect(lines).toBeLessThan(1.6);
      await page.getByRole('button', { name: n.next }).click();
    }
    await expect.poll(() => query(page).get('step')).toBe('5');
  });
}

for (const [lang, forward, backward] of [
  ['en', 'ArrowRight', 'ArrowLeft'],
  ['ar', 'ArrowLeft', 'ArrowRight'],
] as const) {
  test(`(${lang}) clicker keys step through an event's slides, then on to the next event; arrows follow reading direction`, async ({
    page,
  }) => {
    const ids = await order(page);
    const start = ids.indexOf('call-2022-10-21');
    await openApp(page, `lang=${lang}&present=1&event=${ids[start]}`);
    await expect(page.getByRole('button', { name: NAMES[lang].next })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    const at = () => query(page).get('event');
    const [, total] = await stepOf(page);
    expect(total).toBeGreaterThan(2);
    // PageDown walks the slides of this event (the step joins the URL), then reaches the next event.
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('step')).toBe('2');
    for (let i = 2; i < total; i++) await page.keyboard.press('PageDown');
    await expect.poll(async () => (await stepOf(page))[0]).toBe(total);
    expect(at()).toBe(ids[start]);
    await page.keyboard.press('PageDown');
    await expect.poll(at).toBe(ids[start + 1]);
    expect(query(page).get('step')).toBeNull();
    // PageUp goes back to the previous event's last slide.
    await page.keyboard.press('PageUp');
    await expect.poll(at).toBe(ids[start]);
    await expect.poll(async () => (await stepOf(page))[0]).toBe(total);
    // Back in history returns to the previous event, Forward comes back.
    await page.keyboard.press(`Shift+${forward}`);
    await expect.poll(at).toBe(ids[start + 1]);
    await page.goBack();
    await expect.poll(at).toBe(ids[start]);
    await page.goForward();
    await expect.poll(at).toBe(ids[start + 1]);
    await page.keyboard.press(backward);
    await expect.poll(at).toBe(ids[start]);
    await page.keyboard.press(forward);
    await expect.poll(at).toBe(ids[start + 1]);
    await page.keyboard.press('Shift+Space');
    await expect.poll(at).toBe(ids[start]);
    await page.keyboard.press('End');
    await expect.poll(at).toBe('call-2024-06-25');
    await page.keyboard.press('Home');
    await expect.poll(at).toBe('relations-low-before-war');
    await expect(page.locator('.vis-item[data-id="relations-low-before-war"]')).toHaveClass(/vis-selected/);
    expect(query(page).get('present')).toBe('1');
  });
}

test('on-screen buttons step, the overview lists the walk and jumps, Escape closes it and then leaves', async ({
  page,
}) => {
  await openApp(page, 'lang=en&present=1&event=call-2023-03-15');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => query(page).get('step')).toBe('2');
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect.poll(() => query(page).get('step')).toBeNull();
  await page.keyboard.press('o');
  const list = page
    .getByRole('list')
    .filter({ has: page.getByRole('button', { name: /Austin and Belousov/ }) });
  await expect(list.getByRole('listitem')).toHaveCount(29);
  await expect(list.locator('[aria-current="step"]')).toContainText('15 March 2023');
  await expect(list.getByRole('button', { name: /15 March 2023/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'The story in order' })).toHaveCount(0);
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  await page.getByRole('button', { name: 'Overview' }).click();
  await list.getByRole('button', { name: /Austin and Belousov/ }).click();
  await expect.poll(() => query(page).get('event')).toBe('call-2024-06-25');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Austin and Belousov speak by phone');
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/presenting/);
  await expect.poll(() => query(page).get('present')).toBeNull();
});

test('the closing step names the claims only one source carries', async ({ page }) => {
  await openApp(page, 'lang=en&present=1&event=call-2024-06-25');
  await page.keyboard.press('End');
  const diverge = page
    .getByRole('region', { name: /Where the accounts part ways/ })
    .or(
      page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: /Where the accounts part ways/ }) }),
    );
  await expect(diverge.first()).toBeVisible();
  await expect(diverge.first().getByText('Only in').first()).toBeVisible();
});

test('stepping follows the filter, and switching language keeps the current event', async ({ page }) => {
  await openApp(page, 'lang=en&present=1&kinds=defence-call&event=call-2022-05-13');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => query(page).get('event')).toBe('chiefs-call-2022-05-19');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-21');
  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await waitReady(page, 2);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-21');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-23');
});

test('the button enters presentation mode at the main story and leaves it', async ({ page }) => {
  await openApp(page, 'lang=en');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.app')).toHaveClass(/presenting/);
  await expect.poll(() => query(page).get('present')).toBe('1');
  await expect.poll(() => query(page).get('event')).toBe('relations-low-before-war');
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page.locator('.app')).not.toHaveClass(/presenting/);
  await openApp(page, 'lang=en&event=call-2024-06-25');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Austin and Belousov speak by phone');
});

test('"Copy link" copies the URL of the exact view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await openApp(page, 'lang=ar&event=call-2024-06-25&from=2024-01-01&to=2024-12-31');
  await page.getByRole('button', { name: 'انسخ الرابط' }).click();
  await expect(page.getByText('نُسخ الرابط')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('event')).toBe('call-2024-06-25');
  expect(new URL(copied).searchParams.get('from')).toBe('2024-01-01');
});

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) print media lays out a handout of the events in view`, async ({ page }, info) => {
    await openApp(page, `lang=${lang}&from=2024-05-01&to=2024-07-15`);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    await expect(handout).toBeVisible();
    await expect(page.locator('.timeline-pane')).toBeHidden();
    const titles = await handout.locator('.handout-event h2').allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    expect(titles.join(' ')).toContain(lang === 'en' ? 'Belousov' : 'بيلوسوف');
    expect(titles.join(' ')).not.toContain(lang === 'en' ? 'Cuban' : 'الكوبية');
    await expect(handout.locator('.handout-quote p[lang="ar"]').first()).toBeVisible();
    await expect(handout.locator('.handout-translation')).toHaveCount(
      lang === 'en' ? await handout.locator('.handout-quote').count() : 0,
    );
    await expect(handout.locator('.handout-sources li').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await info.attach(`handout-${lang}.pdf`, { body: pdf, contentType: 'application/pdf' });
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) "Save image" exports the timeline as a projector-width PNG`, async ({ page }) => {
    await openApp(page, `lang=${lang}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: lang === 'en' ? 'Save image' : 'احفظ صورة' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^riwayat-${lang}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    const png = readFileSync((await file.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });
}
