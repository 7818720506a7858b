/**
 * The timeline at a desk, as review 10 found it (issue 22): a box the timeline's side cuts keeps a
 * readable title (S3-2), in both languages and at the three desk sizes.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, storyPane, test } from './fixtures';

const DESKS = [
  [1440, 900],
  [1280, 720],
  [2560, 1440],
] as const;

/**
 * The boxes the centre panel's sides cut, each with how far its title's letters reach past the
 * panel's side (0 when none does) and whether the title is shown at all.
 */
const cutBoxes = (page: Page) =>
  page.evaluate(() => {
    const centre = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.vis-item.vis-box')].flatMap((box) => {
      const b = box.getBoundingClientRect();
      const cut = b.left < centre.left - 0.5 || b.right > centre.right + 0.5;
      const onScreen = b.right > centre.left && b.left < centre.right;
      const label = box.querySelector<HTMLElement>('.item-label');
      if (!cut || !onScreen || label === null) return [];
      const range = document.createRange();
      range.selectNodeContents(label);
      const letters = [...range.getClientRects()].filter((r) => r.width > 0);
      const past = Math.max(0, ...letters.map((r) => Math.max(centre.left - r.left, r.right - centre.right)));
      return [{ id: box.dataset.id, past, shown: getComputedStyle(label).visibility !== 'hidden' }];
    });
  });

/** S3-2 at the size the page has now: a box cut at each side, each shown title starting in view. */
async function cutTitles(page: Page): Promise<void> {
  await expect.poll(async () => (await cutBoxes(page)).length).toBeGreaterThanOrEqual(2);
  const boxes = await cutBoxes(page);
  expect(boxes.map((b) => b.id)).toEqual(expect.arrayContaining(['invasion-2022-02-24', 'midterms-2022-11']));
  // No letter of a shown title lies under the side: it starts in view and ends in an ellipsis.
  for (const b of boxes) if (b.shown) expect(b.past, b.id).toBeLessThan(1);
  expect(boxes.filter((b) => b.shown).length).toBeGreaterThan(0);
}

// One opening per language, at the first desk size; the other sizes by resizing it (the window stays).
for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, the three desk sizes) a box the timeline's side cuts shows its title from its first word (S3-2)`, async ({
    page,
  }) => {
    const [[w, h], ...others] = DESKS;
    await page.setViewportSize({ width: w, height: h });
    // The invasion a few days before the window, the midterms a few days after: a box at each side.
    await openApp(page, `lang=${lang}&from=2022-03-01&to=2022-11-22`);
    await test.step(`${w}×${h}`, () => cutTitles(page));
    for (const [ow, oh] of others)
      await test.step(`${ow}×${oh}`, async () => {
        await page.setViewportSize({ width: ow, height: oh });
        await cutTitles(page);
      });
  });

/** How far the selected box reaches past the centre panel's sides (0 when it is whole in view). */
const selectedPast = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('.vis-item.vis-box.vis-selected')?.getBoundingClientRect();
    const centre = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    if (box === undefined) return Infinity;
    return Math.max(0, centre.left - box.left, box.right - centre.right);
  });

/** S3-3: a link to an event shows its box whole in the strip, as a click does. */
async function linkedBoxWhole(page: Page): Promise<void> {
  await expect.poll(() => selectedPast(page), { timeout: 5000 }).toBeLessThan(1);
  // And it stays so once every move has settled.
  await page.waitForTimeout(1500);
  expect(await selectedPast(page)).toBeLessThan(1);
}

const ALL = { en: 'Show all events', ar: 'عرض كل الأحداث' } as const;
const EARLIER = { en: /2 earlier events: 2014 and 1962/, ar: /حدثان سابقان/ } as const;

/** S3-10 at the size the page has now: "Show all events" fits the main stretch; its cue leads to 2014. */
async function showAllFits(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await page.getByRole('button', { name: ALL[lang] }).click();
  const cue = page.getByRole('toolbar').getByRole('button', { name: EARLIER[lang] });
  await expect(cue).toBeVisible();
  // The 2022–2024 calls take a good part of the axis: from the first call of 2022 to the last of
  // 2024, a fifth of the timeline's width at least (a quarter measured; from 1950, a fortieth).
  const share = () =>
    page.evaluate(() => {
      const centre = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const at = (id: string) => {
        const r = document.querySelector(`.vis-item.vis-box[data-id="${id}"]`)?.getBoundingClientRect();
        return r === undefined ? NaN : r.left + r.width / 2;
      };
      return Math.abs(at('call-2024-06-25') - at('call-2022-05-13')) / centre.width;
    });
  await expect.poll(share).toBeGreaterThan(0.2);
}

/** The earlier-events cue of S3-10 leads to them: the nearer one, 2014, comes into view. */
async function cueLeadsBack(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: EARLIER[lang] }).click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const r = document
          .querySelector('.vis-item.vis-box[data-id="crimea-annexation-2014"]')
          ?.getBoundingClientRect();
        const c = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        return r !== undefined && r.right > c.left && r.left < c.right;
      }),
    )
    .toBe(true);
}

/** The band of "Relations at their lowest": its label's tooltip, text and width. */
const band = (page: Page) =>
  page.evaluate(() => {
    const label = [...document.querySelectorAll<HTMLElement>('.vis-item.vis-background .item-label')].find(
      (l) => l.title.startsWith('Relations at') || l.title.startsWith('العلاقات في'),
    );
    const r = label?.getBoundingClientRect();
    return { tip: label?.title ?? '', text: label?.textContent ?? '', width: r?.width ?? 0 };
  });

// One opening of the first window per language: the band's name as it opens (S3-13), then "Show all
// events" at each desk size (S3-10; the other sizes by resizing the page), the band named in it too.
for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, the three desk sizes) the band of "Relations at their lowest" is named (S3-13); "Show all events" fits the main stretch and counts the events far before it (S3-10)`, async ({
    page,
  }) => {
    const [[w, h], ...others] = DESKS;
    await page.setViewportSize({ width: w, height: h });
    await openApp(page, `lang=${lang}`);
    const title =
      lang === 'en' ? 'Relations at their lowest before the war' : 'العلاقات في أدنى مستوياتها قبل الحرب';
    await test.step('the band is named in its tooltip and in it (S3-13)', async () => {
      await expect.poll(async () => (await band(page)).tip.split('\n')[0]).toBe(title);
      expect((await band(page)).text).toBe(title);
    });
    await test.step('too narrow in the first window for its name, the band gives it to a pointer over it (review 13, S3-15)', async () => {
      const tip = await page.evaluate((name) => {
        const label = [
          ...document.querySelectorAll<HTMLElement>('.vis-item.vis-background .item-label'),
        ].find((l) => l.textContent === name);
        const b = label?.closest('.vis-item')?.getBoundingClientRect();
        const c = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        if (b === undefined) return '';
        const x = (Math.max(b.left, c.left) + Math.min(b.right, c.right)) / 2;
        return (
          document.elementFromPoint(x, b.top + b.height / 2)?.closest<HTMLElement>('[title]')?.title ?? ''
        );
      }, title);
      expect(tip.split('\n')[0]).toBe(title);
    });
    await test.step(`${w}×${h}: "Show all events" fits the main stretch (S3-10)`, () =>
      showAllFits(page, lang));
    await test.step('three years wide, the name shows in the band (S3-13)', async () => {
      await expect.poll(async () => (await band(page)).width).toBeGreaterThan(100);
    });
    await test.step(`${w}×${h}: the cue leads to the events far before (S3-10)`, () =>
      cueLeadsBack(page, lang));
    for (const [ow, oh] of others)
      await test.step(`${ow}×${oh}: "Show all events" fits, and its cue leads back (S3-10)`, async () => {
        await page.setViewportSize({ width: ow, height: oh });
        await showAllFits(page, lang);
        await cueLeadsBack(page, lang);
      });
  });

const LAYOUT = {
  en: { full: 'Full timeline', reading: 'Reading layout' },
  ar: { full: 'الخط الزمني كاملًا', reading: 'وضع القراءة' },
} as const;

/** S3-5: the layout switch shows which layout is on, and its key. */
async function layoutSwitch(page: Page, lang: 'en' | 'ar'): Promise<void> {
  const toolbar = page.getByRole('toolbar');
  const full = toolbar.getByRole('button', { name: LAYOUT[lang].full, exact: true });
  const reading = toolbar.getByRole('button', { name: LAYOUT[lang].reading, exact: true });
  const fill = (l: typeof full) => l.evaluate((b) => getComputedStyle(b).backgroundColor);
  await expect(reading).toHaveAttribute('aria-pressed', 'true');
  await expect(full).toHaveAttribute('aria-pressed', 'false');
  const pressed = await fill(reading);
  expect(await fill(full)).not.toBe(pressed);
  // The key is on screen, not only in a tooltip.
  await expect(toolbar.getByText('T', { exact: true })).toBeVisible();
  // The toolbar stays one row: the switch fits beside the other buttons.
  const rows = await toolbar
    .getByRole('button')
    .evaluateAll(
      (bs) =>
        new Set(
          bs
            .filter((b) => b.getClientRects().length > 0)
            .map((b) => Math.round(b.getBoundingClientRect().top)),
        ).size,
    );
  expect(rows).toBe(1);
  // Read down to a quote: the switch keeps it where it was in the pane, both ways (review 12, S3-11),
  // rather than the old offset in a pane of another height.
  const pane = storyPane(page);
  const quote = page.locator('#source-panels').getByRole('article').first().getByRole('figure').nth(2);
  await quote.evaluate((q) => q.scrollIntoView({ block: 'start' }));
  const paneTop = async () => (await pane.boundingBox())!.y;
  const fromTop = async () => (await quote.boundingBox())!.y - (await paneTop());
  const before = await fromTop();
  await page.keyboard.press('t');
  await expect(full).toHaveAttribute('aria-pressed', 'true');
  await expect(reading).toHaveAttribute('aria-pressed', 'false');
  expect(await fill(full)).toBe(pressed);
  await expect.poll(fromTop).toBeCloseTo(before, -1);
  await reading.click();
  await expect(reading).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(fromTop).toBeCloseTo(before, -1);
}

// One opening of the June 2024 call per size and language for both checks, each a named step; the
// layout switch second, as it changes the layout and back.
for (const [w, h] of DESKS)
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}, ${w}×${h}) a link to an event shows its box whole (S3-3); the layout switch shows which layout is on, and its key (S3-5)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}&event=call-2024-06-25`);
      await test.step('a link to an event shows its box whole in the strip, as a click does (S3-3)', () =>
        linkedBoxWhole(page));
      await test.step('the layout switch shows which layout is on, and its key (S3-5)', () =>
        layoutSwitch(page, lang));
    });

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 1280×720) the selected box's line runs under the other boxes, not through their titles (S3-6)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `lang=${lang}&event=crimea-attack-2024-06-23`);
    // Where the selected box's line crosses another box, that box is on top.
    const crossings = () =>
      page.evaluate(() => {
        const line = document.querySelector('.vis-item.vis-line.vis-selected')?.getBoundingClientRect();
        if (line === undefined) return null;
        const x = line.left + line.width / 2;
        return [...document.querySelectorAll<HTMLElement>('.vis-item.vis-box:not(.vis-selected)')]
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.left < x && r.right > x && r.top < line.bottom && r.bottom > line.top)
          .map((r) => {
            const y = Math.max(r.top, line.top) + Math.min(r.height, line.bottom - r.top) / 2;
            return (
              document.elementFromPoint(x, y)?.closest('.vis-item')?.classList.contains('vis-line') ?? false
            );
          });
      });
    await expect.poll(async () => (await crossings())?.length ?? 0).toBeGreaterThan(0);
    expect(await crossings()).not.toContain(true);
  });

const START = { en: 'Start here', ar: 'ابدأ من هنا' } as const;

const LANES = { en: /more lanes? below/, ar: /في الأسفل/ } as const;
const TIMELINE = { en: /timeline/i, ar: /الخط الزمني/ } as const;

/** S3-12: at 2560×1440 the text is set larger, and "≈" never stands alone on a line of the list. */
async function largeText(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
  ).toBeGreaterThanOrEqual(18);
  // Each "≈" shares its line with the date's last word.
  const alone = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('#event-list time')].filter((time) => {
        const mark = [...time.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].find((s) =>
          s.textContent?.includes('≈'),
        );
        if (mark === undefined) return false;
        const range = document.createRange();
        range.selectNodeContents(time.firstChild!);
        const words = [...range.getClientRects()];
        const last = words[words.length - 1];
        const m = mark.getClientRects()[mark.getClientRects().length - 1];
        return last !== undefined && m !== undefined && Math.abs(m.top - last.top) > 4;
      }).length,
  );
  expect(alone).toBe(0);
}

// Each desk size opens the first window once per language: "Start here" at each (S3-14), the
// "more lanes below" cue's focus at the first (S3-17), the larger text at the largest (S3-12).
for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) "Start here" offers the same three events at every desk size, the June 2024 call among them (S3-14); the lanes cue keeps focus on the timeline (S3-17); larger text at 2560×1440 (S3-12)`, async ({
    page,
  }) => {
    for (const [w, h] of DESKS) {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}`);
      await test.step(`${w}×${h}: "Start here" offers the same three events (S3-14)`, async () => {
        const start = page.getByRole('region', { name: START[lang] });
        const shown = start.getByRole('button');
        await expect(shown, `${w}×${h}`).toHaveCount(3);
        for (const b of await shown.all()) await expect(b, `${w}×${h}`).toBeInViewport({ ratio: 1 });
        expect(await shown.evaluateAll((bs) => bs.map((b) => b.dataset.eventId)), `${w}×${h}`).toEqual([
          'invasion-2022-02-24',
          'call-2024-06-25',
          'call-2023-03-15',
        ]);
      });
      if (w === 1440)
        await test.step('after "more lanes below", focus stays on the timeline, not the page (S3-17)', async () => {
          const cue = page.getByRole('button', { name: LANES[lang] });
          await cue.click();
          await expect(cue).toBeHidden();
          await expect(page.getByRole('region', { name: TIMELINE[lang] }).first()).toBeFocused();
        });
      if (w === 2560)
        await test.step('the text is set larger, and "≈" never stands alone on a line of the list (S3-12)', () =>
          largeText(page));
    }
  });

// One opening per language for both checks of a search for Belousov, each a named step.
for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 1440×900) "more lanes below" counts the search's matches down there; an event opened from the results has a compact card (S3-7)`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}`);
    await page.getByRole('searchbox').fill(lang === 'en' ? 'Belousov' : 'بيلوسوف');
    await test.step('"more lanes below" counts the search\'s matches down there', async () => {
      // Of the two matches, the one of May 2024 lies in a lane under the pane's edge.
      await expect(page.getByRole('button', { name: LANES[lang] })).toContainText(
        lang === 'en' ? '1 match' : 'نتيجة واحدة',
      );
    });
    await test.step('an event opened from the search results has a compact card, no wide gaps', async () => {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const card = page.locator('section[data-event]');
      const title = card.getByRole('heading', { level: 2 });
      await expect(title).toBeVisible();
      const t = (await title.boundingBox())!;
      const date = (await card.locator('time').first().boundingBox())!;
      // The date right under the title, as on any card: not some 60 px lower.
      expect(date.y - (t.y + t.height)).toBeLessThan(24);
    });
  });
