/**
 * The app with 100,000 events loaded: density instead of single events at wide zoom, a click on a
 * bar zooms in, selection and the panels, search, keyboard zoom down to single events, and the
 * language switch all still work.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateDataset } from '../../bench/generate';
import {
  densityKey,
  detailTitle,
  expect,
  listHeading,
  listRows,
  paintedInLane,
  sourcePanel,
  test,
  timelinePane,
} from './fixtures';

const N = 100_000;
const FILE = `scale/${N}.json`;
const data = generateDataset(N);

test.describe.configure({ timeout: 90_000 });

test.beforeAll(() => {
  // Served by the preview server beside the built app; written once, whole, whichever worker is first.
  if (existsSync(`dist/${FILE}`)) return;
  mkdirSync('dist/scale', { recursive: true });
  const tmp = `dist/${FILE}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, `dist/${FILE}`);
});

async function open(page: Page, lang: 'en' | 'ar', extra = ''): Promise<void> {
  await page.goto(`./?lang=${lang}&data=${FILE}${extra}`);
  await page.waitForFunction(() => performance.getEntriesByName('riwayat:ready').length > 0, null, {
    timeout: 60_000,
  });
}

/** A window edge as the app writes it in the URL: a UTC day, or a UTC day and time. */
const edge = (page: Page, name: 'from' | 'to'): number => {
  const s = new URL(page.url()).searchParams.get(name)!;
  return Date.parse(s.length === 10 ? `${s}T00:00Z` : `${s}Z`);
};
const span = (page: Page): number => edge(page, 'to') - edge(page, 'from');

/** Every lane shows its density, not 100,000 items; the list holds every event, drawing only the rows in view. */
async function denseFirstView(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  await expect(page.locator('.timeline-engine')).toHaveClass(/\bdense\b/);
  await expect(densityKey(page)).toBeVisible();
  // Assistive technology is told what the bars mean too (they are pixels on a canvas).
  const help = await timelinePane(page).getAttribute('aria-describedby');
  await expect(page.locator(`[id="${help}"]`)).toContainText(
    lang === 'en' ? 'bars count the events in each period' : 'الأعمدة تعدّ أحداث كل فترة',
  );
  expect(await page.locator('.vis-item').count()).toBe(0);
  for (const kind of new Set(data.events.map((e) => e.kind)))
    expect(await paintedInLane(page, kind), `lane ${kind} is painted`).toBeGreaterThan(500);
  // The list holds every event, drawing only the rows in view.
  await expect(listHeading(page)).toContainText(lang === 'en' ? '100,000' : '١٠٠٬٠٠٠');
  expect(await listRows(page).count()).toBeLessThan(200);
}

// English's first view is a step of the click-and-zoom test below, Arabic's of the search test at the end:
// an opening of 100,000 events each.
test('(en) 100,000 events: every lane shows its density, not 100,000 items; a click on a density bar zooms in on its period; keys zoom on down to single events', async ({
  page,
}) => {
  // Two checks of one page: the time of as many tests.
  test.setTimeout(150_000);
  await open(page, 'en');
  await test.step('every lane shows its density, not 100,000 items', async () => {
    await denseFirstView(page, 'en');
  });

  await test.step('a click on a density bar zooms in on its period; keys zoom on down to single events', async () => {
    const before = span(page);
    const row = timelinePane(page).locator('[data-lane="diplomacy"]');
    const centre = await page.locator('.vis-panel.vis-center').boundingBox();
    const label = await row.boundingBox();
    // The middle of the window, low in the lane: inside a bar (the data covers the whole window).
    await page.mouse.move(centre!.x + centre!.width / 2, label!.y + label!.height - 12);
    await expect(page.locator('.vis-panel.vis-center')).toHaveAttribute(
      'title',
      /\d events · click to zoom in/,
    );
    await page.mouse.click(centre!.x + centre!.width / 2, label!.y + label!.height - 12);
    await expect.poll(() => span(page)).toBeLessThan(before / 5);
    // Zooming in by keyboard, the lanes turn into single events before a day is reached.
    await timelinePane(page).focus();
    for (let i = 0; i < 12 && (await densityKey(page).count()) > 0; i++) await page.keyboard.press('+');
    await expect(densityKey(page)).toHaveCount(0);
    await expect.poll(() => page.locator('.vis-item.vis-box').count()).toBeGreaterThan(0);
    // Every event of the window is drawn, one by one (waited for), and nothing that is not an event.
    const drawn = async (): Promise<Set<string | undefined>> =>
      new Set(await page.locator('.vis-item.vis-box').evaluateAll((els) => els.map((e) => e.dataset.id)));
    const hour = 3_600_000;
    const inWindow = (): typeof data.events =>
      data.events.filter((e) => {
        const mid = Date.parse(`${e.start}T12:00Z`);
        return mid > edge(page, 'from') + hour && mid < edge(page, 'to') - hour;
      });
    expect(inWindow().length).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const ids = await drawn();
        return inWindow()
          .filter((e) => !ids.has(e.id))
          .map((e) => `${e.id} on ${e.start}`);
      })
      .toEqual([]);
    const ids = await drawn();
    const known = new Set(data.events.map((e) => e.id as string));
    for (const id of ids) expect(known.has(id!)).toBe(true);
  });
});

/** Painted pixels of a lane's bars in the left and the right half of the density canvas. */
const paintedHalves = (page: Page, lane: string): Promise<[number, number]> =>
  page.evaluate((lane) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.density-layer')!;
    const row = document.querySelector(`.vis-label [data-lane="${lane}"]`)!.closest('.vis-label')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const top = (row.getBoundingClientRect().top - box.top) * ratio;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(canvas, 0, 0);
    const { data, width } = ctx.getImageData(
      0,
      top,
      canvas.width,
      row.getBoundingClientRect().height * ratio,
    );
    const halves: [number, number] = [0, 0];
    for (let i = 3; i < data.length; i += 4)
      if (data[i]! > 0) halves[((i - 3) / 4) % width < width / 2 ? 0 : 1]++;
    return halves;
  }, lane);

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) the density bars run with the reading: earlier periods ${lang === 'ar' ? 'right' : 'left'}`, async ({
    page,
  }) => {
    // A window whose earlier half holds the data and whose later half is past its last event.
    const starts = data.events.map((e) => Date.parse(`${e.start}T00:00Z`));
    const last = Math.max(...starts);
    const reach = last - Math.min(...starts);
    const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
    await open(page, lang, `&from=${day(last - reach)}&to=${day(last + reach)}`);
    await expect(densityKey(page)).toBeVisible();
    await expect.poll(() => paintedInLane(page, 'diplomacy')).toBeGreaterThan(500);
    const [left, right] = await paintedHalves(page, 'diplomacy');
    // In Arabic time runs right to left: the earlier half, with the bars, is on the right.
    const [earlier, later] = lang === 'ar' ? [right, left] : [left, right];
    expect(earlier).toBeGreaterThan(500);
    expect(later).toBeLessThan(earlier / 20);
    // A click on a bar zooms to its period, which lies in the earlier half.
    const centre = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const label = (await timelinePane(page).locator('[data-lane="diplomacy"]').boundingBox())!;
    const x = centre.x + centre.width * (lang === 'ar' ? 0.75 : 0.25);
    const y = label.y + label.height - 12;
    await page.mouse.move(x, y);
    await expect(page.locator('.vis-panel.vis-center')).toHaveAttribute('title', /\S/);
    await page.mouse.click(x, y);
    await expect.poll(() => edge(page, 'to')).toBeLessThanOrEqual(last + 40 * 86_400_000);
  });

test('(ar) 100,000 events: every lane shows its density, not 100,000 items; (en → ar) search, selection with its quotes, and the language switch', async ({
  page,
}) => {
  // Two checks of one page: the time of as many tests.
  test.setTimeout(150_000);
  await open(page, 'ar');
  await test.step('(ar) every lane shows its density, not 100,000 items', async () => {
    await denseFirstView(page, 'ar');
  });
  await test.step('(en → ar) search, selection with its quotes, and the language switch', () =>
    searchAndSwitch(page));
});

/** From the first view in Arabic: to English, a search, its result's quotes, and back to Arabic. */
async function searchAndSwitch(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Read in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const target = data.events[77_777]!;
  const source = data.sources.find((s) => s.id === target.accounts[0]!.source)!;
  await page.getByRole('searchbox', { name: 'Search' }).fill(target.title.en);
  await expect(listHeading(page)).toHaveText('1 matching event');
  await listRows(page, target.id).click();
  await expect(detailTitle(page)).toHaveText(target.title.en);
  // The selected event stands on its own among the density bars.
  await expect(page.locator(`.vis-item[data-id="${target.id}"]`)).toBeVisible();
  const quote = sourcePanel(page, source.id).getByRole('figure').first();
  const start = Number(await quote.getAttribute('data-start'));
  const end = Number(await quote.getAttribute('data-end'));
  await expect(quote.locator('blockquote')).toHaveText(source.text.slice(start, end));
  expect(new URL(page.url()).searchParams.get('event')).toBe(target.id);

  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Numbers in a title follow the digit setting (Arabic-Indic by default).
  await expect(detailTitle(page)).toHaveText(
    target.title.ar.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!),
  );
  await expect(page.locator(`.vis-item[data-id="${target.id}"]`)).toBeVisible();
  expect(await paintedInLane(page, target.kind)).toBeGreaterThan(500);
  expect(new URL(page.url()).searchParams.get('event')).toBe(target.id);
}
