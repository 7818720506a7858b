import { readFileSync } from 'node:fs';
import { en } from '../support/words';
import { expect, test } from './fixtures';

const ARTICLE = 'tests/fixtures/articles/daralmaref-2022-10-21.txt';
const TEXT = readFileSync(ARTICLE, 'utf8');
// A sentence of two lines and more at desk width: the selection line once wrapped while dragging over it.
const FROM = TEXT.indexOf('أعلنت وزارة');
const TO = TEXT.indexOf('أوكرانيا.', FROM) + 'أوكرانيا'.length;

/** The centre of the character at `offset` of the article as drawn (scrolled into view when asked). */
const charAt =
  (offset: number, scroll = false) =>
  (o: number) => {
    for (const run of document.querySelectorAll<HTMLElement>('.author-text [data-start]')) {
      const from = Number(run.dataset['start']);
      if (from <= o && o < Number(run.dataset['end'])) {
        if (scroll) run.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = document.createRange();
        r.setStart(run.firstChild!, o - from);
        r.setEnd(run.firstChild!, o - from + 1);
        const box = r.getClientRects()[0]!;
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    throw new Error(`no character at ${offset}`);
  };

test('the article stays where it is while a passage is dragged over (#24 S3)', async ({ page }) => {
  const L = en.author;
  await page.goto('./?lang=en&author=1');
  await expect(page.getByRole('heading', { name: L.heading })).toBeVisible({ timeout: 30_000 });
  await page.getByText(L.restart).click();
  await page.getByRole('button', { name: L.restartEmpty }).click();
  await page.getByRole('button', { name: L.restartConfirm, exact: true }).click();
  await page.getByText(L.addArticle, { exact: true }).click();
  await page.getByLabel(L.chooseFile, { exact: true }).setInputFiles(ARTICLE);
  const text = page.locator('.author-text');
  await expect(page.getByRole('heading', { name: 'art-000' })).toBeVisible();
  // Unscrolled, as a person starts (a scrolled column would hide a jump: the browser's scroll anchoring
  // keeps the text in place there): the article's description folded away so its text is in view.
  await page.getByText(L.aboutArticle, { exact: true }).click();
  // Until the column has stopped scrolling: both ends measured in one frame.
  let start = { x: 0, y: 0 };
  let end = { x: 0, y: 0 };
  await expect(async () => {
    const [a, b] = await Promise.all([
      page.evaluate(charAt(FROM), FROM),
      page.evaluate(charAt(TO - 1), TO - 1),
    ]);
    const again = await page.evaluate(charAt(FROM), FROM);
    expect(again.y).toBe(a.y);
    [start, end] = [a, b];
  }).toPass();
  expect(end.y, 'the passage is in view without scrolling').toBeLessThan(850);
  const top = async (): Promise<number> => (await text.boundingBox())!.y;
  const before = await top();
  // From the sentence's first letter along its line to the line's end (at the left in Arabic), then
  // down into the next line: more than the 60 characters at which the selection line wrapped.
  const box = (await text.boundingBox())!;
  const lineEnd = box.x + 12;
  await page.mouse.move(start.x + 3, start.y);
  await page.mouse.down();
  const tops: number[] = [];
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(start.x + ((lineEnd - start.x) * i) / 10, start.y);
    tops.push(await top());
  }
  for (let i = 1; i <= 4; i++) {
    await page.mouse.move(lineEnd + i * 40, start.y + i * 9);
    tops.push(await top());
  }
  await page.mouse.up();
  const status = page.locator('.author-selected');
  await expect(status).toContainText(/(\d+) characters selected/);
  // One line whatever is selected: a second line is what pushed the text 22 px down mid-drag.
  expect((await status.boundingBox())!.height).toBeLessThan(30);
  tops.push(await top());
  expect(
    tops.every((y) => Math.abs(y - before) < 2),
    `article top ${before} → ${tops.join(', ')}`,
  ).toBe(true);
  // (Less than a pixel may move with the fonts of the line; a wrapped line moved it 22 px.)
  // The selection reached the next line: the text did not move away from under the pointer.
  const n = Number(/(\d+) characters selected/.exec((await status.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(80);
});
