/**
 * Each source's card says who it is (UX review 4, S2 #4): under its name, in one line, the reports it
 * rests on (credited or inferred, through which outlet, whole or in part) and, for the agencies and
 * outlets the dataset describes, a chip with their country and ownership, marked as outside knowledge.
 * What that line says is not repeated in the folded "How this is known" section.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const JUNE = 'call-2024-06-25';
const SIZES = [
  [1440, 900],
  [1280, 720],
  [2560, 1440],
] as const;

const panels = (page: Page) => page.locator('#source-panels').getByRole('article');
const box = async (l: Locator) => (await l.boundingBox())!;

const WORDS = {
  en: {
    restsOn: 'Based on',
    outside: 'outside knowledge, not from the article',
    key: '* not in the article',
    about: 'How this is known: date, credits, notes',
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
    key: '* معرفة من خارج المقال',
    about: 'كيف عُرف ذلك: التاريخ والنسبة والملاحظات',
    chains: [
      'الحرة الولايات المتحدة، ممولة من الحكومة الأميركية* (منسوب إليه) — رويترز بريطانيا، وكالة أنباء خاصة*، فرانس برس فرنسا، وكالة بتمويل حكومي جزئي* (عبر الحرة، مستنتج، جزئيًا)',
      'رويترز بريطانيا، وكالة أنباء خاصة* (منسوب إليه، جزئيًا) — فرانس برس فرنسا، وكالة بتمويل حكومي جزئي* (مستنتج، جزئيًا)',
      'القاهرة الإخبارية مصر، تملكها الشركة المتحدة للخدمات الإعلامية* (منسوب إليه، جزئيًا)',
    ],
    note: /^معرفة من خارج المقالات: /,
  },
} as const;

for (const [w, h] of SIZES)
  for (const lang of ['en', 'ar'] as const) {
    const words = WORDS[lang];
    test(`(${lang}, ${w}×${h}) each card names what it rests on and who they are, under its name, on the first screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `lang=${lang}&event=${JUNE}`);
      await expect(panels(page)).toHaveCount(3);
      for (const [i, panel] of (await panels(page).all()).entries()) {
        const chain = panel.getByRole('list', { name: words.restsOn });
        // The line reads as the dataset has it, the chips' hidden "outside knowledge" aside.
        const shown = (await chain.innerText())
          .replace(/\s+/g, ' ')
          .replaceAll(`${words.outside}: `, '')
          .trim();
        expect(shown).toBe(words.chains[i]);
        await expect(chain).toBeInViewport();
        // Under the name, above the first quote.
        const name = await box(panel.getByRole('heading', { level: 3 }));
        const line = await box(chain);
        const quote = await box(panel.getByRole('blockquote').first());
        expect(line.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
        expect(line.y + line.height).toBeLessThanOrEqual(quote.y + 1);
        // Every chip is outside knowledge and says so: to a screen reader in its text, on screen by its
        // star and the key, and its tooltip is the dataset's note with the reference.
        const chips = panel.locator('[data-outlet]');
        expect(await chips.count()).toBeGreaterThan(0);
        for (const chip of await chips.all()) {
          await expect(chip).toContainText(words.outside);
          await expect(chip).toHaveAttribute('title', words.note);
        }
        await expect(panel.getByText(words.key, { exact: true })).toBeVisible();
      }
    });
  }

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) the folded notes keep what the line does not say: the photo credit, how each report is known`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    const words = WORDS[lang];
    const reuters = panels(page).nth(1);
    await reuters.getByText(words.about).click();
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
  });
