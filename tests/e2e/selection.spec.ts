import type { Page } from '@playwright/test';
import {
  detailTitle,
  expect,
  itemPosition,
  listRows,
  openApp,
  query,
  servedEvents,
  test,
  waitReady,
} from './fixtures';

const TIMELINE = { en: 'Timeline of events', ar: 'الخط الزمني للأحداث' } as const;

test('a deep link opens the event, in its language, at its window', async ({ page }) => {
  const events = await servedEvents(page);
  const call = events.find((e) => e.id === 'call-2024-06-25') ?? events[0]!;
  await openApp(page, `lang=en&event=${call.id}&from=2024-05-01&to=2024-08-01`);
  await expect(detailTitle(page)).toHaveText(call.title.en);
  await expect(page.locator(`.vis-item[data-id="${call.id}"]`)).toHaveClass(/vis-selected/);
  const labels = (await page.locator('.vis-time-axis .vis-text:not(.vis-measure)').allTextContents()).join(
    ' ',
  );
  expect(labels).toContain('June');
  expect(labels).not.toContain('2022');
  expect(query(page).get('from')).toBe('2024-05-01');
});

test('switching language keeps the selected event and the visible window, and is remembered', async ({
  page,
}) => {
  const events = await servedEvents(page);
  const call = events.find((e) => e.kind === 'defence-call')!;
  // A window that holds the call's box whole in either direction: the strip never has to move it.
  await openApp(page, `lang=en&event=${call.id}&from=2021-09-01&to=2024-09-01`);
  const enX = await itemPosition(page, call.id);
  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await waitReady(page, 2);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Numbers in a title follow the digit setting (Arabic-Indic by default).
  await expect(detailTitle(page)).toHaveText(
    call.title.ar.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!),
  );
  await expect(page.locator(`.vis-item[data-id="${call.id}"]`)).toHaveClass(/vis-selected/);
  await expect.poll(() => query(page).get('lang')).toBe('ar');
  expect(query(page).get('from')).toBe('2021-09-01');
  expect(query(page).get('to')).toBe('2024-09-01');
  expect(await itemPosition(page, call.id)).toBeCloseTo(1 - enX, 1);
  // Remembered: a plain visit now opens in Arabic.
  await page.goto('./');
  await waitReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('without a URL or saved choice the browser language decides, else Arabic', async ({
  browser,
  baseURL,
}) => {
  for (const [locale, expected] of [
    ['en-US', 'en'],
    ['ar-EG', 'ar'],
    ['fr-FR', 'ar'],
  ] as const) {
    const context = await browser.newContext({ locale, baseURL: baseURL! });
    const page = await context.newPage();
    await openApp(page);
    await expect(page.locator('html'), locale).toHaveAttribute('lang', expected);
    await context.close();
  }
});

/** The selected box's place against the timeline pane's visible area, in CSS pixels. */
async function selectedInPane(page: Page): Promise<string> {
  return page.evaluate(() => {
    const box = document.querySelector('.vis-item.vis-box.vis-selected');
    const pane = document.querySelector('.timeline-pane');
    if (box === null || pane === null) return 'no selected box';
    const b = box.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return b.top >= p.top - 1 && b.bottom <= p.bottom + 1
      ? 'inside'
      : `box ${Math.round(b.top)}–${Math.round(b.bottom)}, pane ${Math.round(p.top)}–${Math.round(p.bottom)}`;
  });
}

// The first view in English, one opening: what it shows, then what selects (the window's moves last).
test('the first view (en): the list in order, a click, the keys, the list as one tab stop, Back and Forward, zoom and pan', async ({
  page,
}) => {
  const events = await servedEvents(page);
  await openApp(page, 'lang=en');
  const [lang, forward, backward] = ['en', 'ArrowRight', 'ArrowLeft'] as const;
  await test.step('the list is in chronological order', async () => {
    const dates = await listRows(page)
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(10);
    const key = (d: string): string => d.padEnd(10, '-');
    expect(dates).toEqual([...dates].sort((a, b) => key(a).localeCompare(key(b))));
  });
  await test.step('clicking an event marks it, opens its panel, announces it and puts it in the URL', async () => {
    const call = events.find((e) => e.kind === 'defence-call' && e.accounts.length >= 2)!;
    await page.locator(`.vis-item[data-id="${call.id}"]`).click();
    await expect(page.locator(`.vis-item[data-id="${call.id}"]`)).toHaveClass(/vis-selected/);
    await expect(detailTitle(page)).toHaveText(call.title.en);
    await expect(page.getByRole('status').filter({ hasText: 'Selected:' })).toContainText(call.title.en);
    expect(query(page).get('event')).toBe(call.id);
    // The list follows the timeline.
    await expect(listRows(page, call.id)).toHaveAttribute('aria-current', 'true');
  });
  await test.step(`keyboard (${lang}): arrows step through events in reading direction, Home and End, Escape clears`, () =>
    arrowKeys(page, lang, forward, backward));
  await test.step('the list is one tab stop: ↓/↑ and Home/End move focus and the selection along its rows, kept in view', async () => {
    const rows = listRows(page);
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(listRows(page, ids[1])).toBeFocused();
    await expect.poll(() => query(page).get('event')).toBe(ids[1]);
    await page.keyboard.press('End');
    const last = listRows(page, ids[ids.length - 1]);
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await page.keyboard.press('ArrowUp');
    await expect(listRows(page, ids[ids.length - 2])).toBeFocused();
    await expect.poll(() => query(page).get('event')).toBe(ids[ids.length - 2]);
    // Tab leaves the list in one step.
    expect(await rows.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length)).toBe(
      1,
    );
  });
  await test.step('Back and Forward restore the selection', async () => {
    const order = await listRows(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-event-id') ?? ''),
    );
    await listRows(page, order[2]).click();
    await listRows(page, order[5]).click();
    await expect.poll(() => query(page).get('event')).toBe(order[5]);
    await page.goBack();
    await expect.poll(() => query(page).get('event')).toBe(order[2]);
    await expect(page.locator(`.vis-item[data-id="${order[2]}"]`)).toHaveClass(/vis-selected/);
    await page.goForward();
    await expect(listRows(page, order[5])).toHaveAttribute('aria-current', 'true');
  });
  await test.step('keyboard zoom and pan change the visible window', async () => {
    const span = (): number => {
      const q = query(page);
      return Date.parse(q.get('to')!) - Date.parse(q.get('from')!);
    };
    const before = span();
    await page.getByRole('region', { name: 'Timeline of events', exact: true }).focus();
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(before * 0.7);
    const from = query(page).get('from');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => query(page).get('from')).not.toBe(from);
    expect(Date.parse(query(page).get('from')!)).toBeGreaterThan(Date.parse(from!));
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(span).toBeGreaterThan(before * 0.7);
  });
});

// The first view in Arabic, one opening: the keys in its reading direction, then the list's choice.
test('the first view (ar): the keys follow reading direction; the list selects on the timeline', async ({
  page,
}) => {
  const events = await servedEvents(page);
  await openApp(page, 'lang=ar');
  const [lang, forward, backward] = ['ar', 'ArrowLeft', 'ArrowRight'] as const;
  await test.step(`keyboard (${lang}): arrows step through events in reading direction, Home and End, Escape clears`, () =>
    arrowKeys(page, lang, forward, backward));
  await test.step('the list selects on the timeline, and moves the timeline to the event', async () => {
    const old = events.find((e) => e.kind === 'history')!;
    await listRows(page, old.id).click();
    await expect(detailTitle(page)).toHaveText(old.title.ar);
    await expect(page.locator(`.vis-item[data-id="${old.id}"]`)).toHaveClass(/vis-selected/);
    // The window moves (with a short animation) until the event is on screen.
    await expect
      .poll(async () => {
        const x = await itemPosition(page, old.id);
        return x > 0 && x < 1;
      })
      .toBe(true);
  });
});

// The June call open, one opening per language (and in English per desk size): a click's focus, the
// filters that hide it, and the steps that keep the selected box in view (which move on, so last).
for (const [lang, forward, backward] of [
  ['en', 'ArrowRight', 'ArrowLeft'],
  ['ar', 'ArrowLeft', 'ArrowRight'],
] as const)
  test(`(${lang}) the June call: a click on the timeline puts focus in it, so the arrows step at once${lang === 'en' ? '; filters that hide it say so; at 1440×900 a keyboard step or a search result scrolls its box into view' : ''}`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&event=call-2024-06-25`);
    await test.step(`(${lang}) a click on the timeline puts focus in it, so the arrows step at once`, async () => {
      await page.locator('.vis-item[data-id="call-2024-06-25"]').click();
      await expect(
        page.getByRole('region', { name: lang === 'en' ? 'Timeline' : 'الخط الزمني' }),
      ).toBeFocused();
      await page.keyboard.press(backward);
      await expect.poll(() => query(page).get('event')).not.toBe('call-2024-06-25');
      await page.keyboard.press(forward);
      await expect.poll(() => query(page).get('event')).toBe('call-2024-06-25');
    });
    if (lang === 'ar') return;
    await test.step('filters that hide the selected event say so, with a way back, and a change of filters is announced', async () => {
      await page.getByText('Filters', { exact: false }).first().click();
      await page.getByRole('checkbox', { name: /US politics/ }).check();
      await expect(page.getByRole('status').filter({ hasText: /Filters: \d+ events shown/ })).toBeVisible();
      const notice = page.getByText('The filters hide this event');
      await expect(notice).toBeVisible();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Clear the filters' }).click();
      await expect(notice).toHaveCount(0);
      await expect(page.locator('.vis-item[data-id="call-2024-06-25"]')).toHaveClass(/vis-selected/);
    });
    await test.step('1440×900: a keyboard step or a search result scrolls its box into view, vertically too', async () => {
      await stepsKeepTheBoxInView(page);
    });
  });

/** Six keyboard steps and a search result each bring the selected box into the pane, vertically too. */
async function stepsKeepTheBoxInView(page: Page): Promise<void> {
  // The strip, if the reader folded it, shown: it follows the steps.
  const strip = page.getByRole('button', { name: 'Timeline strip' });
  if ((await strip.getAttribute('aria-pressed')) === 'false') await strip.click();
  await page.getByRole('region', { name: 'Timeline' }).focus();
  for (let i = 0; i < 6; i++) {
    const before = query(page).get('event');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => query(page).get('event')).not.toBe(before);
    await expect.poll(() => selectedInPane(page), `step ${i + 1}`).toBe('inside');
  }
  await page.getByRole('searchbox').fill('Kherson');
  await page
    .getByRole('region', { name: /matching event/ })
    .locator('[data-event-id]')
    .first()
    .click();
  await expect.poll(() => selectedInPane(page), 'a search result').toBe('inside');
}

test('1280×720: a keyboard step or a search result scrolls its box into view, vertically too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, 'lang=en&event=call-2024-06-25');
  await stepsKeepTheBoxInView(page);
});

/** Keyboard: arrows step through events in reading direction, Home and End, Escape clears. */
async function arrowKeys(page: Page, lang: 'en' | 'ar', forward: string, backward: string): Promise<void> {
  const order = await listRows(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-event-id') ?? ''),
  );
  await page.getByRole('region', { name: TIMELINE[lang], exact: true }).focus();
  await page.keyboard.press('Home');
  await expect.poll(() => query(page).get('event')).toBe(order[0]);
  await page.keyboard.press(forward);
  await expect.poll(() => query(page).get('event')).toBe(order[1]);
  await page.keyboard.press(forward);
  await page.keyboard.press(backward);
  await expect.poll(() => query(page).get('event')).toBe(order[1]);
  await page.keyboard.press('End');
  await expect.poll(() => query(page).get('event')).toBe(order[order.length - 1]);
  await expect(page.locator(`.vis-item[data-id="${order[order.length - 1]}"]`)).toHaveClass(/vis-selected/);
  await page.keyboard.press('Escape');
  await expect.poll(() => query(page).get('event')).toBeNull();
  await expect(page.locator('.vis-item.vis-selected')).toHaveCount(0);
}
