/**
 * The timeline stops at its data (S3-6): zooming out and dragging cannot leave the span of the events
 * (with a margin of at most three months), at a desk and on a phone, in both languages.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, query, servedEvents, test, timelinePane } from './fixtures';

const DAY = 86_400_000;
/**
 * The margin allowed past the first and last events: `panBounds` gives three months at most, or the
 * first view's own margin around the main story where that is wider (five months past the last call here;
 * on a phone, whose box is half its axis wide, a quarter of the view is left beside the first and last
 * calls so that their boxes are whole: some twelve months, S3-11).
 */
const margin = (width: number): number => (width < 900 ? 400 : 183) * DAY;

/** The first and last instants the dataset's events cover. */
async function dataSpan(page: Page): Promise<{ first: number; last: number }> {
  const events = await servedEvents(page);
  const at = (d: string, end: boolean): number => {
    const [y = 0, m, day] = d.split('-').map(Number);
    if (!end) return Date.UTC(y, (m ?? 1) - 1, day ?? 1);
    return m === undefined
      ? Date.UTC(y + 1, 0, 1)
      : day === undefined
        ? Date.UTC(y, m, 1)
        : Date.UTC(y, m - 1, day + 1);
  };
  return {
    first: Math.min(...events.map((e) => at(e.start, false))),
    last: Math.max(...events.map((e) => at(e.end ?? e.start, true))),
  };
}

/** The window the address reports. */
const shown = (page: Page): { from: number; to: number } => ({
  from: Date.parse(query(page).get('from') ?? ''),
  to: Date.parse(query(page).get('to') ?? ''),
});

/** Drags the timeline's centre panel sideways by `dx` pixels, `times` times. */
async function drag(page: Page, dx: number, times: number): Promise<void> {
  const panel = await page.locator('.vis-panel.vis-center').boundingBox();
  if (panel === null) throw new Error('no timeline panel');
  const y = panel.y + Math.min(40, panel.height / 2);
  for (let i = 0; i < times; i++) {
    const x = dx < 0 ? panel.x + panel.width - 20 : panel.x + 20;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y, { steps: 4 });
    await page.mouse.move(x + dx, y, { steps: 4 });
    await page.mouse.up();
  }
}

const EDGES = "zooming out and dragging stop at the data's edges (S3-6)";

/** From a window as wide as the first view: four steps out, then drags both ways far past the data. */
async function stopsAtEdges(page: Page, lang: 'en' | 'ar', w: number): Promise<void> {
  const { first, last } = await dataSpan(page);
  const MARGIN = margin(w);
  const pane = page.getByRole('region', { name: lang === 'en' ? /timeline/i : /الخط الزمني/ }).first();
  await pane.focus();
  // Four steps out: sixteen times the first view, half the data's span or more, less than the bounds.
  // Each step waits for the one before it to reach the address (as a reader sees each one).
  for (let i = 0; i < 4; i++) {
    const before = shown(page).to - shown(page).from;
    await page.keyboard.press('-');
    await expect.poll(() => shown(page).to - shown(page).from).toBeGreaterThan(before);
  }
  await expect.poll(() => shown(page).to - shown(page).from).toBeGreaterThan((last - first) / 2);
  // Drag towards the future, then towards the past, far more than the data's width.
  const span = await page.locator('.vis-panel.vis-center').boundingBox();
  const forward = lang === 'ar' ? 1 : -1;
  await drag(page, forward * (span?.width ?? 300) * 0.8, 6);
  await expect.poll(() => shown(page).to, { timeout: 5000 }).toBeGreaterThan(last - 200 * DAY);
  expect(shown(page).to).toBeLessThanOrEqual(last + MARGIN);
  await drag(page, -forward * (span?.width ?? 300) * 0.8, 6);
  await expect.poll(() => shown(page).from, { timeout: 5000 }).toBeLessThan(first + 200 * DAY);
  expect(shown(page).from).toBeGreaterThanOrEqual(first - MARGIN);
  expect(shown(page).to).toBeLessThanOrEqual(last + MARGIN);
}

// At a desk the edges are the last step of the first view's test below, on the same page.
for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 390×844) ${EDGES}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `lang=${lang}`);
    await stopsAtEdges(page, lang, 390);
  });

/**
 * Quick presses of + or −: each steps from the window the one before it asked for, not from where that
 * one's move had got to, on the first view and in the reading strip (whose box kept whole at its side
 * once stopped a move half-way).
 */
async function quickPresses(page: Page, lang: 'en' | 'ar', first: boolean): Promise<void> {
  const pane = page.getByRole('region', { name: lang === 'en' ? /timeline/i : /الخط الزمني/ }).first();
  await pane.focus();
  const width = (): number => shown(page).to - shown(page).from;
  const start = width();
  // On the first view four doublings would pass the data's reach: it zooms in first, then out again.
  const [key, factor] = first ? ['+', 1 / 16] : ['-', 16];
  for (let i = 0; i < 4; i++) await page.keyboard.press(key);
  // The address has the last press's window at once; a move stopped half-way is reported later.
  expect(await settled(width)).toBeGreaterThan(start * factor * 0.99);
  expect(width()).toBeLessThan(start * factor * 1.01);
  if (!first) return;
  const zoomed = width();
  for (let i = 0; i < 4; i++) await page.keyboard.press('-');
  expect(await settled(width)).toBeGreaterThan(zoomed * 16 * 0.99);
  expect(width()).toBeLessThan(zoomed * 16 * 1.01);
}

const QUICK = 'four quick presses of − or + zoom four whole steps';

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 1440×900, an event open) ${QUICK}`, async ({ page }) => {
    await openApp(page, `lang=${lang}&event=call-2023-03-15`);
    await quickPresses(page, lang, false);
  });

/** A value once it has stayed the same for longer than a move of the window and its late report. */
async function settled(read: () => number): Promise<number> {
  let last = NaN;
  await expect
    .poll(
      () => {
        const now = read();
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [700] },
    )
    .toBe(true);
  return last;
}

/** The rects of the event boxes drawn on screen: their parts inside the timeline's scrolling pane. */
const boxRects = (page: Page) =>
  page.locator('.vis-item.vis-box, .vis-item.vis-range').evaluateAll((els) => {
    const p = document.querySelector('.timeline-pane')!.getBoundingClientRect();
    return els
      .map((e) => e.getBoundingClientRect())
      .map((r) => ({
        left: Math.max(r.left, p.left),
        right: Math.min(r.right, p.right),
        top: Math.max(r.top, p.top),
        bottom: Math.min(r.bottom, p.bottom),
      }))
      .filter((r) => r.right > r.left && r.bottom > r.top);
  });

// One opening of the first view at a desk per language: the cue, the quick presses (which end as wide as
// the first view), then the edges. The cue at a desk only: a phone's timeline holds every lane in the
// page, with no lanes below to point to.
for (const [w, h] of [[1440, 900]] as const)
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}, ${w}×${h}) the "more lanes below" cue covers no event box (S3-7); ${QUICK}; ${EDGES}`, async ({
      page,
    }) => {
      // Three checks of one page: the time of as many tests.
      test.setTimeout(90_000);
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}`);
      await test.step('the "more lanes below" cue covers no event box (S3-7)', async () => {
        const cue = page.getByRole('button', { name: lang === 'en' ? /more lanes? below/ : /في الأسفل/ });
        await cue.scrollIntoViewIfNeeded();
        await expect(cue).toBeVisible();
        const c = await cue.boundingBox();
        const boxes = await boxRects(page);
        expect(boxes.length).toBeGreaterThan(0);
        const over = boxes.filter(
          (b) => b.left < c!.x + c!.width && b.right > c!.x && b.top < c!.y + c!.height && b.bottom > c!.y,
        );
        expect(over).toEqual([]);
        // Nor any lane's name (on a phone the corner above the names is too small for its words).
        const names = await timelinePane(page)
          .locator('[data-lane]')
          .evaluateAll((els) => {
            const p = document.querySelector('.timeline-pane')!.getBoundingClientRect();
            return els
              .map((e) => e.getBoundingClientRect())
              .filter((r) => r.width > 0 && r.bottom > p.top && r.top < p.bottom);
          });
        expect(names.length).toBeGreaterThan(0);
        const named = names.filter(
          (b) => b.left < c!.x + c!.width && b.right > c!.x && b.top < c!.y + c!.height && b.bottom > c!.y,
        );
        expect(named).toEqual([]);
        // It still says how many lanes are hidden and takes the reader to them.
        const pane = timelinePane(page);
        await cue.click();
        await expect.poll(() => pane.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
      });
      await test.step(QUICK, () => quickPresses(page, lang, true));
      await test.step(EDGES, async () => {
        // The cue scrolled the lanes: back to the top, where the drags begin.
        await timelinePane(page).evaluate((e) => {
          e.scrollTop = 0;
        });
        await stopsAtEdges(page, lang, w);
      });
    });

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 390×844) no date on the axis is cut by the panel's side ("2021" shown as "21", S3 #12); ${QUICK}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `lang=${lang}`);
    // The axis labels shown whose words reach past the axis's sides (the words, not the label: the
    // engine gives a minor label its whole cell's width, and a cell may run past the window while its
    // name, at its start, is whole).
    const cut = (): Promise<string[]> =>
      page.evaluate(() => {
        const axis = document.querySelector('.vis-panel.vis-top')!.getBoundingClientRect();
        const words = document.createRange();
        return [...document.querySelectorAll<HTMLElement>('.vis-panel.vis-top .vis-text')]
          .filter((l) => getComputedStyle(l).visibility !== 'hidden')
          .filter((l) => {
            words.selectNodeContents(l);
            const r = words.getBoundingClientRect();
            return r.width > 0 && (r.left < axis.left - 0.5 || r.right > axis.right + 0.5);
          })
          .map((l) => l.textContent ?? '');
      });
    await test.step("no date on the axis is cut by the panel's side (S3 #12)", async () => {
      await expect.poll(cut).toEqual([]);
    });
    // The same opening for the quick presses (they end where they began, as wide as the first view).
    await test.step(QUICK, () => quickPresses(page, lang, true));
    await test.step("nor after a step out, where a year's tick falls just outside the window (S3 #12)", async () => {
      // On a touch screen's page the moves through time are behind one button.
      await page.getByRole('button', { name: lang === 'en' ? 'Zoom and move' : 'التكبير والتحريك' }).click();
      await page
        .getByRole('button', { name: lang === 'en' ? 'Zoom out' : /تصغير/ })
        .first()
        .click();
      await expect.poll(cut).toEqual([]);
    });
  });
