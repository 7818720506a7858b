/**
 * A deck printed to PDF by headless Chromium (playwright-core, from the development dependencies):
 * the same pages the browser prints ("Save as PDF"), built with jsdom through `buildDeckPages` and
 * loaded from a private address whose every request is answered here, with the app's own fonts.
 * Nothing goes to the network. Chromium is `/usr/bin/chromium`, or `RIWAYAT_CHROMIUM` (`CHROME_PATH`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import type { Deck } from '../data/deck';
import { buildDeckPages, deckStyleElement } from '../data/deck-html';

const ORIGIN = 'https://riwayat-deck.invalid';
const FAMILIES = ['noto-sans-arabic', 'noto-naskh-arabic'] as const;
const WEIGHTS = ['400', '600'] as const;

export function chromiumPath(): string {
  return process.env.RIWAYAT_CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/** The printable page: the deck's pages, their style, and the fonts' stylesheets. */
export async function deckDocument(deck: Deck): Promise<string> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  const doc = dom.window.document;
  doc.documentElement.lang = deck.lang === 'ar' ? 'ar-SY' : 'en-GB';
  doc.documentElement.dir = deck.lang === 'ar' ? 'rtl' : 'ltr';
  doc.documentElement.dataset.print = 'deck';
  const title = doc.createElement('title');
  title.textContent = deck.title;
  doc.head.append(title);
  for (const family of FAMILIES)
    for (const weight of WEIGHTS) {
      const link = doc.createElement('link');
      link.rel = 'stylesheet';
      link.href = `/fonts/${family}/${weight}.css`;
      doc.head.append(link);
    }
  doc.head.append(deckStyleElement(doc));
  doc.body.append(buildDeckPages(doc, deck));
  return dom.serialize();
}

/** A file of a fontsource package, or null for anything outside those packages. */
function fontFile(path: string): Buffer | null {
  const match = /^\/fonts\/(noto-sans-arabic|noto-naskh-arabic)\/(.+)$/.exec(path);
  if (match === null) return null;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`@fontsource/${match[1]}/package.json`));
  const file = normalize(join(root, match[2] ?? ''));
  if (!file.startsWith(root + sep)) return null;
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/** The deck as PDF bytes, one 13.333 × 7.5 in page a slide. */
export async function printDeckPdf(deck: Deck): Promise<Uint8Array> {
  const html = await deckDocument(deck);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium
    .launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    })
    .catch((e: unknown) => {
      throw new Error(
        `Chromium could not be started from ${chromiumPath()} (set RIWAYAT_CHROMIUM to another Chromium or Chrome): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
    });
  try {
    const page = await browser.newPage();
    // Every request is answered here: the page, or a font file; anything else is refused.
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/deck.html')
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      const body = fontFile(url.pathname);
      if (body === null) return route.fulfill({ status: 404, body: '' });
      const type = url.pathname.endsWith('.css')
        ? 'text/css'
        : url.pathname.endsWith('.woff2')
          ? 'font/woff2'
          : 'font/woff';
      return route.fulfill({ status: 200, contentType: type, body });
    });
    await page.goto(`${ORIGIN}/deck.html`, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => document.fonts.size)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
