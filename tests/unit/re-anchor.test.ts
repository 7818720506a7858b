/**
 * Quotes that survive a changed article: every corpus article is edited as a re-fetch would change
 * it, `npm run data:anchor`'s code re-places every span, and `npm run data:check`'s code then passes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reAnchorDirectory } from '../../src/cli/anchor';
import { checkDirectory } from '../../src/cli/check';
import { reAnchorFiles } from '../../src/data';

const dirs: string[] = [];
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'riwayat-anchor-'));
  dirs.push(dir);
  cpSync('data', dir, { recursive: true });
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Counts how often `pattern` occurs in `text`. */
const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

/**
 * What a re-fetch does to an article: a line added at the top, hamza dropped in a few common words,
 * Arabic and Latin commas swapped, doubled spaces, changed quotation marks.
 */
function refetch(text: string): string {
  let edited = `تحديث: أعيد نشر هذا الخبر مع تعديلات طفيفة\n${text}`;
  edited = edited.replace(/إلى/g, 'الى').replace(/ أن /g, ' ان ').replace(/ أو /g, ' او ');
  edited = edited.replace(/[،,]/g, (c) => (c === '،' ? ',' : '،'));
  edited = edited.replace(/([.،,:]) /g, '$1  ');
  edited = edited.replace(/“/g, '«').replace(/”/g, '»').replace(/"/g, '”');
  return edited;
}

interface Files {
  sources: { id: string; file: string; headline?: unknown; credits: unknown[]; outOfScope: unknown[] }[];
  events: { accounts: { source: string; quotes: { start: number; end: number; text: string }[] }[] }[];
}
const read = (dir: string): Files => ({
  sources: JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Files['sources'],
  events: JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as Files['events'],
});

describe('re-anchoring after every article changed', { timeout: 120_000 }, () => {
  it('re-places all quotes and every other span, and the dataset then passes the check', () => {
    const dir = copyOfData();
    const before = read(dir);
    const quotes = before.events.flatMap((e) => e.accounts.flatMap((a) => a.quotes));
    expect(quotes.length).toBeGreaterThanOrEqual(89);

    const articles = readdirSync(join(dir, 'articles'));
    expect(articles.length).toBe(5);
    for (const name of articles) {
      const path = join(dir, 'articles', name);
      const text = readFileSync(path, 'utf8');
      const edited = refetch(text);
      // Each article really changed in each way.
      expect(count(text, /إلى| أن | أو /g), name).toBeGreaterThan(0);
      expect(count(text, /[،,]/g), name).toBeGreaterThan(0);
      expect(count(text, /[“”"»]/g), name).toBeGreaterThan(0);
      expect(count(edited, / {2}/g), name).toBeGreaterThan(count(text, / {2}/g));
      writeFileSync(path, edited);
    }
    // The old offsets no longer hold: the check fails before re-anchoring.
    expect(checkDirectory(dir).problems.length).toBeGreaterThan(0);

    const report = reAnchorDirectory(dir);
    expect(report.unplaced).toEqual([]);
    // The briefings' quote references follow their quotes (a line on top moved every one).
    const briefings = JSON.parse(readFileSync(join(dir, 'briefings.json'), 'utf8')) as {
      items: { quotes?: unknown[] }[];
    }[];
    const refs = briefings.flatMap((b) => b.items.flatMap((i) => i.quotes ?? []));
    expect(refs.length).toBeGreaterThan(0);
    expect(report.references).toHaveLength(refs.length);
    const spans =
      quotes.length +
      before.sources.reduce(
        (n, s) => n + (s.headline === undefined ? 0 : 1) + s.credits.length + s.outOfScope.length,
        0,
      ) +
      (JSON.stringify([before.sources, before.events]).match(/"anchor":/g) ?? []).length;
    expect(report.total).toBe(spans);
    // The added line moves every span.
    expect(report.moved.length).toBe(report.total);
    expect(report.moved.every((m) => m.score >= 0.75)).toBe(true);
    expect(report.moved.some((m) => m.how === 'approximate' && m.textChanged)).toBe(true);

    const after = read(dir);
    const placed = after.events.flatMap((e) => e.accounts.flatMap((a) => a.quotes));
    expect(placed.length).toBe(quotes.length);
    const texts = new Map(after.sources.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8')]));
    after.events.forEach((e) =>
      e.accounts.forEach((a) =>
        a.quotes.forEach((q) => expect(texts.get(a.source)?.slice(q.start, q.end)).toBe(q.text)),
      ),
    );

    const { problems } = checkDirectory(dir);
    expect(problems).toEqual([]);
  });

  it('leaves a span it cannot place as it was, lists it, and the command exits non-zero', () => {
    const dir = copyOfData();
    const events = readFileSync(join(dir, 'events.json'), 'utf8');
    writeFileSync(join(dir, 'articles', 'art-003.txt'), 'نص آخر تماماً لا علاقة له بالمقال الأصلي.\n');
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/cli/anchor.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).not.toBe(0);
    expect(stderr).toContain('NOT PLACED $.events[');
    // The quotes of art-003 are kept exactly as they were.
    const old = JSON.parse(events) as Files['events'];
    const now = read(dir).events;
    old.forEach((e, i) =>
      e.accounts.forEach((a, j) => {
        if (a.source === 'art-003') expect(now[i]?.accounts[j]?.quotes).toEqual(a.quotes);
      }),
    );
  });

  it('asks for a start when a new quote’s words occur more than once', () => {
    const sources = [{ id: 's', file: 's.txt' }];
    const events = [{ accounts: [{ source: 's', quotes: [{ text: 'قال الوزير' }] }] }];
    const report = reAnchorFiles(sources, events, new Map([['s', 'قال الوزير شيئاً. ثم قال الوزير غيره.']]));
    expect(report.unplaced.map((u) => u.reason)).toEqual(['occurs 2 times; give a start near the one meant']);
    const hinted = [{ accounts: [{ source: 's', quotes: [{ text: 'قال الوزير', start: 20 }] }] }];
    const ok = reAnchorFiles(sources, hinted, new Map([['s', 'قال الوزير شيئاً. ثم قال الوزير غيره.']]));
    expect(ok.unplaced).toEqual([]);
    expect(hinted[0]?.accounts[0]?.quotes[0]).toMatchObject({
      start: 21,
      end: 31,
      prefix: 'قال الوزير شيئاً. ثم ',
    });
  });

  it('the check refuses a stored context or headline text that is not the article’s', () => {
    const dir = copyOfData();
    const files = read(dir) as unknown as {
      sources: { headline?: { text?: string }; outOfScope: { suffix?: string }[] }[];
      events: { accounts: { quotes: { prefix?: string }[] }[] }[];
    };
    const quote = files.events[0]?.accounts[0]?.quotes[0];
    if (quote?.prefix === undefined) throw new Error('the bundled quotes keep their context');
    quote.prefix = `x${quote.prefix.slice(1)}`;
    const source = files.sources[0];
    if (source?.headline?.text === undefined) throw new Error('the bundled headlines keep their words');
    source.headline.text = source.headline.text.replace('ا', 'أ');
    const part = source.outOfScope[0];
    if (part !== undefined) part.suffix = 'سياق آخر';
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(files.sources));
    writeFileSync(join(dir, 'events.json'), JSON.stringify(files.events));
    expect(checkDirectory(dir).problems.map((p) => [p.path, p.code])).toEqual([
      ['$.sources[0].headline.text', 'quote-mismatch'],
      ['$.sources[0].outOfScope[0].suffix', 'context-mismatch'],
      ['$.events[0].accounts[0].quotes[0].prefix', 'context-mismatch'],
    ]);
    // npm run data:anchor repairs the context (and leaves the changed headline words to be placed).
    const report = reAnchorDirectory(dir);
    expect(report.unplaced).toEqual([]);
    // The briefings' quote references follow their quotes (a line on top moved every one).
    const briefings = JSON.parse(readFileSync(join(dir, 'briefings.json'), 'utf8')) as {
      items: { quotes?: unknown[] }[];
    }[];
    const refs = briefings.flatMap((b) => b.items.flatMap((i) => i.quotes ?? []));
    expect(refs.length).toBeGreaterThan(0);
    expect(report.references).toHaveLength(refs.length);
    expect(checkDirectory(dir).problems).toEqual([]);
  });
});
