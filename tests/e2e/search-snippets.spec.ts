/**
 * A search's snippets in the other script (Arabic ones in English results, Latin ones in Arabic
 * results) read in their own direction: each a block beside its label whose every line starts at its
 * own side (UX review 5, S2 #7; `tests/unit/snippet.test.ts`: cut between words).
 */
import { expect, openApp, test } from './fixtures';

for (const [lang, q, other] of [
  ['en', 'June 2024', 'ar'],
  ['ar', 'Shoigu', 'en'],
] as const)
  test(`(${lang}) snippets in ${other === 'ar' ? 'Arabic' : 'English'} start each line at their own side`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&q=${encodeURIComponent(q)}`);
    const results = page.getByRole('region', { name: lang === 'en' ? /matching events/ : /مطابق/ });
    const snippets = results.locator(`bdi[lang="${other}"]`);
    await expect(snippets.first()).toBeVisible();
    const lines = await snippets.evaluateAll((els) =>
      els.map((el) => {
        const button = el.closest('button')!;
        const b = button.getBoundingClientRect();
        const cs = getComputedStyle(button);
        const left = b.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
        const right = b.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight);
        const range = document.createRange();
        range.selectNodeContents(el);
        // One rect per line (marks split a line into several: keep each line's outermost).
        const byLine = new Map<number, { left: number; right: number }>();
        for (const r of range.getClientRects()) {
          const key = Math.round(r.top / 4);
          const was = byLine.get(key);
          byLine.set(key, {
            left: Math.min(was?.left ?? r.left, r.left),
            right: Math.max(was?.right ?? r.right, r.right),
          });
        }
        return { text: el.textContent ?? '', left, right, lines: [...byLine.values()] };
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const s of lines)
      for (const line of s.lines)
        if (other === 'ar') expect(Math.abs(line.right - s.right), s.text).toBeLessThan(3);
        else expect(Math.abs(line.left - s.left), s.text).toBeLessThan(3);
  });
