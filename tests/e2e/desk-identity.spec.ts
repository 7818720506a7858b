/**
 * Each source's card says who it is (UX review 4, S2 #4), in one line under its name (UX review 6,
 * S2 #2), whose title says that the article names no site: when it was published, and what it is based on: the first
 * report with its outlet's country and ownership (outside knowledge, starred, its key on "How this is
 * known"), then the others, each said to be "uncredited" where the article does not credit it, "via"
 * where one came through another. Every report's chip, and how each is known, are behind "How this is known".
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const JUNE = 'call-2024-06-25';
// At 1280×720 the line is the one line of "How this is known" itself (desk-room.spec.ts checks it there).
const SIZES = [
  [1440, 900],
  [2560, 1440],
] as const;

const panels = (page: Page) => page.locator('#source-panels').getByRole('article');
const box = async (l: Locator) => (await l.boundingBox())!;

const WORDS = {
  en: {
    restsOn: 'Based on',
    outside: 'outside knowledge, not from the article',
    through: 'via ',
    key: '* not in the article',
    about: 'How this is known',
    lines: [
      'based on Alhurra (US, government-funded broadcaster*), via Reuters and AFP, uncredited',
      'based on Reuters (UK, private news agency*); and on AFP, uncredited',
      // Its words for the call credit no one, as the coverage line says (review 12, S3-1).
      'based on Al Qahera News (Egypt, owned by United Media Services*) for another part; uncredited for this event',
    ],
    chains: [
      'Alhurra US · government-funded broadcaster* (named) · Reuters UK · private news agency*, AFP France · agency, part state-funded* (through Alhurra, not named, partly)',
      'Reuters UK · private news agency* (named, partly) · AFP France · agency, part state-funded* (not named, partly)',
      'Al Qahera News Egypt · owned by United Media Services* (named, partly)',
    ],
    note: /^Outside knowledge, not from any article: /,
  },
  ar: {
    restsOn: 'يستند إلى',
    outside: 'معرفة من خارج المقال',
    through: 'نقلًا عن ',
    key: '* معرفة من خارج المقال',
    about: 'كيف عُرف ذلك',
    lines: [
      'يستند إلى الحرة (الولايات المتحدة، ممولة من الحكومة الأميركية*)، نقلًا عن رويترز وفرانس برس، ضمنًا',
      'يستند إلى رويترز (بريطانيا، وكالة أنباء خاصة*)؛ وإلى فرانس برس، ضمنًا',
      'يستند إلى القاهرة الإخبارية (مصر، تملكها الشركة المتحدة للخدمات الإعلامية*) في جزء آخر؛ وروايته لهذا الحدث غير منسوبة',
    ],
    chains: [
      'الحرة الولايات المتحدة، ممولة من الحكومة الأميركية* (منسوب إليه) — رويترز بريطانيا، وكالة أنباء خاصة*، فرانس برس فرنسا، وكالة بتمويل حكومي جزئي* (عبر الحرة، مستنتج، جزئيًا)',
      'رويترز بريطانيا، وكالة أنباء خاصة* (منسوب إليه، جزئيًا) — فرانس برس فرنسا، وكالة بتمويل حكومي جزئي* (مستنتج، جزئيًا)',
      'القاهرة الإخبارية مصر، تملكها الشركة المتحدة للخدمات الإعلامية* (منسوب إليه، جزئيًا)',
    ],
    note: /^معرفة من خارج المقالات: /,
  },
} as const;

const flat = (text: string, words: (typeof WORDS)['en' | 'ar']): string =>
  text.replace(/\s+/g, ' ').replaceAll(`${words.outside}: `, '').replaceAll(`( `, '(').trim();

type Lang = 'en' | 'ar';

/** Each card says in one line under its name what it rests on; the chips behind "How this is known" (opened). */
async function cardLines(page: Page, lang: Lang): Promise<void> {
  const words = WORDS[lang];
  await expect(panels(page)).toHaveCount(3);
  for (const [i, panel] of (await panels(page).all()).entries()) {
    const name = await box(panel.getByRole('heading', { level: 3 }));
    const quote = await box(panel.getByRole('blockquote').first());
    // The name says the site is unnamed; the line: the date, what it is based on, and nothing
    // else above the fold.
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
      lang === 'en' ? /^Unnamed site / : /^موقع غير مسمّى /,
    );
    const ident = panel.locator('time').first().locator('xpath=ancestor::p[1]');
    const line = ident.getByText(words.lines[i]!.split(' (')[0]!);
    expect(flat(await line.innerText(), words)).toBe(words.lines[i]);
    // What a screen reader hears: the same facts, the chip said to be outside knowledge, the route.
    const heard = (await line.textContent())!.replace(/\s+/g, ' ');
    expect(heard).toContain(`${words.outside}: `);
    if (i === 0) expect(heard).toContain(words.through);
    const chip = panel.locator('[data-outlet]').first();
    await expect(chip).toHaveAttribute('title', words.note);
    // One line of text that wraps: from the name to the first quote, at most six and a half of
    // its lines (the line, "How this is known" and the gaps; the chips and notes took ten and more).
    const lineHeight = await ident.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    const identBox = await box(ident);
    expect(identBox.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
    expect(quote.y - (name.y + name.height)).toBeLessThanOrEqual(6.5 * lineHeight);
    // The key to the star is on the fold's line, in sight; the full chain is folded behind it.
    const about = panel.getByRole('group').filter({ has: page.getByText(words.about, { exact: true }) });
    await expect(about.getByText(words.key, { exact: true }).first()).toBeVisible();
    const chain = panel.getByRole('list', { name: words.restsOn });
    await expect(chain).toBeHidden();
    await panel.getByText(words.about, { exact: true }).click();
    await expect(chain).toBeVisible();
    const shown = (await chain.innerText()).replace(/\s+/g, ' ').replaceAll(`${words.outside}: `, '').trim();
    expect(shown).toBe(words.chains[i]);
    for (const c of await chain.locator('[data-outlet]').all()) {
      await expect(c).toContainText(words.outside);
      await expect(c).toHaveAttribute('title', words.note);
    }
  }
}

/** The folded notes keep what the line does not say: the photo credit, how each report is known. */
async function foldedNotes(page: Page, lang: Lang): Promise<void> {
  const words = WORDS[lang];
  const reuters = panels(page).nth(1);
  // Opened by the reader (the card's check opens every card's notes).
  await expect(reuters.getByRole('list', { name: words.restsOn })).toBeVisible();
  const facts = reuters.getByRole('definition');
  // Politico credits only the photo: it is not a report the source rests on, so it stays here.
  await expect(
    facts.filter({ hasText: lang === 'en' ? 'Politico (photo credit)' : 'بوليتيكو (مصدر الصورة)' }),
  ).toHaveCount(1);
  // Reuters is credited in the text: the line says so, and its credit is not listed again.
  await expect(
    facts.filter({ hasText: lang === 'en' ? 'Reuters (cited)' : 'رويترز (مُستشهد به)' }),
  ).toHaveCount(0);
  // The outlets' outside knowledge, in full, under the reports they describe.
  await expect(reuters.locator('[data-origin="reuters"]').last()).toContainText(
    lang === 'en'
      ? 'Outside knowledge, not from any article: an international news agency'
      : 'معرفة من خارج المقالات: وكالة أنباء دولية',
  );
}

/** The coverage at a glance is one strip, at most three lines of body text high, over the sources. */
async function coverageStrip(page: Page, lang: Lang): Promise<void> {
  const strip = page.getByRole('group', {
    name: lang === 'en' ? 'Coverage at a glance' : 'التغطية في لمحة',
  });
  await expect(strip).toBeInViewport();
  await expect(strip).toContainText(
    lang === 'en' ? 'UK, private news agency*' : 'بريطانيا، وكالة أنباء خاصة*',
  );
  const b = await box(strip);
  // One line of 14 px text (UX review 10, S3-4: no longer 12 px bold) and its padding, in the
  // screen's type scale (18 px body at 2560×1440): at most 2.5 lines of body text.
  const body = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(b.height).toBeLessThanOrEqual(2.5 * body);
  expect(b.y + b.height).toBeLessThanOrEqual((await box(panels(page).first())).y);
}

// One opening of the June 2024 call per size and language, each check a named step where its sizes
// include this one: the cards at 1440 and 2560 wide, the strip at 1440, 1920 and 2560, the
// folded notes (not a matter of size) at 1440. The strip first, before any card's notes are opened.
const STRIP_SIZES = ['1440×900', '1920×1080', '2560×1440'];
for (const [w, h] of [...SIZES, [1920, 1080] as const])
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}, ${w}×${h}) the coverage strip, each card's line and its notes`, async ({ page }) => {
      const size = `${w}×${h}`;
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}&event=${JUNE}`);
      if (STRIP_SIZES.includes(size))
        await test.step('the coverage at a glance is one strip, at most three lines of body text high, over the sources', () =>
          coverageStrip(page, lang));
      if (SIZES.some(([sw, sh]) => sw === w && sh === h))
        await test.step('each card says in one line under its name what it rests on; the chips behind "How this is known"', () =>
          cardLines(page, lang));
      if (size === '1440×900')
        await test.step('the folded notes keep what the line does not say: the photo credit, how each report is known', () =>
          foldedNotes(page, lang));
    });
