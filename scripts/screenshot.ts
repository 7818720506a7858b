/**
 * Screenshots of the built app for a person to look at:
 *   npx tsx scripts/screenshot.ts [OUT_DIR] [query ...]
 * Serves nothing itself: point RIWAYAT_URL at a running `npm run preview` (default port 4173).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';

const out = process.argv[2] ?? 'screenshots';
const queries = process.argv.slice(3);
const base = process.env.RIWAYAT_URL ?? 'http://127.0.0.1:4173/';
const width = Number(process.env.RIWAYAT_WIDTH ?? 1440);
const height = Number(process.env.RIWAYAT_HEIGHT ?? 900);

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
for (const [i, q] of (queries.length > 0 ? queries : ['lang=ar', 'lang=en']).entries()) {
  await page.goto(`${base}?${q}`);
  await page
    .waitForFunction(() => performance.getEntriesByName('riwayat:ready').length > 0, null, {
      timeout: 15_000,
    })
    .catch(() => console.log('not ready'));
  await page.waitForTimeout(400);
  const file = `${out}/${String(i).padStart(2, '0')}-${q.replace(/[^a-z0-9=-]+/gi, '_').slice(0, 60)}.png`;
  await page.screenshot({ path: file, fullPage: process.env.RIWAYAT_FULL === '1' });
  console.log(`wrote ${file}`);
}
await browser.close();
