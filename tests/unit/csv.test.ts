/** The CSV export's fields at their edges: each formula start, each character that asks for quotes. */
import { describe, expect, it } from 'vitest';
import { csvField, exportCsv } from '../../src/data/csv';
import { sourceLabel } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

describe('csvField', () => {
  it.each(['=', '+', '-', '@', '\t'])(
    'puts an apostrophe before a field starting with %j, and only at the start',
    (c) => {
      expect(csvField(`${c}1`)).toBe(`'${c}1`);
      expect(csvField(`x${c}1`)).toBe(`x${c}1`);
    },
  );

  it('puts an apostrophe before a carriage return at the start, and quotes the field for it', () => {
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('x\r')).toBe('"x\r"');
  });

  it.each([',', ';', '\n'])('quotes a field holding %j, wherever it is', (c) => {
    expect(csvField(`a${c}b`)).toBe(`"a${c}b"`);
    expect(csvField(`${c}b`)).toBe(`"${c}b"`);
  });

  it('doubles every quotation mark inside a quoted field', () => {
    expect(csvField('say "no" and "yes"')).toBe('"say ""no"" and ""yes"""');
    expect(csvField('')).toBe('');
    expect(csvField('قال «لا»')).toBe('قال «لا»');
  });
});

/** A row cut at its commas, a quoted field (which may hold commas) kept whole with its quotes. */
function fields(row: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of row) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

describe('exportCsv', () => {
  it('writes an open end as empty, names a source as the app does then as the dataset describes it, and a source missing from the sources with empty names', () => {
    const corpus = loadCorpus();
    const ev = corpus.events.find((e) => e.accounts.some((a) => a.quotes.length > 0))!;
    const open: Record<string, unknown> = { ...ev };
    delete open['end'];
    const one = {
      ...corpus,
      events: [
        {
          ...(open as unknown as typeof ev),
          accounts: ev.accounts.filter((a) => a.quotes.length > 0).slice(0, 1),
        },
      ],
    };
    const account = one.events[0]!.accounts[0]!;
    const q = account.quotes[0]!;
    const known = fields(exportCsv(one).split('\r\n')[1]!);
    expect(known[2]).toBe('');
    expect(known[8]).toBe(account.source);
    const source = corpus.sources.find((s) => s.id === account.source)!;
    expect(known.slice(9, 15)).toEqual([
      csvField(sourceLabel(source, 'ar')),
      csvField(sourceLabel(source, 'en')),
      csvField(source.outlet.ar),
      csvField(source.outlet.en),
      String(q.start),
      String(q.end),
    ]);
    // The name leads with the report the article credits, not with the dataset's description.
    expect(known[10]).not.toBe(csvField(source.outlet.en));
    const unknown = fields(exportCsv({ ...one, sources: [] }).split('\r\n')[1]!);
    expect(unknown.slice(8, 15)).toEqual([account.source, '', '', '', '', String(q.start), String(q.end)]);
  });

  it('writes an end, the claims of a quote joined by semicolons, and one row with empty quote fields for an event nobody quotes', () => {
    const corpus = loadCorpus();
    const ev = corpus.events.find((e) => e.accounts.some((a) => a.quotes.some((q) => q.claims.length > 1)))!;
    const account = ev.accounts.find((a) => a.quotes.some((q) => q.claims.length > 1))!;
    const q = account.quotes.find((x) => x.claims.length > 1)!;
    const one = {
      ...corpus,
      events: [{ ...ev, end: '2024-07-01', accounts: [{ ...account, quotes: [q] }] }],
    };
    const row = fields(exportCsv(one).split('\r\n')[1]!);
    expect(row[2]).toBe('2024-07-01');
    expect(row[row.length - 1]).toBe(csvField(q.claims.join(';')));
    const silent = { ...corpus, events: [{ ...ev, accounts: [] }] };
    const lines = exportCsv(silent).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(fields(lines[1]!).slice(0, 2)).toEqual([ev.id, ev.start]);
    expect(fields(lines[1]!).slice(8)).toEqual(Array<string>(10).fill(''));
  });
});
