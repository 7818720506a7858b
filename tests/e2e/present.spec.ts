import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  openApp,
  query,
  seriousViolations,
  servedEvents,
  test,
  timelinePane,
  waitReady,
} from './fixtures';

/** The presentation's own navigation: there exactly while the app presents (slides, overview or presenter view). */
const slidesNav = (page: Page) => page.getByRole('navigation', { name: /^(Slides|الشرائح)$/ });

const PROJECTOR = { width: 1920, height: 1080 };
const NAMES = {
  en: {
    next: 'Next',
    previous: 'Previous',
    overview: 'Overview',
    overviewTitle: 'All slides',
    presenter: 'Presenter view',
    strip: /Timeline of the briefing/,
    title: 'Calls between the US and Russian defence ministers, 2022–2024',
  },
  ar: {
    next: 'التالي',
    previous: 'السابق',
    overview: 'نظرة عامة',
    overviewTitle: 'كل الشرائح',
    presenter: 'عرض المقدّم',
    strip: /الخط الزمني للإحاطة/,
    title: /اتصالات وزيرَي الدفاع/,
  },
} as const;

const western = (s: string) => s.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));

/** The slide counter, "7 / 18", read as numbers. */
const counterOf = async (page: Page): Promise<[number, number]> => {
  const text = await page
    .getByText(/^[0-9٠-٩]+ \/ [0-9٠-٩]+$/)
    .first()
    .textContent();
  const [at, total] = (western(text ?? '').match(/\d+/g) ?? []).map(Number);
  return [at ?? 0, total ?? 0];
};
const slideNo = async (page: Page) => (await counterOf(page))[0];

/** Whether the presented event's label lies whole inside the strip, in type readable at a distance. */
const labelInStrip = (page: Page, strip: RegExp | string, id: string) =>
  page.getByRole('img', { name: strip }).evaluate((svg, id) => {
    const label = svg.querySelector(`[data-event="${id}"] text`);
    if (label === null) return 'missing';
    const s = svg.getBoundingClientRect();
    const b = label.getBoundingClientRect();
    const px = Number.parseFloat(getComputedStyle(label).fontSize);
    // Whole along the strip; across it, the line box may reach past the glyphs (Arabic fonts' tall ascent).
    const middle = (b.top + b.bottom) / 2;
    const inside = middle >= s.top && middle <= s.bottom && b.left >= s.left - 1 && b.right <= s.right + 1;
    return inside && px >= 18
      ? 'inside'
      : `label ${JSON.stringify(b)} at ${px}px, strip ${JSON.stringify(s)}`;
  }, id);

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

/**
 * The slide's type: the title's size, the smallest text of its body (marks such as "Only in" and
 * "Translation" aside), and how far its lowest text reaches below the top of the controls.
 */
const slideType = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector('.present-body')!;
    const nav = document.querySelector('nav.present-nav')!.getBoundingClientRect();
    const texts = [...body.querySelectorAll<HTMLElement>('p, li, blockquote, h3')].filter(
      (e) =>
        e.closest('.badge, .translation-label, .present-actions') === null &&
        (e.textContent ?? '').trim() !== '',
    );
    const bottom = Math.max(
      0,
      ...[...body.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom),
    );
    return {
      title: Number.parseFloat(getComputedStyle(document.querySelector('.present-head h2')!).fontSize),
      body: Math.min(...texts.map((e) => Number.parseFloat(getComputedStyle(e).fontSize))),
      overflow: bottom - nav.top,
    };
  });

for (const lang of ['en', 'ar'] as const) {
  const n = NAMES[lang];

  // One opening at 1080p walks the whole deck from its title slide; the call's slides (the story's last
  // event, to the end of the deck) are checked on the way as a deep link to the call would show them.
  test(`(${lang}) at 1080p ?present=1 opens on the title slide over the story's whole span, every slide fits, and the strip shows every lane and the call among its neighbours, every quote of the call wholly on screen at some slide, in large type`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(PROJECTOR);
    const call = (await servedEvents(page)).find((e) => e.id === 'call-2024-06-25') as unknown as {
      accounts: { quotes: { text: string }[] }[];
    };
    const expected = call.accounts.flatMap((a) => a.quotes.map((q) => q.text));
    expect(expected.length).toBe(21);
    await openApp(page, `lang=${lang}&present=1`);
    await test.step("?present=1 opens on the title slide over the story's whole span", async () => {
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(n.title);
      expect(query(page).get('event')).toBeNull();
      await expect(page.getByRole('button', { name: n.previous })).toBeDisabled();
      // Never an empty strip: the title slide shows the span of the briefing's events.
      const marks = await page.getByRole('img', { name: n.strip }).locator('[data-event]').count();
      expect(marks).toBeGreaterThan(20);
    });
    const visited: (string | null)[] = [];
    const seen = new Set<string>();
    const [, total] = await counterOf(page);
    for (let at = 1; at <= total; at++) {
      await expect.poll(() => slideNo(page)).toBe(at);
      const id = query(page).get('event');
      const firstOfCall = id === 'call-2024-06-25' && visited[visited.length - 1] !== id;
      if (visited[visited.length - 1] !== id) visited.push(id);
      const type = await slideType(page);
      expect(type.overflow, `${id}: the slide fits above the controls`).toBeLessThanOrEqual(1);
      expect(type.title, 'titles of at least 44 px').toBeGreaterThanOrEqual(44);
      expect(type.body, 'body text of at least 28 px').toBeGreaterThanOrEqual(28);
      if (id !== null) await expect.poll(() => labelInStrip(page, n.strip, id)).toBe('inside');
      if (firstOfCall)
        await test.step('the strip shows every lane, and the call among its neighbours of those days', async () => {
          await expect(page.getByRole('heading', { level: 2 })).toHaveText(
            lang === 'en' ? 'Austin and Belousov speak by phone' : /أوستن وبيلوسوف/,
          );
          // The call is the story's last event: its slides run to the end of the deck.
          expect(total - at).toBeGreaterThan(3);
          const strip = page.getByRole('img', { name: n.strip });
          const lanes = await strip.evaluate((svg) => {
            const s = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('[data-lane]')].map((g) => {
              const r = g.querySelector('rect')!.getBoundingClientRect();
              const label = g.querySelector('text')!;
              return {
                lane: g.getAttribute('data-lane'),
                inside: r.top >= s.top - 1 && r.bottom <= s.bottom + 1,
                px: Number.parseFloat(getComputedStyle(label).fontSize),
              };
            });
          });
          expect(lanes.map((l) => l.lane)).toEqual([
            'defence-call',
            'diplomacy',
            'statement',
            'military',
            'us-politics',
            'history',
          ]);
          for (const l of lanes) {
            expect(l.inside, `${l.lane} within the strip`).toBe(true);
            expect(l.px).toBeGreaterThanOrEqual(18);
          }
          for (const other of [
            'call-2024-06-25',
            'kremlin-threatens-consequences-2024-06-24',
            'us-ambassador-summoned-2024-06-24',
            'crimea-attack-2024-06-23',
            'russia-blames-us-2024-06-23',
          ])
            await expect.poll(() => labelInStrip(page, n.strip, other), other).toBe('inside');
          // The presented event is marked as such.
          await expect(strip.locator('[data-event="call-2024-06-25"]')).toHaveClass('strip-focus');
        });
      if (id === 'call-2024-06-25')
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
      if (at < total) await page.keyboard.press('PageDown');
    }
    await test.step('the next press reaches the first main event, and the walk ends on the call', async () => {
      await expect(page.getByRole('button', { name: n.next })).toBeDisabled();
      expect(visited[0]).toBeNull();
      expect(visited[1]).toBe('invasion-2022-02-24');
      expect(visited[visited.length - 1]).toBe('call-2024-06-25');
      for (const id of [
        'cuban-missile-crisis-1962',
        'relations-low-before-war',
        'belousov-replaces-shoigu-2024-05',
      ])
        expect(visited).not.toContain(id);
      expect(visited.length).toBe(27);
    });
    await test.step('every quote of the call is wholly on screen at some slide, and nothing is a scroll box', async () => {
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
  });

  test(`(${lang}) no serious or critical accessibility violation in presentation`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ bypassCSP: true, baseURL: baseURL!, viewport: PROJECTOR });
    const page = await context.newPage();
    await openApp(page, `lang=${lang}&present=1`);
    const check = (): Promise<string[]> => seriousViolations(page);
    expect(await check()).toEqual([]); // the title slide
    await page.goto(`./?lang=${lang}&present=1&event=call-2024-06-25`);
    await waitReady(page);
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
    await page.keyboard.press('g');
    await expect(page.getByRole('heading', { name: n.overviewTitle })).toBeVisible();
    expect(await check()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toBeVisible();
    expect(await check()).toEqual([]);
    const presenter = await context.newPage();
    await openApp(presenter, `lang=${lang}&present=presenter&event=call-2024-06-25&step=2`);
    await expect(presenter.getByRole('heading', { name: n.presenter })).toBeVisible();
    expect(await seriousViolations(presenter)).toEqual([]);
    await context.close();
  });
}

// A phone held by the presenter: the slides fit it, and it is a clicker. One opening per language.
test.describe('a phone, 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}) the presentation fits the width and the counter reads on one line; a tap on the half where reading ends goes on, the other half back`, async ({
      page,
      context,
    }) => {
      const n = NAMES[lang];
      await openApp(page, `lang=${lang}&present=1&event=call-2024-06-25`);
      await test.step(`(${lang}) on a phone the presentation fits the width and the counter reads on one line`, async () => {
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
        // Back to the event's first slide for the taps.
        for (let i = 0; i < 4; i++) await page.getByRole('button', { name: n.previous }).click();
        await expect.poll(() => query(page).get('step')).toBeNull();
        expect(query(page).get('event')).toBe('call-2024-06-25');
      });
      await test.step(`(${lang}) a phone is a clicker: a tap on the half where reading ends goes on, the other half back`, async () => {
        const start = await slideNo(page);
        const slide = page.locator('[data-slide-body]');
        const box = (await slide.boundingBox())!;
        const y = box.y + Math.min(box.height / 2, 120);
        const onward = lang === 'en' ? box.x + box.width * 0.85 : box.x + box.width * 0.15;
        const back = lang === 'en' ? box.x + box.width * 0.15 : box.x + box.width * 0.85;
        await page.touchscreen.tap(onward, y);
        await expect.poll(() => slideNo(page)).toBe(start + 1);
        await page.touchscreen.tap(onward, y);
        await expect.poll(() => slideNo(page)).toBe(start + 2);
        await page.touchscreen.tap(back, y);
        await expect.poll(() => slideNo(page)).toBe(start + 1);
        expect(query(page).get('step')).toBe('2');
        // A swipe against the reading direction goes on (leftwards in English, rightwards in Arabic).
        const cdp = await context.newCDPSession(page);
        const swipe = async (from: number, to: number): Promise<void> => {
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
          for (const f of [0.25, 0.5, 0.75, 1])
            await cdp.send('Input.dispatchTouchEvent', {
              type: 'touchMove',
              touchPoints: [{ x: from + (to - from) * f, y }],
            });
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        };
        await swipe(onward, back);
        await expect.poll(() => slideNo(page)).toBe(start + 2);
        await swipe(back, onward);
        await expect.poll(() => slideNo(page)).toBe(start + 1);
      });
    });
});

for (const [lang, forward, backward] of [
  ['en', 'ArrowRight', 'ArrowLeft'],
  ['ar', 'ArrowLeft', 'ArrowRight'],
] as const) {
  test(`(${lang}) clicker keys step through an event's slides, then on to the next event; arrows follow reading direction`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&present=1&event=call-2022-10-21`);
    await expect(page.getByRole('button', { name: NAMES[lang].next })).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    const at = () => query(page).get('event');
    // PageDown walks the slides of this event (the step joins the URL), then reaches the next event.
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('step')).toBe('2');
    let steps = 2;
    while (at() === 'call-2022-10-21' && steps < 40) {
      const before = await slideNo(page);
      await page.keyboard.press('PageDown');
      await expect.poll(() => slideNo(page)).toBe(before + 1);
      steps += 1;
    }
    expect(at()).toBe('kremlin-no-putin-biden-call-2022-10-21');
    expect(query(page).get('step')).toBeNull();
    // PageUp goes back to the previous event's last slide.
    await page.keyboard.press('PageUp');
    await expect.poll(at).toBe('call-2022-10-21');
    await expect.poll(() => query(page).get('step')).toBe(String(steps - 1));
    // Shift with the arrow skips a whole event; Back in history returns, Forward comes back.
    await page.keyboard.press(`Shift+${forward}`);
    await expect.poll(at).toBe('kremlin-no-putin-biden-call-2022-10-21');
    await page.goBack();
    await expect.poll(at).toBe('call-2022-10-21');
    await page.goForward();
    await expect.poll(at).toBe('kremlin-no-putin-biden-call-2022-10-21');
    await page.keyboard.press(backward);
    await expect.poll(at).toBe('call-2022-10-21');
    await page.keyboard.press(forward);
    await expect.poll(at).toBe('kremlin-no-putin-biden-call-2022-10-21');
    await page.keyboard.press('Shift+Space');
    await expect.poll(at).toBe('call-2022-10-21');
    await page.keyboard.press('Enter');
    await expect.poll(at).toBe('kremlin-no-putin-biden-call-2022-10-21');
    await page.keyboard.press('End');
    await expect.poll(at).toBe('call-2024-06-25');
    // Home is the title slide.
    await page.keyboard.press('Home');
    await expect.poll(at).toBeNull();
    await expect.poll(() => slideNo(page)).toBe(1);
    expect(query(page).get('present')).toBe('1');
  });
}

test('a clicker run: F5 starts from the title slide without reloading, B and "." black the screen, a number and Enter jump, Escape leaves step by step', async ({
  page,
}) => {
  await test.step('a clicker run: F5 starts from the title slide without reloading, B and "." black the screen, a number and Enter jump, Escape leaves step by step', async () => {
    await openApp(page, 'lang=en&event=call-2023-03-15');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    // Shift+F5 presents from the selected event; F5 from the start.
    await page.keyboard.press('Shift+F5');
    await expect(slidesNav(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'The previous US–Russian defence ministers’ call',
    );
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('step')).toBe('2');
    await page.keyboard.press('F5');
    await expect.poll(() => slideNo(page)).toBe(1);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(NAMES.en.title);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('event')).toBe('invasion-2022-02-24');
    // B blacks the screen; a step brings the slide back without moving on.
    const blank = page.locator('[data-blank]');
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    const cover = await blank.boundingBox();
    expect(cover).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
    expect(await blank.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');
    await expect(page.getByRole('status').filter({ hasText: 'The screen is black' })).toBeAttached();
    await page.keyboard.press('PageDown');
    await expect(blank).toHaveCount(0);
    expect(await slideNo(page)).toBe(2);
    await page.keyboard.press('.');
    await expect(blank).toBeVisible();
    await page.keyboard.press('.');
    await expect(blank).toHaveCount(0);
    await page.keyboard.press('w');
    expect(await blank.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
    // Escape: first the blank screen, then the presentation.
    await page.keyboard.press('Escape');
    await expect(blank).toHaveCount(0);
    await expect(slidesNav(page)).toBeVisible();
    // A number and Enter go to that slide.
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(page.getByText('Go to slide 12: press Enter')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect.poll(() => slideNo(page)).toBe(12);
    await page.keyboard.press('Escape');
    await expect(slidesNav(page)).toHaveCount(0);
    await expect.poll(() => query(page).get('present')).toBeNull();
  });
  await test.step('the overview shows every slide; a press or a typed number goes there, Escape closes it and then leaves', async () => {
    // F5 presents from the title slide again.
    await page.keyboard.press('F5');
    await expect.poll(() => slideNo(page)).toBe(1);
    // From the title slide's own button.
    await page
      .getByRole('region', { name: NAMES.en.title })
      .locator('[data-slide-body]')
      .getByRole('button', { name: 'Overview' })
      .click();
    await expect(page.getByRole('heading', { name: 'All slides' })).toBeVisible();
    const [, total] = await counterOf(page);
    const slides = page.getByRole('region', { name: 'All slides' }).getByRole('listitem').getByRole('button');
    await expect(slides).toHaveCount(total);
    await expect(page.locator('[aria-current="step"]')).toContainText('Title slide');
    await expect(page.locator('[aria-current="step"]').getByRole('button')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'All slides' })).toHaveCount(0);
    await expect(slidesNav(page)).toBeVisible();
    await page.keyboard.press('g');
    const call = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Austin and Belousov speak by phone' }) });
    await call.getByRole('button').first().click();
    await expect.poll(() => query(page).get('event')).toBe('call-2024-06-25');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Austin and Belousov speak by phone');
    await page.keyboard.press('g');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'All slides' })).toHaveCount(0);
    await expect.poll(() => slideNo(page)).toBe(3);
    await page.keyboard.press('Escape');
    await expect(slidesNav(page)).toHaveCount(0);
  });
});

test('the presenter view: a second window with the slide, the next one, notes and time, kept in step both ways', async ({
  page,
  context,
}) => {
  await test.step('the presenter view: a second window with the slide, the next one, notes and time, kept in step both ways', async () => {
    await page.setViewportSize(PROJECTOR);
    await openApp(page, 'lang=en&present=1&event=call-2024-06-25');
    const [audienceAt, audienceTotal] = await counterOf(page);
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = await opened;
    await presenter.waitForLoadState();
    expect(new URL(presenter.url()).searchParams.get('present')).toBe('presenter');
    await expect(presenter.getByRole('heading', { name: 'Presenter view' })).toBeVisible();
    // The presenter plans the deck at the room's size: the same slides, the same counter.
    await expect.poll(() => counterOf(presenter)).toEqual([audienceAt, audienceTotal]);
    const now = presenter.getByRole('region', { name: 'On screen' });
    await expect(now.getByRole('heading', { level: 2 })).toHaveText('Austin and Belousov speak by phone');
    await expect(presenter.getByRole('region', { name: 'Next' })).toBeVisible();
    await expect(presenter.getByRole('region', { name: 'Notes' })).toContainText('No notes for this slide.');
    const notesPx = await presenter
      .getByRole('region', { name: 'Notes' })
      .getByText('No notes for this slide.')
      .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(notesPx).toBeGreaterThanOrEqual(28);
    await expect(presenter.getByText('Elapsed')).toBeVisible();
    // A key in the room's window moves the presenter's; a key in the presenter's moves the room's.
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideNo(presenter)).toBe(audienceAt + 1);
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => slideNo(page)).toBe(audienceAt + 2);
    await presenter.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => slideNo(page)).toBe(audienceAt + 1);
    // The black screen too.
    await presenter.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(page.locator('[data-blank]')).toHaveCount(0);
    // The time can be paused and reset.
    await presenter.getByRole('button', { name: 'Pause' }).click();
    await expect(presenter.getByRole('button', { name: 'Resume' })).toBeVisible();
    await presenter.getByRole('button', { name: 'Reset' }).click();
    await expect(presenter.locator('time').filter({ hasText: /^\d{2}:\d{2}:\d{2}$/ })).toHaveText('00:00:00');
    // Messages of another shape are ignored.
    await presenter.evaluate(() => {
      const ch = new BroadcastChannel('riwayat-present');
      ch.postMessage({
        app: 'riwayat-present',
        v: 1,
        kind: 'at',
        briefing: 'story',
        from: 'presenter',
        eventId: '<img>',
        step: 0,
        blank: null,
        box: null,
      });
      ch.postMessage({
        app: 'riwayat-present',
        v: 1,
        kind: 'at',
        briefing: 'story',
        from: 'presenter',
        eventId: null,
        step: 'x',
      });
      ch.close();
    });
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideNo(presenter)).toBe(audienceAt + 2);
    expect(query(page).get('event')).toBe('call-2024-06-25');
  });
  // On in the same deck, now at the room's size.
  await test.step('the closing slide names the claims only one source carries', async () => {
    const diverge = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: /Where the accounts part ways/ }) });
    // The call's own slides end with where its accounts part: step on until the first of them.
    for (let i = 0; i < 40 && !(await diverge.first().isVisible()); i++)
      await page.keyboard.press('PageDown');
    expect(query(page).get('event')).toBe('call-2024-06-25');
    await expect(diverge.first()).toBeVisible();
    await expect(diverge.first().getByText('Only in').first()).toBeVisible();
  });
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
  await expect(slidesNav(page)).toBeVisible();
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-21');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => query(page).get('event')).toBe('call-2022-10-23');
});

test('the button presents from the title slide, or from the selected event, and leaves', async ({ page }) => {
  await openApp(page, 'lang=en');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(slidesNav(page)).toBeVisible();
  await expect.poll(() => query(page).get('present')).toBe('1');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(NAMES.en.title);
  await page.keyboard.press('PageDown');
  await expect.poll(() => query(page).get('event')).toBe('invasion-2022-02-24');
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(slidesNav(page)).toHaveCount(0);
  await openApp(page, 'lang=en&event=call-2024-06-25');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Austin and Belousov speak by phone');
});

test('"Copy link" copies the URL of the exact view; a reload (F5 where a clicker sends it to the browser) comes back to the same slide', async ({
  page,
  context,
  baseURL,
}) => {
  await test.step('"Copy link" copies the URL of the exact view', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await openApp(page, 'lang=ar&event=call-2024-06-25&from=2024-01-01&to=2024-12-31');
    await page.getByRole('button', { name: 'انسخ الرابط' }).click();
    await expect(page.getByText('نُسخ الرابط')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('event')).toBe('call-2024-06-25');
    expect(new URL(copied).searchParams.get('from')).toBe('2024-01-01');
  });
  await test.step('a reload (F5 where a clicker sends it to the browser) comes back to the same slide', async () => {
    // Presenting from the selected event (Shift+F5), then three slides on.
    await page.keyboard.press('Shift+F5');
    await expect(slidesNav(page)).toBeVisible();
    await expect.poll(() => query(page).get('present')).toBe('1');
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).get('step')).toBe('4');
    const at = await slideNo(page);
    await page.reload();
    await waitReady(page);
    await expect.poll(() => slideNo(page)).toBe(at);
    expect(query(page).get('step')).toBe('4');
  });
});

// The timeline as a picture and as a handout, from one opening per language (a window of June 2024).
for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) "Save image" exports the timeline as a projector-width PNG; print media lays out a handout of the events in view`, async ({
    page,
  }, info) => {
    await openApp(page, `lang=${lang}&from=2024-05-01&to=2024-07-15`);
    await test.step(`(${lang}) "Save image" exports the timeline as a projector-width PNG`, async () => {
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
    await test.step(`(${lang}) print media lays out a handout of the events in view`, async () => {
      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('[data-handout]');
      await expect(handout).toBeVisible();
      await expect(timelinePane(page)).toBeHidden();
      const titles = await handout.locator('[data-event] h2').allTextContents();
      expect(titles.length).toBeGreaterThan(3);
      expect(titles.join(' ')).toContain(lang === 'en' ? 'Belousov' : 'بيلوسوف');
      expect(titles.join(' ')).not.toContain(lang === 'en' ? 'Cuban' : 'الكوبية');
      await expect(handout.locator('[data-quote] p[lang="ar"]').first()).toBeVisible();
      await expect(handout.locator('[data-quote] p[lang="en"]')).toHaveCount(
        lang === 'en' ? await handout.locator('[data-quote]').count() : 0,
      );
      await expect(handout.locator('[data-sources] li').first()).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await info.attach(`handout-${lang}.pdf`, { body: pdf, contentType: 'application/pdf' });
    });
  });
}
