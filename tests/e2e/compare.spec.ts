import type { Page } from '@playwright/test';
import { sourceLabel } from '../../src/domain/source-title';
import type { Source } from '../../src/domain/types';
import { expect, openApp, query, storyPane, test } from './fixtures';

interface Served {
  sources: (Source & { text: string })[];
  events: {
    id: string;
    claims: { id: string; variantOf?: string }[];
    accounts: {
      source: string;
      quotes: { start: number; end: number; text: string; en: string; claims: string[] }[];
    }[];
  }[];
}

async function served(page: Page): Promise<Served> {
  return (await (await page.request.get('./dataset.json')).json()) as Served;
}

const EVENT = 'call-2024-06-25';

/** The sources' panels: articles that say which source they hold. */
const panelsOf = (page: Page) => page.getByRole('article').and(page.locator('[data-source]'));
const panelOf = (page: Page, id: string) =>
  page.getByRole('article').and(page.locator(`[data-source="${id}"]`));

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) the June 2024 call: every reporting source side by side, in its exact words`, async ({
    page,
  }) => {
    const data = await served(page);
    const event = data.events.find((e) => e.id === EVENT)!;
    const texts = new Map<string, string>(data.sources.map((s) => [s.id, s.text]));
    await openApp(page, `lang=${lang}&event=${EVENT}`);
    const panels = panelsOf(page);
    await expect(panels).toHaveCount(event.accounts.length);
    for (const account of event.accounts) {
      const panel = panelOf(page, account.source);
      // Titled by the site the article names, else by the report it credits, else by its description.
      const source = data.sources.find((s) => s.id === account.source)!;
      const credited = source.restsOn?.find((r) => r.basis === 'credited');
      const lead = source.outletBasis !== 'stated' && credited !== undefined ? credited.name : source.outlet;
      await expect(panel.getByRole('heading', { level: 3 })).toContainText(lead[lang]);
      const figures = panel.getByRole('figure');
      await expect(figures).toHaveCount(account.quotes.length);
      for (let i = 0; i < account.quotes.length; i++) {
        const f = figures.nth(i);
        const start = Number(await f.getAttribute('data-start'));
        const end = Number(await f.getAttribute('data-end'));
        const shown = await f.locator('blockquote').textContent();
        // What is shown is exactly the article's slice at the offsets the dataset gives.
        expect(shown).toBe(texts.get(account.source)!.slice(start, end));
        await expect(f.locator('blockquote')).toHaveAttribute('lang', 'ar');
        await expect(f.locator('blockquote')).toHaveAttribute('dir', 'rtl');
      }
    }
    // Sources that did not report the event are named, as their cards would be (`sourceLabel`), in
    // English with the lower-case first letter of a name inside a sentence ("unnamed site citing …").
    const silent = data.sources.filter((s) => !event.accounts.some((a) => a.source === s.id));
    // (In Arabic an outlet name's numbers follow the digit setting: Arabic-Indic by default.)
    const digits = (t: string) => (lang === 'ar' ? t.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) : t);
    const mid = (t: string) => (lang === 'en' && /^Unnamed /.test(t) ? `u${t.slice(1)}` : t);
    for (const s of silent)
      await expect(page.locator(`.silent-sources [data-source="${s.id}"]`)).toHaveText(
        mid(digits(sourceLabel(s, lang))),
      );
  });
}

test('(en) each quote stands with its English rendering, marked as a translation', async ({ page }) => {
  const data = await served(page);
  const q = data.events.find((e) => e.id === EVENT)!.accounts[0]!.quotes[0]!;
  await openApp(page, `lang=en&event=${EVENT}`);
  const first = page.getByRole('figure').first();
  await expect(first.locator('p[lang="en"]')).toBeVisible();
  await expect(first.locator('p[lang="en"]')).toContainText(q.en);
  await expect(first.getByText('Translation:')).toHaveText('Translation:');
  await expect(first.locator('p[lang="en"]')).toHaveAttribute('lang', 'en');
});

test('(ar) the English rendering is one click away', async ({ page }) => {
  const data = await served(page);
  const q = data.events.find((e) => e.id === EVENT)!.accounts[0]!.quotes[0]!;
  await openApp(page, `lang=ar&event=${EVENT}`);
  const first = page.getByRole('figure').first();
  await expect(first.locator('p[lang="en"]')).toBeHidden();
  await first.getByText('الترجمة الإنجليزية').click();
  await expect(first.locator('p[lang="en"]')).toBeVisible();
  await expect(first.locator('p[lang="en"]')).toContainText(q.en);
});

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) the claims view shows which source carries which claim`, async ({ page }) => {
    const data = await served(page);
    const event = data.events.find((e) => e.id === EVENT)!;
    await openApp(page, `lang=${lang}&event=${EVENT}`);
    const rows = page.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(event.claims.length);
    for (const claim of event.claims) {
      const row = page.locator(`tr[data-claim="${claim.id}"]`);
      // A claim's row holds its variants' quotes too (they follow it, each in a row of its own).
      const ids = [claim.id, ...event.claims.filter((c) => c.variantOf === claim.id).map((c) => c.id)];
      const says = (q: { claims: string[] }) => q.claims.some((c) => ids.includes(c));
      const carriers = event.accounts.filter((a) => a.quotes.some(says));
      await expect(row.locator('td.carried')).toHaveCount(carriers.length);
      await expect(row.locator('td.not-carried')).toHaveCount(event.accounts.length - carriers.length);
      const alone = carriers.length === 1 && claim.variantOf === undefined;
      await expect(row.locator('.badge-single')).toHaveCount(alone ? 1 : 0);
      for (const text of carriers.flatMap((a) => a.quotes.filter(says).map((q) => q.text))) {
        await expect(
          row
            .locator('p[lang="ar"]')
            .filter({ hasText: text.slice(0, 30) })
            .first(),
        ).toBeVisible();
      }
    }
    // A claim of "Who said what" brings its row to the top of the pane, right under the table's sticky
    // headers, and marks it for a moment (UX review 13, S3-N5: it stopped mid-screen, unmarked).
    const said = lang === 'en' ? 'Austin initiated the conversation' : 'أوستن هو من بادر إلى المحادثة';
    await page
      .getByRole('region', { name: lang === 'en' ? 'Who said what' : 'من قال ماذا' })
      .getByRole('button', { name: said })
      .click();
    const target = page.locator('tr[data-claim="initiator"]');
    await expect(target).toHaveClass(/claim-flash/);
    const header = page.getByRole('columnheader').first();
    await expect
      .poll(async () => (await target.boundingBox())!.y - (await storyPane(page).boundingBox())!.y, {
        timeout: 4000,
      })
      .toBeLessThan(100);
    const under =
      (await target.boundingBox())!.y -
      ((await header.boundingBox())!.y + (await header.boundingBox())!.height);
    expect(under).toBeGreaterThanOrEqual(-1);
    expect(under).toBeLessThan(20);
  });
}

test('the word-by-word comparison marks real differences and nothing shared', async ({ page }) => {
  await openApp(page, `lang=en&event=${EVENT}`);
  const row = page.locator('tr[data-claim="initiator"]');
  await row.getByRole('button', { name: 'Compare wording' }).click();
  await expect.poll(() => query(page).get('claim')).toBe('initiator');
  const compare = page.locator('#claim-compare');
  // art-001 says Ryder spoke "to reporters"; art-002 calls him "Major General". Both name Ryder.
  await expect(compare.locator('del')).toContainText(['للصحفيين']);
  await expect(compare.locator('ins')).toContainText(['اللواء']);
  const marked = [
    ...(await compare.locator('del').allTextContents()),
    ...(await compare.locator('ins').allTextContents()),
  ].join(' ');
  expect(marked).not.toContain('رايدر');
  expect(marked).not.toContain('أوستن');
  // The comparison survives a reload: the claim is in the URL.
  await page.reload();
  await expect(page.locator('.claims-table tr.selected')).toHaveAttribute('data-claim', 'initiator');
  await expect(page.locator('#claim-compare del').first()).toBeVisible();
  // A link that names a claim opens on its comparison, in view under the table's sticky headers and
  // focused, not at the top of the event with focus on the page (UX review 13, S3-N3).
  const heading = page.getByRole('heading', { name: /^Word by word:/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const header = page.getByRole('columnheader').first();
  const headerBox = (await header.boundingBox())!;
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(headerBox.y + headerBox.height);
  expect((await heading.boundingBox())!.y).toBeLessThan(headerBox.y + headerBox.height + 40);
});

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) "show in the article" highlights the right span, marks the others, and Escape returns focus`, async ({
    page,
  }) => {
    const data = await served(page);
    const event = data.events.find((e) => e.id === EVENT)!;
    const account = event.accounts[1]!;
    const quote = account.quotes[2]!;
    await openApp(page, `lang=${lang}&event=${EVENT}`);
    const button = panelOf(page, account.source)
      .getByRole('figure')
      .nth(2)
      .getByRole('button', { name: lang === 'en' ? /Show in the article/ : /اعرض في المقال/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const current = dialog.locator('.reader-text mark.seg-current');
    await expect(current).toHaveText(quote.text);
    await expect(current).toHaveAttribute('data-start', String(quote.start));
    await expect(current).toBeInViewport();
    // The article's passages quoted for other events are marked too, and its furniture dimmed.
    const quotedElsewhere = data.events
      .filter((e) => e.id !== EVENT)
      .flatMap((e) => e.accounts.filter((a) => a.source === account.source).flatMap((a) => a.quotes));
    expect(
      await dialog.locator('.reader-text mark.seg-quoted, .reader-text .seg-quoted').count(),
    ).toBeGreaterThanOrEqual(quotedElsewhere.length);
    await expect(dialog.locator('.seg-out').first()).toBeVisible();
    // The reader shows the whole article, unaltered (the English rendering under the passage aside).
    const articleText = await dialog.locator('.reader-text').evaluate((el) =>
      [...el.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.getAttribute('lang') === 'en'))
        .map((n) => n.textContent)
        .join(''),
    );
    expect(articleText).toBe(data.sources.find((s) => s.id === account.source)!.text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
}

test('the selected source is part of the URL', async ({ page }) => {
  await openApp(page, `lang=en&event=${EVENT}`);
  const panel = panelsOf(page).nth(2);
  const id = await panel.getAttribute('data-source');
  await panel.getByRole('heading').getByRole('button').click();
  await expect.poll(() => query(page).get('source')).toBe(id);
  // Singled out, it moves to the head of the panels.
  await expect(panelOf(page, id!)).toHaveClass(/selected/);
  await expect(panelsOf(page).first()).toHaveAttribute('data-source', id!);
  await page.reload();
  await expect(page.locator('.source-panel.selected')).toHaveAttribute('data-source', id!);
  await expect(page.locator('.source-panel.selected .source-name')).toHaveAttribute('aria-pressed', 'true');
});
