import { expect, openApp, test } from './fixtures';

type Json = Record<string, any>;

/** Three days of the bundled story (23–25 June 2024) as a dataset of its own: a story one week long. */
const JUNE_2024 = [
  'crimea-attack-2024-06-23',
  'russia-blames-us-2024-06-23',
  'kremlin-threatens-consequences-2024-06-24',
  'us-ambassador-summoned-2024-06-24',
  'call-2024-06-25',
];

/**
 * A story of a few days (as a newcomer's first dataset often is) opens on a window of about six weeks,
 * where the engine names months. The month whose cell runs past the window's end has its name whole
 * at the cell's start: it must be shown (it was hidden as "cut", so the axis named no month, only the
 * year), while words the panel's side would cut stay hidden.
 */
for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) a story of three days names its month on the axis`, async ({ page }) => {
    const d = (await (await page.request.get('./dataset.json')).json()) as Json;
    d.events = d.events.filter((e: Json) => JUNE_2024.includes(e.id));
    d.briefings = [];
    await page.route('**/june-2024.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(d) }),
    );
    await openApp(page, `lang=${lang}&data=june-2024.json`);
    const shown = () =>
      page.locator('.vis-panel.vis-top .vis-text.vis-minor').evaluateAll((labels) => {
        const axis = labels[0]?.closest('.vis-panel')?.getBoundingClientRect();
        const words = document.createRange();
        return labels.flatMap((label) => {
          words.selectNodeContents(label);
          const r = words.getBoundingClientRect();
          if (axis === undefined || r.width < 1 || getComputedStyle(label).visibility !== 'visible')
            return [];
          return [
            { text: label.textContent ?? '', inside: r.left >= axis.left - 1 && r.right <= axis.right + 1 },
          ];
        });
      });
    await expect
      .poll(async () => (await shown()).map((l) => l.text).join(' '))
      .toMatch(lang === 'en' ? /June|July|Jun|Jul/ : /حزيران|يونيو|تموز|يوليو/);
    expect((await shown()).filter((l) => !l.inside)).toEqual([]);
  });
}
