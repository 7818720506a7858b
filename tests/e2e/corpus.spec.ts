/**
 * A static corpus of 100,000 events (built by tests/e2e/corpus-build.ts, served beside the app), in
 * both languages: the first view draws density from the manifest and a density level alone; zooming
 * in fetches the window's skeleton and draws single events; a selected event's quotes are exact
 * slices of their article; search finds an event by a title word and by a quote word, however its
 * Arabic is spelled; the language switch keeps the window and the selection; a corrupted block is an
 * alert naming it, and the rest of the corpus still opens.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BAD_CORPUS, BAD_NOTE, CORPUS, PROBE } from './corpus-fixture';
import {
  densityKey,
  detailTitle,
  expect,
  listHeading,
  listRows,
  paintedInLane,
  sourcePanel,
  storyPane,
  test,
  timelinePane,
} from './fixtures';

test.describe.configure({ timeout: 90_000 });

async function open(page: Page, lang: 'en' | 'ar', extra = '', corpus = CORPUS): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes(`/${corpus}`)) requested.push(path.split(`/${corpus}`)[1] ?? '');
  });
  await page.goto(`./?lang=${lang}&data=${corpus}${extra}`);
  await page.waitForFunction(() => performance.getEntriesByName('riwayat:ready').length > 0, null, {
    timeout: 60_000,
  });
  return requested;
}

const LANES = ['defence-call', 'diplomacy', 'statement', 'military', 'us-politics', 'history'];
const DAY = 86_400_000;
const probeDay = Date.parse(`${PROBE.start}T12:00Z`);
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The probe's quote on screen, checked against its source's article. */
async function expectProbeQuote(page: Page): Promise<void> {
  const quote = sourcePanel(page, PROBE.source).getByRole('figure').first();
  await expect(quote.locator('blockquote')).toHaveText(PROBE.quote, { timeout: 20_000 });
  const article = `مصدر الاختبار: تقرير\n${PROBE.quote}\n`;
  const start = Number(await quote.getAttribute('data-start'));
  const end = Number(await quote.getAttribute('data-end'));
  expect(article.slice(start, end)).toBe(PROBE.quote);
}

/** The window as the address says it. */
const windowOf = (page: Page): string => {
  const q = new URL(page.url()).searchParams;
  return `${q.get('from')}/${q.get('to')}`;
};

const FIRST = 'a corpus opens on density from its manifest and one level, no details fetched';
const SEARCH = {
  en: 'search finds an event by a title word and by a quote word; picking a result selects it',
  ar: 'search by an Arabic title word spelt another way, and by a quote word with hamza forms',
} as const;

/** The first view: density from the manifest and one level, nothing else fetched. */
async function densityFirst(page: Page, lang: 'en' | 'ar', requested: readonly string[]): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  await expect(page.locator('.timeline-engine')).toHaveClass(/\bdense\b/);
  await expect(densityKey(page)).toBeVisible();
  expect(await page.locator('.vis-item').count()).toBe(0);
  // Painted once the first level is drawn (a frame or two after the key shows under load).
  for (const lane of LANES)
    await expect.poll(() => paintedInLane(page, lane), { message: `lane ${lane}` }).toBeGreaterThan(500);
  expect(requested[0]).toBe('manifest.json');
  expect(
    requested.every((p) => p === 'manifest.json' || /^density-(day|month|year)-\d+\.json$/.test(p)),
  ).toBe(true);
}

/** What a search finds in the corpus, in the page's language, and the result it picks. */
const searches: Record<'en' | 'ar', (page: Page) => Promise<void>> = {
  en: async (page) => {
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('juniper');
    await expect(listHeading(page)).toHaveText('1 matching event', { timeout: 20_000 });
    await expect(listRows(page, PROBE.id).locator('mark')).toHaveText('Juniper');
    // A word of the quote only, written without its hamza: the quote has الإعمار.
    await search.fill('الاعمار');
    await expect(listRows(page, PROBE.id)).toBeVisible({
      timeout: 20_000,
    });
    await expect(listRows(page, PROBE.id).locator('bdi').first()).toContainText('الإعمار');
    await listRows(page, PROBE.id).click();
    await expect(detailTitle(page)).toHaveText(PROBE.title.en);
    await expectProbeQuote(page);
  },
  ar: async (page) => {
    const search = page.getByRole('searchbox');
    // The title has الأرز; أرز, ارز and إرز all fold to the same word.
    await search.first().fill('ارز');
    await expect(listRows(page, PROBE.id)).toBeVisible({
      timeout: 20_000,
    });
    await expect(listRows(page, PROBE.id).locator('mark').first()).toHaveText('أرز');
    // The quote has الأقاليم; searched with a bare alef.
    await search.first().fill('الاقاليم');
    await expect(listRows(page, PROBE.id)).toBeVisible({
      timeout: 20_000,
    });
    await listRows(page, PROBE.id).click();
    await expect(detailTitle(page)).toHaveText(PROBE.title.ar, { timeout: 15_000 });
    await expectProbeQuote(page);
  },
};

for (const lang of ['en', 'ar'] as const) {
  // One opening of the corpus's first view for it and a search from it.
  test(`(${lang}) ${FIRST}; ${SEARCH[lang]}`, async ({ page }) => {
    // Two checks of one page: the time of as many tests.
    test.setTimeout(150_000);
    const requested = await open(page, lang);
    await test.step(FIRST, () => densityFirst(page, lang, requested));
    await test.step(SEARCH[lang], () => searches[lang](page));
  });

  test(`(${lang}) zoom in to single events, select one, its quotes are shown`, async ({ page }) => {
    // Two months around the planted event: still too many events to show one by one.
    await open(page, lang, `&from=${iso(probeDay - 30 * DAY)}&to=${iso(probeDay + 30 * DAY)}`);
    await expect(densityKey(page)).toBeVisible();
    await timelinePane(page).focus();
    for (let i = 0; i < 8 && (await densityKey(page).count()) > 0; i++) {
      // Each step is taken once the one before has reached the address.
      const was = windowOf(page);
      await page.keyboard.press('+');
      await expect.poll(() => windowOf(page)).not.toBe(was);
    }
    await expect(densityKey(page)).toHaveCount(0);
    await expect(page.locator('.timeline-engine')).not.toHaveClass(/\bdense\b/);
    const box = page.locator(`.vis-item.vis-box[data-id="${PROBE.id}"]`);
    await expect(box).toBeVisible({ timeout: 20_000 });
    expect(await page.locator('.vis-item.vis-box').count()).toBeGreaterThan(5);
    await box.click();
    await expect(detailTitle(page)).toHaveText(PROBE.title[lang], { timeout: 15_000 });
    await expectProbeQuote(page);
    expect(new URL(page.url()).searchParams.get('event')).toBe(PROBE.id);
  });
}

test('(en) an address asking for the workbench over a corpus opens the corpus, not a workbench of placeholders', async ({
  page,
}) => {
  await open(page, 'en', '&author=1');
  await expect(timelinePane(page)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Authoring workbench')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('author')).toBeNull();
});

test('(en) an address asking to present a corpus opens the corpus, not a presentation of its placeholders', async ({
  page,
}) => {
  await open(page, 'en', '&present=1');
  await expect(timelinePane(page)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('(en → ar) a link to an event opens on it; the language switch keeps the window and the selection', async ({
  page,
}) => {
  await open(page, 'en', `&event=${PROBE.id}`);
  await expect(detailTitle(page)).toHaveText(PROBE.title.en);
  await expectProbeQuote(page);
  await expect(page.locator(`.vis-item.vis-box[data-id="${PROBE.id}"]`)).toBeVisible();
  const before = new URL(page.url()).searchParams;
  const from = Date.parse(before.get('from')!);
  const to = Date.parse(before.get('to')!);
  expect(from).toBeLessThan(probeDay);
  expect(to).toBeGreaterThan(probeDay);
  await page.getByRole('button', { name: 'اقرأ بالعربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(detailTitle(page)).toHaveText(PROBE.title.ar, { timeout: 15_000 });
  await expectProbeQuote(page);
  await expect(page.locator(`.vis-item.vis-box[data-id="${PROBE.id}"]`)).toBeVisible();
  const after = new URL(page.url()).searchParams;
  expect(after.get('event')).toBe(PROBE.id);
  expect(after.get('from')).toBe(before.get('from'));
  expect(after.get('to')).toBe(before.get('to'));
});

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) a corrupted block is an alert naming it; another event still opens`, async ({ page }) => {
    const bad = JSON.parse(readFileSync(BAD_NOTE, 'utf8')) as { file: string; event: string };
    await open(page, lang, `&event=${bad.event}`, BAD_CORPUS);
    const alert = page.getByRole('alert').filter({ hasText: bad.file });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText(bad.file);
    await expect(alert).toContainText(
      lang === 'en' ? 'the block does not match its checksum' : 'الكتلة لا تطابق بصمتها',
    );
    const story = storyPane(page);
    await expect(story.locator('blockquote')).toHaveCount(0);
    await expect(story).toContainText(lang === 'en' ? 'could not be read' : 'تعذّرت قراءة تفاصيل هذا الحدث');
    await page
      .getByRole('searchbox')
      .first()
      .fill(lang === 'en' ? 'juniper' : 'مهرجان');
    await listRows(page, PROBE.id).click({ timeout: 20_000 });
    await expect(detailTitle(page)).toHaveText(PROBE.title[lang], { timeout: 15_000 });
    await expectProbeQuote(page);
  });
}
