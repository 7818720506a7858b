import type { Page } from '@playwright/test';
import { shortStory } from '../fixtures/short-story';
import { expect, itemPosition, openApp, query, test } from './fixtures';

type Json = Record<string, any>;
const DAY = 86_400_000;

/** Three days of the bundled story (23–25 June 2024) as a dataset of its own: a story one week long. */
const JUNE_2024 = [
  'crimea-attack-2024-06-23',
  'russia-blames-us-2024-06-23',
  'kremlin-threatens-consequences-2024-06-24',
  'us-ambassador-summoned-2024-06-24',
  'call-2024-06-25',
];

/**
 * The axis's labels whose words are shown, minor (days, months) or major (the month and year above
 * them), each with whether it lies whole inside the axis. vis-timeline draws them without roles.
 */
const axisLabels = (page: Page, kind: 'minor' | 'major') =>
  page.evaluate((k) => {
    const labels = [...document.querySelectorAll(`.vis-panel.vis-top .vis-text.vis-${k}:not(.vis-measure)`)];
    const axis = labels[0]?.closest('.vis-panel')?.getBoundingClientRect();
    const words = document.createRange();
    return labels.flatMap((label) => {
      words.selectNodeContents(label);
      const r = words.getBoundingClientRect();
      if (axis === undefined || r.width < 1 || getComputedStyle(label).visibility !== 'visible') return [];
      return [
        { text: label.textContent ?? '', inside: r.left >= axis.left - 1 && r.right <= axis.right + 1 },
      ];
    });
  }, kind);

/** A day of the month as the axis writes it, in Latin or Arabic-Indic digits. */
const DAY_NUMBER = /^[0-9٠-٩]{1,2}$/u;

/**
 * A story of a few days (as a newcomer's first dataset often is) opens on a window that fits it with
 * a margin, where the engine names days and, above them, their month (it opened on at least a month,
 * where the axis named months and the events sat in a clump). Words the panel's side would cut stay
 * hidden.
 */
for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) a story of three days names its days and its month on the axis`, async ({ page }) => {
    const d = (await (await page.request.get('./dataset.json')).json()) as Json;
    d.events = d.events.filter((e: Json) => JUNE_2024.includes(e.id));
    d.briefings = [];
    await page.route('**/june-2024.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(d) }),
    );
    await openApp(page, `lang=${lang}&data=june-2024.json`);
    await expect
      .poll(async () => (await axisLabels(page, 'major')).map((l) => l.text).join(' '))
      .toMatch(lang === 'en' ? /June 2024/ : /حزيران|يونيو/);
    const days = await axisLabels(page, 'minor');
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect(days.filter((l) => !DAY_NUMBER.test(l.text))).toEqual([]);
    expect(days.filter((l) => !l.inside)).toEqual([]);
  });
}

/**
 * Six events of the eastern Afghanistan earthquake over five days (31 August – 4 September 2025,
 * tests/fixtures/short-story.ts): the first window is some days long, its axis names the days, and the
 * events spread across the timeline's width, at a desk and on a phone.
 */
const FIVE_DAYS = shortStory() as Json;
const IDS: string[] = FIVE_DAYS['events'].map((e: Json) => e['id']);

for (const [width, height, touch] of [
  [1440, 900, false],
  [390, 844, true],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
    for (const lang of ['en', 'ar'] as const) {
      test(`(${lang}) a story of five days opens on its days, its events across the width`, async ({
        page,
      }) => {
        await page.route('**/five-days.json', (route) =>
          route.fulfill({ contentType: 'application/json', body: JSON.stringify(FIVE_DAYS) }),
        );
        await openApp(page, `lang=${lang}&data=five-days.json`);
        const from = Date.parse(query(page).get('from') ?? '');
        const to = Date.parse(query(page).get('to') ?? '');
        // The five days and a margin: a week on a desk, some ten days on a phone (half a box at each edge).
        expect((to - from) / DAY).toBeGreaterThan(5);
        expect((to - from) / DAY).toBeLessThan(14);
        await expect
          .poll(async () => (await axisLabels(page, 'major')).map((l) => l.text).join(' '))
          .toMatch(lang === 'en' ? /September 2025|August 2025/ : /أيلول|سبتمبر|آب|أغسطس/);
        const days = await axisLabels(page, 'minor');
        expect(days.length).toBeGreaterThanOrEqual(3);
        expect(days.filter((l) => !DAY_NUMBER.test(l.text))).toEqual([]);
        // Each event's box where its day is: the first and the last far apart, none off the timeline.
        const at = await Promise.all(IDS.map((id) => itemPosition(page, id)));
        expect(
          at.every((x) => x > 0 && x < 1),
          at.join(' '),
        ).toBe(true);
        expect(Math.max(...at) - Math.min(...at)).toBeGreaterThan(width < 900 ? 0.35 : 0.5);
      });
    }
  });
}
