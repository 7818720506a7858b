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
import { foldForAnchor } from '../../src/domain';

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
 * What a re-fetch does to an article: a line added at the top, hamza dropped (أ، إ، آ written ا),
 * Arabic and Latin commas swapped (inside the quoted passages too), doubled spaces, changed quotation
 * marks, and a footer that repeats the headline as first written ("The post … appeared first on …").
 */
/** أ، إ، آ written ا everywhere but in the names the entities file spells (its check wants them found). */
function dropHamza(text: string, names: readonly string[]): string {
  let edited = text;
  const kept: string[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length))
    edited = edited.split(name).join(`⟦${kept.push(name) - 1}⟧`);
  edited = edited.replace(/[أإآ]/g, 'ا');
  return edited.replace(/⟦(\d+)⟧/g, (_m, i: string) => kept[Number(i)] ?? '');
}

const entityNames = (dir: string): string[] =>
  (JSON.parse(readFileSync(join(dir, 'entities.json'), 'utf8')) as { aliases: string[] }[]).flatMap(
    (e) => e.aliases,
  );

function refetch(text: string, headline: string, names: readonly string[]): string {
  let edited = dropHamza(`تحديث: أعيد نشر هذا الخبر مع تعديلات طفيفة\n${text}`, names);
  edited = edited.replace(/[،,]/g, (c) => (c === '،' ? ',' : '،'));
  edited = edited.replace(/([.،,:]) /g, '$1  ');
  edited = edited.replace(/“/g, '«').replace(/”/g, '»').replace(/"/g, '”');
  return `${edited}\nThe post ${headline} appeared first on الموقع.\n`;
}

/** The last (or first) `n` characters of a context, folded: what must agree around a re-placed quote. */
const tail = (s: string | undefined, n = 12): string =>
  foldForAnchor(s ?? '')
    .folded.trim()
    .slice(-n);
const head = (s: string | undefined, n = 12): string =>
  foldForAnchor(s ?? '')
    .folded.trim()
    .slice(0, n);

interface Quote {
  start: number;
  end: number;
  text: string;
  prefix?: string;
  suffix?: string;
}
interface Files {
  sources: {
    id: string;
    file: string;
    headline?: { text?: string };
    credits: unknown[];
    outOfScope: { start: number; end: number }[];
  }[];
  events: { accounts: { source: string; quotes: Quote[] }[] }[];
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
    const names = entityNames(dir);
    const footers = new Map<string, string>();
    for (const name of articles) {
      const path = join(dir, 'articles', name);
      const text = readFileSync(path, 'utf8');
      const source = before.sources.find((s) => s.file === `articles/${name}`);
      const headline = source?.headline?.text ?? text.trim().split('\n')[0] ?? '';
      const edited = refetch(text, headline, names);
      footers.set(name, edited.slice(edited.lastIndexOf('The post ')).trim());
      // Each article really changed in each way.
      expect(count(text, /[أإآ]/g), name).toBeGreaterThan(0);
      expect(count(text, /[،,]/g), name).toBeGreaterThan(0);
      expect(count(text, /[“”"»]/g), name).toBeGreaterThan(0);
      expect(count(edited, / {2}/g), name).toBeGreaterThan(count(text, / {2}/g));
      writeFileSync(path, edited);
    }
    // The old offsets no longer hold: the check fails before re-anchoring.
    expect(checkDirectory(dir).problems.length).toBeGreaterThan(0);
    // The new footer is marked out of scope by its words, as an author would mark it.
    const withFooters = read(dir);
    for (const s of withFooters.sources)
      s.outOfScope.push({
        text: footers.get(s.file.replace('articles/', '')),
        kind: 'site-furniture',
      } as never);
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(withFooters.sources, null, 2));

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
        (n, s) => n + (s.headline === undefined ? 0 : 1) + s.credits.length + s.outOfScope.length + 1,
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
    after.events.forEach((e, i) =>
      e.accounts.forEach((a, j) =>
        a.quotes.forEach((q, k) => {
          const text = texts.get(a.source) ?? '';
          expect(text.slice(q.start, q.end)).toBe(q.text);
          // On its own passage: the same words once folded, between the same words as before, and
          // never in the footer that repeats the headline.
          const old = before.events[i]?.accounts[j]?.quotes[k];
          expect(foldForAnchor(q.text).folded).toBe(foldForAnchor(old?.text ?? '').folded);
          if ((old?.prefix ?? '').length >= 12) expect(tail(q.prefix)).toBe(tail(old?.prefix));
          else expect(head(q.suffix)).toBe(head(old?.suffix));
          expect(q.start).toBeLessThan(text.lastIndexOf('\nThe post '));
        }),
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

  it('the trial’s case: hamza dropped and commas changed above a footer that repeats the headline as it was', () => {
    const dir = copyOfData();
    const path = join(dir, 'articles', 'art-000.txt');
    const text = readFileSync(path, 'utf8');
    const footerAt = text.indexOf('The post ');
    expect(footerAt).toBeGreaterThan(0);
    const before = read(dir);
    const headline = before.sources[0]?.headline?.text ?? '';
    // The footer (out of scope) still carries the headline exactly as it was stored.
    expect(text.slice(footerAt)).toContain(headline);
    const body = dropHamza(text.slice(0, footerAt), entityNames(dir)).replace(/[،,]/g, (c) =>
      c === '،' ? ',' : '،',
    );
    writeFileSync(path, `سطر جديد في أعلى الصفحة\n${body}${text.slice(footerAt)}`);

    const report = reAnchorDirectory(dir);
    expect(report.unplaced).toEqual([]);
    const after = read(dir);
    const edited = readFileSync(path, 'utf8');
    const footer = after.sources[0]?.outOfScope.find((o) =>
      edited.slice(o.start, o.end).startsWith('The post'),
    );
    expect(footer?.start).toBe(edited.indexOf('The post '));
    const placedHeadline = after.sources[0]?.headline as { start: number; end: number } | undefined;
    expect(placedHeadline?.start).toBe(edited.indexOf('\n', edited.indexOf('\n') + 1) + 2);
    expect(placedHeadline?.end).toBeLessThan(footer?.start ?? 0);
    for (const e of after.events)
      for (const a of e.accounts)
        if (a.source === 'art-000')
          for (const q of a.quotes) expect(q.end <= (footer?.start ?? 0), q.text).toBe(true);
    expect(checkDirectory(dir).problems).toEqual([]);
  });

  it('lists a span whose words are left only inside an out-of-scope part, and places it nowhere', () => {
    const dir = copyOfData();
    const path = join(dir, 'articles', 'art-000.txt');
    const text = readFileSync(path, 'utf8');
    const headline = read(dir).sources[0]?.headline?.text ?? '';
    const footerAt = text.indexOf('The post ');
    writeFileSync(
      path,
      text.slice(0, footerAt).replace(headline, 'عنوان آخر لا يشبه الأول') + text.slice(footerAt),
    );
    const report = reAnchorDirectory(dir);
    // The headline, and the quote of it, are listed, not moved into the footer.
    expect(report.unplaced.map((u) => u.path)).toContain('$.sources[0].headline');
    expect(report.unplaced.length).toBeGreaterThan(0);
    for (const u of report.unplaced) {
      expect(u.text).toBe(headline);
      expect(u.reason).toBe('found only inside an out-of-scope part of the article');
    }
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
