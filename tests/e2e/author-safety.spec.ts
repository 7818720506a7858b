import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '../support/words';
import { expect, test } from './fixtures';

// Findings M2, M3 and M4 of the security review, in Chromium with its real IndexedDB.
const L = en.author;
const SENTENCE =
  'أعلنت وزارة الدفاع يوم الثلاثاء 3 مايو 2022 أن الوزير أجرى اتصالا هاتفيا أمس مع نظيره لويد أوستن. ';

test('a second tab is told when the first saved the draft, and its change does not overwrite it (M2)', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  for (const p of [page, other]) {
    await p.goto('?lang=en&author=1');
    await expect(p.getByRole('heading', { name: L.heading })).toBeVisible();
  }
  const add = async (p: typeof page, text: string): Promise<void> => {
    await p.getByText(L.addArticle).click();
    await p.getByLabel(L.paste).fill(text);
    await p.getByRole('button', { name: L.addPasted }).click();
  };
  await add(page, 'ألف AAA نص المقال الأول.');
  await expect(page.getByRole('status').filter({ hasText: L.save.saved })).toBeVisible();
  // The other tab hears of it at once, and its own change is not written over the first tab's.
  await expect(other.getByRole('alert')).toContainText(L.conflict);
  await add(other, 'باء BBB نص المقال الثاني.');
  await expect(other.getByText(L.save.conflict)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: L.heading })).toBeVisible();
  const texts = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('riwayat-author');
      r.onsuccess = () => ok(r.result);
    });
    const record = await new Promise<{ base: { sources: { text: string }[] }; done: { text?: string }[] }>(
      (ok) => {
        const r = db.transaction('drafts').objectStore('drafts').get('current');
        r.onsuccess = () => ok(r.result);
      },
    );
    return record.done.map((c) => c.text ?? '');
  });
  expect(texts).toEqual(['ألف AAA نص المقال الأول.']);
  // Opening the draft saved there sets this tab's aside and shows the first tab's article.
  await other.getByRole('button', { name: L.conflictReload }).click();
  await expect(other.getByRole('alert')).toHaveCount(0);
  await expect(other.locator('.author-articles li')).toHaveCount(6);
  await expect(other.getByRole('heading', { name: 'art-005', exact: true })).toBeVisible();
  await other.close();
});

test('a saved draft it cannot replay is set aside with an alert, never a blank page (M3)', async ({
  page,
}) => {
  await page.goto('?lang=en');
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('riwayat-author', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('drafts');
      r.onsuccess = () => ok(r.result);
    });
    await new Promise((ok) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(
        { base: {}, done: [{ type: 'add-article', text: 'مقال محفوظ مهم' }, { type: 'bogus' }], undone: [] },
        'current',
      );
      tx.oncomplete = ok;
    });
    db.close();
  });
  await page.goto('?lang=en&author=1');
  await expect(page.getByRole('alert')).toContainText(L.unreadable);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: L.exportRaw }).click();
  const raw = JSON.parse(
    await (
      await (await download).createReadStream()
    )
      .toArray()
      .then((b) => Buffer.concat(b).toString('utf8')),
  ) as {
    done: { text?: string }[];
  };
  expect(raw.done[0]?.text).toBe('مقال محفوظ مهم');
  await expect(page.locator('.author-articles li')).not.toHaveCount(0);
});

test('an article over the limit is refused at once, and the draft stays as it was (M4)', async ({ page }) => {
  await page.goto('?lang=en&author=1');
  await expect(page.getByRole('heading', { name: L.heading })).toBeVisible();
  const before = await page.locator('.author-articles li').count();
  const file = join(tmpdir(), 'riwayat-1mb-article.txt');
  writeFileSync(file, SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length)));
  await page.getByText(L.addArticle).click();
  const t0 = Date.now();
  await page.getByLabel(L.chooseFile).setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('too long for the workbench');
  expect(Date.now() - t0).toBeLessThan(5000);
  await expect(page.locator('.author-articles li')).toHaveCount(before);
});
