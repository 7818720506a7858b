/**
 * npm run bench: Riwayat against plain vis-timeline on 1k, 10k and 100k synthetic events, in
 * headless Chromium; the bundled corpus's first draw and language switch; the initial JavaScript.
 * Measures navigation-to-ready (median of three loads), zoom and pan steps until the main thread is
 * idle (median and p95) and the JavaScript heap, prints each row and rewrites BENCHMARKS.md.
 * `npm run bench -- --corpus 1e4,1e5` measures the static corpus instead (bench/corpus-bench.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { firstLoad, total } from '../scripts/bundle-budget';
import { corpusBench, corpusSizes } from './corpus-bench';
import { generateDataset } from './generate';
import { serveStatic } from './serve';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const PORT = 4330;
const BASE = `http://127.0.0.1:${PORT}/`;
const PLAIN_LIMIT_MS = 30_000;
const LOADS = 3;
const ROUNDS = 10;
const DAY = 86_400_000;

interface Result {
  ready: number[];
  zoom: number[];
  pan: number[];
  heapMb: number;
}

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]): number => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: readonly number[]): number =>
  sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '—');
const pair = (xs: readonly number[]): string => `${fmt(median(xs))} / ${fmt(p95(xs))}`;

/**
 * Milliseconds from `start` (page time) until the page's main thread is free again: frame after
 * frame, wait until a message posted to the page is handled at once (no task was waiting), and stop
 * at the first frame after which there was nothing to do; capped at 2 s. (requestIdleCallback
 * would say much the same, but headless Chromium sometimes withholds idle periods for seconds from
 * a page with nothing to do.) Source text: this runs in the page.
 */
const SETTLE = `(t0) => new Promise((resolve) => {
  const channel = new MessageChannel();
  let end = t0;
  let frames = 0;
  let frameAt = 0;
  let posted = 0;
  const frame = () => requestAnimationFrame(() => {
    frames++;
    frameAt = performance.now();
    posted = frameAt;
    channel.port2.postMessage(0);
  });
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (now - posted >= 1 && now - t0 < 2000) {
      posted = now;
      channel.port2.postMessage(0);
      return;
    }
    // Free since \`posted\`: was there work after this frame, or is it the first one?
    const busy = posted - frameAt > 2 || frames === 1;
    if (busy) end = posted;
    if (busy && now - t0 < 2000) frame();
    else {
      channel.port1.close();
      resolve(end - t0);
    }
  };
  frame();
})`;

const settle = (page: Page, start: number): Promise<number> =>
  page.evaluate(`(${SETTLE})(${start})`) as Promise<number>;

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

async function readyTime(page: Page, timeout: number, nth = 0): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName('riwayat:ready').length > n, nth, {
    timeout,
    polling: 20,
  });
  return page.evaluate((n) => performance.getEntriesByName('riwayat:ready')[n]!.startTime, nth);
}

/** Loads `url` LOADS times in fresh contexts, then steps through zooms and pans on the last load. */
async function measure(
  browser: Browser,
  url: string,
  limit: number,
  step: (page: Page, kind: 'zoom' | 'pan', i: number) => Promise<number>,
): Promise<(Result & { page: Page; close: () => Promise<void> }) | null> {
  const ready: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(url);
    try {
      ready.push(await readyTime(page, limit));
    } catch {
      await context.close();
      return null;
    }
    if (i < LOADS - 1) {
      await context.close();
      continue;
    }
    await page.waitForTimeout(500);
    const heapMb = await heap(page);
    const zoom: number[] = [];
    const pan: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (let k = 0; k < 6; k++) zoom.push(await step(page, 'zoom', k));
      for (let k = 0; k < 4; k++) pan.push(await step(page, 'pan', k));
    }
    return { ready, zoom, pan, heapMb, page, close: () => context.close() };
  }
  return null;
}

// Zoom in three times, out three times; pan a quarter window later twice, earlier twice.
const ZOOM_KEYS = ['+', '+', '+', '-', '-', '-'];
const PAN_KEYS = ['Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowLeft'];
const ZOOM_FACTORS = [0.5, 0.5, 0.5, 2, 2, 2];
const PAN_SHIFTS = [0.25, 0.25, -0.25, -0.25];

/** Riwayat: a key press on the focused timeline, timed from the key event. */
async function riwayatStep(page: Page, kind: 'zoom' | 'pan', i: number): Promise<number> {
  if (!(await page.evaluate(() => 'keyAt' in window))) {
    await page.evaluate(() =>
      addEventListener('keydown', (e) => Object.assign(window, { keyAt: e.timeStamp }), true),
    );
    await page.locator('.timeline-pane').focus();
  }
  await page.keyboard.press((kind === 'zoom' ? ZOOM_KEYS : PAN_KEYS)[i] as string);
  return settle(page, await page.evaluate(() => (window as unknown as { keyAt: number }).keyAt));
}

/** The baseline: the same change of window through vis-timeline's own setWindow. */
async function plainStep(page: Page, kind: 'zoom' | 'pan', i: number): Promise<number> {
  const f = kind === 'zoom' ? (ZOOM_FACTORS[i] as number) : 1;
  const shift = kind === 'pan' ? (PAN_SHIFTS[i] as number) : 0;
  const t0 = await page.evaluate(
    ([f, shift]) => {
      const t = (
        window as unknown as {
          timeline: {
            getWindow(): { start: Date; end: Date };
            setWindow(a: number, b: number, o: object): void;
          };
        }
      ).timeline;
      const w = t.getWindow();
      const a = w.start.valueOf();
      const b = w.end.valueOf();
      const mid = (a + b) / 2 + (b - a) * shift;
      const half = ((b - a) * f) / 2;
      const start = performance.now();
      t.setWindow(mid - half, mid + half, { animation: false });
      return start;
    },
    [f, shift] as const,
  );
  return settle(page, t0);
}

/**
 * The steps that cross between density and single events, where vis-timeline must create (or drop)
 * the boxes of a whole window at once: zoom in from density until single events show, then out
 * until density shows again, five times.
 */
async function crossings(page: Page): Promise<{ inward: number[]; outward: number[] }> {
  const dense = async (): Promise<boolean> => (await page.locator('.timeline-engine.dense').count()) > 0;
  const press = async (key: string): Promise<number> => {
    await page.keyboard.press(key);
    return settle(page, await page.evaluate(() => (window as unknown as { keyAt: number }).keyAt));
  };
  const inward: number[] = [];
  const outward: number[] = [];
  for (let r = 0; r < 5; r++) {
    let t = NaN;
    for (let i = 0; i < 20 && (await dense()); i++) t = await press('+');
    inward.push(t);
    t = NaN;
    for (let i = 0; i < 20 && !(await dense()); i++) t = await press('-');
    outward.push(t);
  }
  return { inward, outward };
}

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 16);
/** A window edge as the app writes it in the URL: a UTC day, or a UTC day and time. */
const fromUrl = (s: string | null): number =>
  Date.parse(s === null ? '' : s.length === 10 ? `${s}T00:00Z` : `${s}Z`);

/** Writes `name.gz` beside every text file, as a host that serves compressed files would hold them. */
function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (/\.(html|js|css|json|svg)$/.test(name))
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 6 }));
  }
}

/** Gzipped size of the JavaScript the page loads before anything else (entry and static imports). */
/** The first load's JavaScript, gzipped, in KB: the figure `npm run test:budget` holds to its budget. */
const initialJsKb = (dir: string): number => total(firstLoad(dir)) / 1024;

/** The bundled corpus: first draw, then a switch of language to the new timeline's first draw. */
async function corpus(browser: Browser): Promise<{ ready: number[]; switching: number[] }> {
  const ready: number[] = [];
  const switching: number[] = [];
  for (let i = 0; i < 6; i++) {
    const lang = i % 2 === 0 ? 'en' : 'ar';
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE}?lang=${lang}`);
    ready.push(await readyTime(page, 10_000));
    await page.waitForTimeout(300);
    const other = lang === 'en' ? 'اقرأ بالعربية' : 'Read in English';
    const button = page.getByRole('button', { name: other });
    await button.evaluate((b) =>
      b.addEventListener('click', (e) => Object.assign(window, { clickAt: e.timeStamp }), { once: true }),
    );
    await button.click();
    const second = await readyTime(page, 10_000, 1);
    switching.push(second - (await page.evaluate(() => (window as unknown as { clickAt: number }).clickAt)));
    await context.close();
  }
  return { ready, switching };
}

/** `--corpus <sizes>`: only the static corpus benchmark (bench/corpus-bench.ts). */
async function corpusMain(sizes: string, dir: string): Promise<void> {
  console.log('building the app and the baseline page…');
  execSync('npm run -s data:build && npx vite build --config bench/vite.config.ts --logLevel warn', {
    stdio: 'inherit',
  });
  precompress('dist-bench');
  const server = await serveStatic('dist-bench', PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    await corpusBench(
      browser,
      {
        base: BASE,
        measure,
        riwayatStep,
        plainStep,
        readyTime: (page, timeout) => readyTime(page, timeout),
        settleAfterKey: async (page, key) => {
          if (!(await page.evaluate(() => 'keyAt' in window))) await riwayatStep(page, 'pan', 0);
          await page.keyboard.press(key);
          return settle(page, await page.evaluate(() => (window as unknown as { keyAt: number }).keyAt));
        },
      },
      corpusSizes(sizes),
      dir,
      'dist-bench',
    );
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--corpus');
  if (at !== -1) {
    const d = process.argv.indexOf('--corpus-dir');
    return corpusMain(
      process.argv[at + 1] ?? '1e4,1e5',
      d === -1 ? 'dist-bench-corpus' : (process.argv[d + 1] as string),
    );
  }
  console.log('building the app and the baseline page…');
  execSync('npm run -s data:build && npx vite build --config bench/vite.config.ts --logLevel warn', {
    stdio: 'inherit',
  });
  mkdirSync('dist-bench/bench-data', { recursive: true });
  for (const n of SIZES) writeFileSync(`dist-bench/bench-data/${n}.json`, JSON.stringify(generateDataset(n)));
  precompress('dist-bench');
  const server = await serveStatic('dist-bench', PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const wide: string[] = [];
  const narrow: string[] = [];
  let c: { ready: number[]; switching: number[] };
  let plainWideFailed = false;
  try {
    c = await corpus(browser);
    console.log(`corpus ready ${c.ready.map(fmt).join(' ')}; switch ${c.switching.map(fmt).join(' ')}`);
    for (const n of SIZES) {
      const data = `bench-data/${n}.json`;
      // Riwayat's own first view: the whole story.
      const ours = await measure(browser, `${BASE}?lang=en&data=${data}`, 60_000, riwayatStep);
      if (ours === null) throw new Error(`Riwayat did not draw ${n} events`);
      const q = new URL(ours.page.url()).searchParams;
      const first: [number, number] = [fromUrl(q.get('from')), fromUrl(q.get('to'))];
      const cross = await crossings(ours.page);
      await ours.close();
      let base: Result | null = null;
      if (!plainWideFailed) {
        const b = await measure(
          browser,
          `${BASE}bench/plain.html?data=../${data}&from=${first[0]}&to=${first[1]}`,
          PLAIN_LIMIT_MS,
          plainStep,
        );
        await b?.close();
        base = b;
        plainWideFailed = b === null;
      }
      wide.push(
        `| ${n.toLocaleString('en')} | ${fmt(median(ours.ready))} | ${base ? fmt(median(base.ready)) : `> ${PLAIN_LIMIT_MS / 1000} s`} | ${pair(ours.zoom)} | ${base ? pair(base.zoom) : '—'} | ${pair(ours.pan)} | ${base ? pair(base.pan) : '—'} | ${fmt(median(cross.inward))} / ${fmt(Math.max(...cross.inward))} | ${fmt(median(cross.outward))} / ${fmt(Math.max(...cross.outward))} | ${fmt(ours.heapMb)} | ${base ? fmt(base.heapMb) : '—'} |`,
      );
      console.log(wide[wide.length - 1]);
      // Both on the same 30-day window, as vis-timeline's documentation advises for large data.
      const mid = (first[0] + first[1]) / 2;
      const [from, to] = [mid - 15 * DAY, mid + 15 * DAY];
      const ours30 = await measure(
        browser,
        `${BASE}?lang=en&data=${data}&from=${iso(from)}&to=${iso(to)}`,
        60_000,
        riwayatStep,
      );
      await ours30?.close();
      const base30 = await measure(
        browser,
        `${BASE}bench/plain.html?data=../${data}&from=${from}&to=${to}`,
        60_000,
        plainStep,
      );
      await base30?.close();
      const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
      narrow.push(
        ours30 && base30
          ? `| ${n.toLocaleString('en')} | ${fmt(median(ours30.ready))} | ${fmt(median(base30.ready))} | ${pair(ours30.zoom)} | ${pair(base30.zoom)} | ${pair(ours30.pan)} | ${pair(base30.pan)} | ${fmt(ours30.heapMb)} | ${fmt(base30.heapMb)} | ${ratio(median(base30.ready), median(ours30.ready))} / ${ratio(p95(base30.zoom), p95(ours30.zoom))} / ${ratio(p95(base30.pan), p95(ours30.pan))} |`
          : `| ${n.toLocaleString('en')} | did not draw within 60 s | | | | | | | | |`,
      );
      console.log(narrow[narrow.length - 1]);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const chromiumVersion = execSync(`${chromiumPath} --version 2>/dev/null || true`).toString().trim();
  const doc = `# Benchmarks

\`npm run bench\` (Playwright driving headless Chromium; not part of \`npm test\`) generates synthetic
datasets of 1,000, 10,000 and 100,000 events (ten years, six lanes, one quoted source each;
\`bench/generate.ts\`), opens each in Riwayat through \`?data=\` and in a page with plain vis-timeline
tuned as its documentation advises (\`bench/plain.ts\`: one DataSet, a bounded start/end in the
constructor), and measures:

- **ready**: from navigation start to the first draw of the dataset (\`performance.mark('riwayat:ready')\`;
  for the baseline, vis-timeline's \`onInitialDrawComplete\`), the median of ${LOADS} loads in fresh
  browser contexts, in ms;
- **zoom** and **pan**: one step (zoom ×2 in or out; pan a quarter of the window), from the key event
  (Riwayat) or the \`setWindow\` call (baseline) until the main thread is free again (after the next
  frame, the first moment a message posted to the page is handled at once; capped at 2 s), median / p95 in ms over
  ${ROUNDS * 6} zoom and ${ROUNDS * 4} pan steps; Riwayat runs with reduced motion so no animation is
  counted;
- **heap**: JavaScript heap after a forced garbage collection, in MB.

Both pages are served by \`bench/serve.ts\` as a production host would serve them: files gzipped
ahead of time, none compressed per request.

Measured on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB,
Node ${process.version}, ${chromiumVersion}. Reproduce with \`npm run bench\` (set \`BENCH_SIZES=1000,10000\`
to skip the largest).

## On Riwayat's first view (the whole story)

| events | ready (ms) | baseline ready | zoom median / p95 | baseline zoom | pan median / p95 | baseline pan | density → single events, median / max | single events → density, median / max | heap (MB) | baseline heap |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${wide.join('\n')}

"> ${PLAIN_LIMIT_MS / 1000} s" means the baseline had not drawn after ${PLAIN_LIMIT_MS / 1000} seconds; larger sizes are then not tried.
The two crossing columns time the one zoom step at which the lanes turn from density bars into single
events (vis-timeline creates the boxes of the window at once) and back, five times each.

## On the same 30-day window

| events | ready (ms) | baseline ready | zoom median / p95 | baseline zoom | pan median / p95 | baseline pan | heap (MB) | baseline heap | baseline ÷ Riwayat (ready / zoom p95 / pan p95) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${narrow.join('\n')}

## The bundled corpus and the first load

- ready (alternately \`?lang=en\` and \`?lang=ar\`, fresh contexts): ${c.ready.map(fmt).join(', ')} ms (median ${fmt(median(c.ready))});
- language switch, from the click to the new timeline's first draw: ${c.switching.map(fmt).join(', ')} ms (median ${fmt(median(c.switching))});
- initial JavaScript (the entry and its static imports, gzipped; see \`npm run test:budget\`): ${initialJsKb('dist-bench').toFixed(0)} KB.
`;
  // Hand-written notes below the marker survive a new run.
  const MARK = '<!-- notes: kept across runs -->';
  const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
  const notes = previous.includes(MARK) ? previous.slice(previous.indexOf(MARK)) : `${MARK}\n`;
  writeFileSync('BENCHMARKS.md', `${doc}\n${notes}`);
  execSync('npx prettier --write BENCHMARKS.md', { stdio: 'ignore' });
  console.log('wrote BENCHMARKS.md');
}

await main();
