import { expect, openApp, query, test } from './fixtures';

const START = { en: 'Start here', ar: 'ابدأ من هنا' } as const;
const ALL = { en: 'Show all events', ar: 'عرض كل الأحداث' } as const;

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) a 2560×1440 screen with nothing selected gives the places to start a wider column`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 2560, height: 1440 });
    await openApp(page, `lang=${lang}`);
    const start = page.getByRole('region', { name: START[lang] });
    // The same three places to start as at every desk size (review 10, S3-14), whole, in a wider column.
    await expect(start.getByRole('listitem', { includeHidden: true })).toHaveCount(3);
    await expect(start.getByRole('button')).toHaveCount(3);
    expect((await start.boundingBox())!.width).toBeGreaterThan(450);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(start.getByRole('listitem', { includeHidden: true })).toHaveCount(3);
    await expect(start.getByRole('button').first()).toBeVisible();
  });

  test(`(${lang}) "Show all events" fits the events to the timeline's width, every box whole`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}`);
    await page.getByRole('button', { name: ALL[lang] }).click();
    await expect.poll(() => Number(query(page).get('from')?.slice(0, 4) ?? 0)).toBeGreaterThan(1945);
    const to = Number(query(page).get('to')!.slice(0, 4));
    expect(to).toBeGreaterThanOrEqual(2024);
    expect(to).toBeLessThan(2040);
    // Every box drawn lies whole inside the timeline.
    const outside = () =>
      page.locator('.timeline-pane .vis-item.vis-box').evaluateAll((boxes) => {
        const c = boxes[0]?.closest('.vis-panel.vis-center')?.getBoundingClientRect();
        if (c === undefined) return -1;
        return boxes.filter((b) => {
          const r = b.getBoundingClientRect();
          return r.width > 0 && (r.left < c.left - 0.5 || r.right > c.right + 0.5);
        }).length;
      });
    await expect.poll(outside).toBe(0);
  });
}
