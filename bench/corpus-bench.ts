/**
 * npm run bench -- --corpus 1e4,1e5[,1e6] [--corpus-dir <dir>]
 *
 * The static corpus in the app, at each size asked for: realistic events (bench/corpus-input.ts),
 * built with the corpus CLI under GNU time (wall clock, CPU, peak memory), opened in headless Chromium
 * with `?data=<corpus>/`, and measured: first draw (median of three loads), bytes transferred before
 * it, zoom and pan steps, JS heap after GC, and the time from a click on an event to its quotes on
 * screen. With 1e4, also the same events as one file, in the app and in plain vis-timeline.
 * Inputs and corpora stay in `--corpus-dir` (default dist-bench-corpus/) as `in-<size>` and
 * `c-<size>`, with the build's `build-<size>.log`; existing ones are reused.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';

export interface Steps {
  readonly base: string;
  measure(
    browser: Browser,
    url: string,
    limit: number,
    step: (page: Page, kind: 'zoom' | 'pan', i: number) => Promise<number>,
  ): Promise<{
    ready: number[];
    zoom: number[];
    pan: number[];
    heapMb: number;
    page: Page;
    close: () => Promise<void>;
  } | null>;
  riwayatStep(page: Page, kind: 'zoom' | 'pan', i: number): Promise<number>;
  plainStep(page: Page, kind: 'zoom' | 'pan', i: number): Promise<number>;
  readyTime(page: Page, timeout: number): Promise<number>;
  settleAfterKey(page: Page, key: string): Promise<number>;
}

export interface BuildFigures {
  readonly wall: string;
  readonly cpu: string;
  readonly peakMb: number;
}

/** Sizes as given (`1e6`, `100000`) with their event counts. */
export function corpusSizes(arg: string): { label: string; n: number }[] {
  return arg.split(',').map((label) => ({ label, n: Number(label) }));
}

/** Reads GNU time's -v report. */
export function buildFigures(log: string): BuildFigures | null {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(log)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(log)?.[1];
  const sys = /System time \(seconds\): ([\d.]+)/.exec(log)?.[1];
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1];
  if (wall === undefined || user === undefined || sys === undefined || rss === undefined) return null;
  return {
    wall,
    cpu: `${Math.round(Number(user))} + ${Math.round(Number(sys))} s`,
    peakMb: Math.round(Number(rss) / 1024),
  };
}

/** Builds input and corpus of `n` events in `dir` unless they are there. */
function prepare(dir: string, label: string, n: number): BuildFigures | null {
  const input = `${dir}/in-${label}`;
  const out = `${dir}/c-${label}`;
  const log = `${dir}/build-${label}.log`;
  if (!existsSync(`${input}/events.jsonl`)) {
    console.log(`writing ${n} events to ${input}…`);
    execSync(`npx tsx bench/corpus-input.ts ${n} ${input}`, { stdio: 'inherit' });
  }
  if (!existsSync(`${out}/manifest.json`)) {
    console.log(`building ${out}…`);
    execSync(
      `/usr/bin/time -v node --max-old-space-size=1024 --import tsx src/cli/corpus.ts build ${input} --out ${out} > ${log} 2>&1`,
      { stdio: 'inherit', shell: '/bin/bash' },
    );
  }
  // The small files a host would serve compressed; blocks and row groups go by range, uncompressed.
  execSync(`gzip -6 -k -f ${out}/*.json`, { shell: '/bin/bash' });
  return existsSync(log) ? buildFigures(readFileSync(log, 'utf8')) : null;
}

/** The input directory as one dataset file (for the single-file path and the baseline). */
function singleFile(input: string, path: string): void {
  const read = (name: string) => readFileSync(`${input}/${name}`, 'utf8');
  const meta = JSON.parse(read('dataset.json')) as { title: unknown };
  const events = read('events.jsonl').trim().split('\n').join(',');
  writeFileSync(
    path,
    `{"format":"riwayat-dataset","version":1,"title":${JSON.stringify(meta.title)},"sources":${read('sources.json')},"entities":${read('entities.json')},"events":[${events}]}`,
  );
}

/** Bytes (response bodies as sent, and headers) of the requests finished before the page's first draw. */
async function loadBytes(
  browser: Browser,
  url: string,
  steps: Steps,
): Promise<{ ready: number; kb: number }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const done: { at: number; bytes: number }[] = [];
  page.on('requestfinished', (request) => {
    const at = Date.now();
    void request.sizes().then((s) => done.push({ at, bytes: s.responseBodySize + s.responseHeadersSize }));
  });
  await page.goto(url);
  const ready = await steps.readyTime(page, 120_000);
  const origin = await page.evaluate(() => performance.timeOrigin);
  await page.waitForTimeout(300);
  const kb = done.filter((d) => d.at <= origin + ready).reduce((n, d) => n + d.bytes, 0) / 1024;
  await context.close();
  return { ready, kb };
}

/**
 * Zooms in until single events show and clicks one (or, when a corpus shows only density at every
 * zoom, searches for `query` and clicks the first result), and times from the click to its first
 * quote drawn (the next frame after a `.quote-text` appears).
 */
export async function selectToQuotes(page: Page, steps: Steps, query: string): Promise<number | null> {
  const items = page.locator(
    '.timeline-engine .vis-item:not(.vis-background):not(.vis-dot):not(.vis-line) .vis-item-content',
  );
  for (let i = 0; i < 16 && (await items.count()) === 0; i++) await steps.settleAfterKey(page, '+');
  const count = await items.count();
  let item = items.nth(Math.floor(count / 2));
  if (count === 0) {
    // Only density at every zoom (a large corpus): pick the event from a search instead.
    await page.getByPlaceholder('Search events, people, quotes…').fill(query);
    const results = page.locator('.search-results button.list-item.result');
    await results.first().waitFor({ timeout: 60_000 });
    item = results.first();
  }
  // Nothing selected before: no quotes on screen.
  if ((await page.locator('.quote-text').count()) > 0) return null;
  // Source text, so that the bundler's helpers stay out of the page.
  await page.evaluate(`(() => {
    delete window.clickAt;
    delete window.quoteAt;
    addEventListener('click', (e) => { window.clickAt ??= e.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('.quote-text') === null) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.quoteAt ??= performance.now(); });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  })()`);
  await item.click();
  await page.waitForFunction(() => 'quoteAt' in window, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { clickAt: number; quoteAt: number };
    return w.quoteAt - w.clickAt;
  });
}

export interface CorpusRow {
  readonly label: string;
  readonly n: number;
  readonly build: BuildFigures | null;
  readonly corpusMb: number;
  readonly ready: number[];
  readonly kbBeforeReady: number;
  readonly zoom: number[];
  readonly pan: number[];
  readonly heapMb: number;
  readonly selectMs: (number | null)[];
}

export async function corpusBench(
  browser: Browser,
  steps: Steps,
  sizes: readonly { label: string; n: number }[],
  dir: string,
  served: string,
): Promise<{ rows: CorpusRow[]; single: string[] }> {
  mkdirSync(dir, { recursive: true });
  mkdirSync(`${served}/corpora`, { recursive: true });
  const rows: CorpusRow[] = [];
  const single: string[] = [];
  for (const { label, n } of sizes) {
    const build = prepare(dir, label, n);
    const link = `${served}/corpora/${label}`;
    if (!existsSync(link)) symlinkSync(resolve(`${dir}/c-${label}`), link);
    const corpusMb = Number(execSync(`du -sm ${dir}/c-${label}`).toString().split('\t')[0]);
    const url = `${steps.base}?lang=en&data=corpora/${label}/`;
    const cold = await loadBytes(browser, url, steps);
    const m = await steps.measure(browser, url, 120_000, steps.riwayatStep);
    if (m === null) throw new Error(`the app did not draw the corpus of ${label} events`);
    const selectMs: (number | null)[] = [];
    for (let i = 0; i < 3; i++) {
      selectMs.push(
        await selectToQuotes(m.page, steps, String(Math.floor(n / 7) + 1000 * i)).catch(
          (e: unknown) => (console.log(String(e).slice(0, 300)), null),
        ),
      );
      await m.page.keyboard.press('Escape');
      await steps.settleAfterKey(m.page, 'Shift+ArrowRight');
    }
    await m.close();
    const row: CorpusRow = {
      label,
      n,
      build,
      corpusMb,
      ready: [cold.ready, ...m.ready],
      kbBeforeReady: cold.kb,
      zoom: m.zoom,
      pan: m.pan,
      heapMb: m.heapMb,
      selectMs,
    };
    rows.push(row);
    console.log(JSON.stringify({ ...row, zoom: undefined, pan: undefined }));
    if (n === 10_000) single.push(...(await singleVersusPlain(browser, steps, `${dir}/in-${label}`, served)));
  }
  writeFileSync(`${served}/corpus-results.json`, JSON.stringify({ rows, single }, null, 1));
  return { rows, single };
}

/** 10,000 realistic events as one file: the app against plain vis-timeline on the same window. */
async function singleVersusPlain(
  browser: Browser,
  steps: Steps,
  input: string,
  served: string,
): Promise<string[]> {
  mkdirSync(`${served}/bench-data`, { recursive: true });
  const file = 'bench-data/realistic-10000.json';
  singleFile(input, `${served}/${file}`);
  execSync(`gzip -6 -k -f ${served}/${file}`);
  const out: string[] = [];
  const ours = await steps.measure(browser, `${steps.base}?lang=en&data=${file}`, 60_000, steps.riwayatStep);
  if (ours === null) return ['the app did not draw the single file within 60 s'];
  const q = new URL(ours.page.url()).searchParams;
  const edge = (s: string | null) => Date.parse(s === null ? '' : s.length === 10 ? `${s}T00:00Z` : `${s}Z`);
  const first = [edge(q.get('from')), edge(q.get('to'))] as const;
  await ours.close();
  const line = (what: string, m: Awaited<ReturnType<Steps['measure']>>) => {
    const text =
      m === null
        ? JSON.stringify({ what, drew: false })
        : JSON.stringify({ what, ready: m.ready, heapMb: m.heapMb, zoom: m.zoom, pan: m.pan });
    console.log(text);
    return text;
  };
  out.push(line('riwayat, first view', ours));
  const plain = await steps.measure(
    browser,
    `${steps.base}bench/plain.html?data=../${file}&from=${first[0]}&to=${first[1]}`,
    30_000,
    steps.plainStep,
  );
  await plain?.close();
  out.push(line('plain, first view', plain));
  // The same 30-day window in the middle, as vis-timeline's documentation advises for large data.
  const mid = (first[0] + first[1]) / 2;
  const [from, to] = [mid - 15 * 86_400_000, mid + 15 * 86_400_000];
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
  const ours30 = await steps.measure(
    browser,
    `${steps.base}?lang=en&data=${file}&from=${iso(from)}&to=${iso(to)}`,
    60_000,
    steps.riwayatStep,
  );
  await ours30?.close();
  out.push(line('riwayat, 30 days', ours30));
  const plain30 = await steps.measure(
    browser,
    `${steps.base}bench/plain.html?data=../${file}&from=${from}&to=${to}`,
    60_000,
    steps.plainStep,
  );
  await plain30?.close();
  out.push(line('plain, 30 days', plain30));
  return out;
}
