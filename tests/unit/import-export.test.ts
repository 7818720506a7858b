import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  exportCsv,
  exportRiwayat,
  exportTimelineJs,
  formatProblems,
  htmlToText,
  importTimelineJs,
  parseAnyDataset,
  parseDatasetJson,
  type ParseResult,
} from '../../src/data';
import { BUNDLED_KINDS, sourceLabel, type Dataset, type TimelineEvent } from '../../src/domain';
import { parseArgs, render } from '../../src/cli/export';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const HOSTILE = '<img src=x onerror=alert(1)>';

function accepted(result: ParseResult): Dataset {
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.dataset;
}

function problemsOf(result: ParseResult): [string, string][] {
  return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
}

/** A TimelineJS3 file as people write them: HTML in the text, entities, spreadsheet-style dates. */
const SAMPLE = {
  title: { text: { headline: 'The <b>Minsk</b> talks', text: '<p>Background</p>' } },
  events: [
    {
      start_date: { year: '2015', month: '2', day: '12' },
      text: {
        headline: 'Minsk&nbsp;II signed',
        text: '<p>Leaders agreed a ceasefire &amp; the withdrawal of heavy weapons.</p>\n<p>Talks lasted 16 hours &#8212; &lt;overnight&gt; &#x201C;at last&#x201D;.</p>',
      },
      group: 'Diplomacy',
      unique_id: 'minsk-2',
      media: { url: 'https://example.org/photo.jpg', caption: 'ignored' },
    },
    {
      start_date: { year: 2014, month: 9 },
      end_date: { year: 2014, month: 9, day: 19 },
      text: {
        text: '<div>Minsk Protocol<br>signed in   September</div><script>alert("x")</script><!-- note -->',
      },
      group: 'Treaties',
      unique_id: 'Not A Riwayat Id',
    },
    {
      start_date: { year: '2022', month: '', day: '' },
      end_date: { year: '', month: '', day: '' },
      text: { headline: '<a href="https://example.org">الغزو</a>\u202E الروسي' },
      group: 'Military events',
      unique_id: 'minsk-2',
    },
    { start_date: { year: '2000' } },
    {
      start_date: { year: '2019', month: '11' },
      end_date: { year: '2020', month: '2', day: '3' },
      text: { headline: 'Normandy format', text: 'a < b and a > c' },
      group: 'defence-call',
    },
  ],
  eras: [{ start_date: { year: '2014' }, end_date: { year: '2015' }, text: { headline: 'dropped' } }],
};

describe('TimelineJS import', () => {
  const dataset = accepted(importTimelineJs(structuredClone(SAMPLE)));
  const [minsk2, protocol, invasion, untitled, normandy] = dataset.events as TimelineEvent[];

  it('makes a Riwayat dataset of events without sources', () => {
    expect(dataset).toMatchObject({ format: 'riwayat-dataset', version: 2, sources: [], entities: [] });
    expect(dataset.title).toEqual({ ar: 'The Minsk talks', en: 'The Minsk talks' });
    expect(dataset.events).toHaveLength(5);
    for (const ev of dataset.events) {
      expect(ev).toMatchObject({ basis: 'stated', accounts: [], claims: [], actors: [] });
      expect(ev.basisNote.en).toContain('TimelineJS');
      expect(ev.basisNote.ar).toContain('TimelineJS');
    }
  });

  it('turns HTML into plain text, decoding entities and dropping markup', () => {
    expect(minsk2?.title).toEqual({ ar: 'Minsk II signed', en: 'Minsk II signed' });
    expect(minsk2?.summary.en).toBe(
      'Leaders agreed a ceasefire & the withdrawal of heavy weapons.\nTalks lasted 16 hours — <overnight> “at last”.',
    );
    expect(protocol?.summary.en).toBe('Minsk Protocol\nsigned in September');
    expect(invasion?.title.ar).toBe('الغزو الروسي');
    expect(normandy?.summary.en).toBe('a < b and a > c');
  });

  it('uses the text, or a placeholder, for a missing headline', () => {
    expect(protocol?.title).toEqual({ ar: 'Minsk Protocol', en: 'Minsk Protocol' });
    expect(untitled?.title).toEqual({ ar: '(بلا عنوان)', en: '(untitled)' });
    expect(untitled?.summary).toEqual(untitled?.title);
  });

  it('keeps valid unique ids and makes the others', () => {
    expect(dataset.events.map((e) => e.id)).toEqual(['minsk-2', 'tl-2', 'tl-3', 'tl-4', 'tl-5']);
  });

  it('takes the precision from the date parts, the coarser of start and end', () => {
    expect(minsk2).toMatchObject({ start: '2015-02-12', precision: 'day' });
    expect(minsk2?.end).toBeUndefined();
    // A September-to-19-September span is, at month precision, September: no end.
    expect(protocol).toMatchObject({ start: '2014-09', precision: 'month' });
    expect(protocol?.end).toBeUndefined();
    expect(invasion).toMatchObject({ start: '2022', precision: 'year' });
    expect(invasion?.end).toBeUndefined();
    expect(normandy).toMatchObject({ start: '2019-11', end: '2020-02', precision: 'month' });
  });

  it('maps a group naming a bundled kind to it, by id or lane name, and makes a kind of any other group', () => {
    expect(dataset.events.map((e) => e.kind)).toEqual([
      'diplomacy',
      'treaties',
      'military',
      'history',
      'defence-call',
    ]);
    // The kinds in the order the slides first use them; the bundled ones as the bundled story has them.
    const bundled = (id: string) => BUNDLED_KINDS.find((k) => k.id === id);
    expect(dataset.kinds).toEqual([
      bundled('diplomacy'),
      { id: 'treaties', name: { ar: 'Treaties', en: 'Treaties' }, colour: 'blue' },
      bundled('military'),
      bundled('history'),
      bundled('defence-call'),
    ]);
  });

  it('lists no kinds when every group names a bundled one', () => {
    const events = SAMPLE.events.filter((e) => e.group !== 'Treaties');
    const back = accepted(importTimelineJs(structuredClone({ ...SAMPLE, events })));
    expect(back.kinds).toBeUndefined();
    expect(back.events.map((e) => e.kind)).toEqual(['diplomacy', 'military', 'history', 'defence-call']);
  });

  it('keeps at most the fifty kinds a dataset may list, the default kind among them', () => {
    const slides = Array.from({ length: 60 }, (_, i) => ({
      start_date: { year: '2000' },
      group: `Group ${i}`,
    }));
    const back = accepted(importTimelineJs({ events: [{ start_date: { year: '1999' } }, ...slides] }));
    expect(back.kinds).toHaveLength(50);
    expect(back.events.at(-1)?.kind).toBe('history');
    expect(back.events[49]?.kind).toBe('group-48');
  });

  it('lists every problem with its path instead of throwing', () => {
    const bad = {
      title: 'not a slide',
      events: [
        { start_date: { year: '2015', month: '13' } },
        { start_date: { year: 'MMXV' } },
        { text: { headline: 'no date' } },
        { start_date: { year: '2015', month: '2', day: '30' } },
        { start_date: { year: '2016' }, end_date: { year: '2015' } },
        { start_date: { year: '2016', day: '3' } },
        { start_date: { year: '50' } },
        'not an event',
        { start_date: { year: '2000' }, text: { headline: 42 }, group: ['x'] },
        { start_date: [2000] },
      ],
    };
    expect(problemsOf(importTimelineJs(bad))).toEqual([
      ['$.title', 'type'],
      ['$.events[0].start_date.month', 'date'],
      ['$.events[1].start_date.year', 'type'],
      ['$.events[2].start_date', 'required'],
      ['$.events[3].start_date.day', 'date'],
      ['$.events[5].start_date.month', 'required'],
      ['$.events[6].start_date.year', 'date'],
      ['$.events[7]', 'type'],
      ['$.events[8].text.headline', 'type'],
      ['$.events[8].group', 'type'],
      ['$.events[9].start_date', 'type'],
    ]);
    // The order of start and end is checked once every date reads.
    expect(problemsOf(importTimelineJs({ events: [bad.events[4]] }))).toEqual([
      ['$.events[0].end_date', 'date-order'],
    ]);
    expect(problemsOf(importTimelineJs([]))).toEqual([['$', 'type']]);
    expect(problemsOf(importTimelineJs({}))).toEqual([['$.events', 'required']]);
    expect(problemsOf(importTimelineJs({ events: [] }))).toEqual([['$.events', 'empty']]);
  });

  it('refuses text too long for the dataset, at the TimelineJS path', () => {
    const long = {
      events: [{ start_date: { year: '2000' }, text: { headline: `<b>${'x'.repeat(501)}</b>` } }],
    };
    expect(problemsOf(importTimelineJs(long))).toEqual([['$.events[0].text.headline', 'too-long']]);
  });
});

describe('htmlToText', () => {
  it('reads text as a browser shows it, without a DOM', () => {
    expect(htmlToText('<p>one</p><p>two<br/>three</p>')).toBe('one\ntwo\nthree');
    expect(htmlToText('<a title="a > b" href="x">link</a> text')).toBe('link text');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(htmlToText('<style>p{}</style><SCRIPT>x</SCRIPT >kept')).toBe('kept');
    expect(htmlToText('&#0; &#xD800; &#1114112; &unknown; &#65;')).toBe('\uFFFD \uFFFD \uFFFD &unknown; A');
    expect(htmlToText('unclosed <b')).toBe('unclosed');
  });
});

/** A small RFC 4180 reader: CRLF between records, quoted fields may hold commas, quotes and newlines. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after a quoted field at ${i}`);
    } else if (text[i] === ',') {
      fields.push(field);
      field = '';
      i++;
    } else if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i += 2;
    } else if (text[i] === '\n') {
      throw new Error(`a bare LF outside a quoted field at ${i}`);
    } else if (text[i] === '"') {
      throw new Error(`a quote inside an unquoted field at ${i}`);
    } else field += text[i++];
  }
  if (field !== '' || fields.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

describe('CSV export', () => {
  const csv = exportCsv(corpus);
  const quotes = corpus.events.flatMap((e) => e.accounts.flatMap((a) => a.quotes));

  it('starts with a byte order mark and a header, and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = readCsv(csv.slice(1));
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('has one row per quote, and one per event no source quotes', () => {
    const unquoted = corpus.events.filter((e) => e.accounts.every((a) => a.quotes.length === 0)).length;
    const records = readCsv(csv.slice(1));
    expect(records).toHaveLength(1 + quotes.length + unquoted);
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    expect(records.slice(1).map((r) => r[col('quote_ar')])).toEqual(quotes.map((q) => q.text));
    expect(records.slice(1).map((r) => r[col('quote_en')])).toEqual(quotes.map((q) => q.en));
    expect(records.slice(1).map((r) => r[col('claims')])).toEqual(quotes.map((q) => q.claims.join(';')));
  });

  it('round-trips commas, quotes and line breaks through RFC 4180 quoting', () => {
    const tricky = 'He said "no, never"\nand left, twice';
    const ev = corpus.events[0]!;
    const copy: Dataset = {
      ...corpus,
      events: [
        {
          ...ev,
          title: { ar: ev.title.ar, en: 'Crisis, "missiles"' },
          accounts: ev.accounts.map((a) => ({ ...a, quotes: a.quotes.map((q) => ({ ...q, en: tricky })) })),
        },
        // An event no source quotes still gets its row.
        { ...corpus.events[1]!, accounts: [] },
      ],
    };
    const records = readCsv(exportCsv(copy).slice(1));
    const quoted = ev.accounts.reduce((n, a) => n + a.quotes.length, 0);
    expect(records).toHaveLength(1 + quoted + 1);
    expect(records[1]?.[CSV_COLUMNS.indexOf('title_en')]).toBe('Crisis, "missiles"');
    expect(records[1]?.[CSV_COLUMNS.indexOf('quote_en')]).toBe(tricky);
    expect(records.at(-1)?.slice(8)).toEqual(Array<string>(10).fill(''));
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    const formulas = ['=HYPERLINK("http://example.org","x")', '+1+1', '-2+3', '@SUM(A1)', '\tindented'];
    const copy: Dataset = {
      ...corpus,
      events: formulas.map((f, i) => ({ ...corpus.events[i]!, title: { ar: f, en: f } })),
    };
    const records = readCsv(exportCsv(copy).slice(1));
    const titles = records.slice(1).map((r) => r[CSV_COLUMNS.indexOf('title_en')]);
    for (const f of formulas) expect(titles).toContain(`'${f}`);
    expect(titles.some((t) => /^[=+\-@\t\r]/.test(t ?? ''))).toBe(false);
  });
});

describe('Riwayat export', () => {
  it('round-trips through parseDatasetJson', () => {
    const text = exportRiwayat(corpus);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "riwayat-dataset",');
    expect(accepted(parseDatasetJson(text))).toEqual(corpus);
    expect(parseAnyDataset(text)).toMatchObject({ ok: true, format: 'riwayat' });
  });
});

describe('TimelineJS export', () => {
  it('makes a title slide and one slide per event, with the event ids and dates', () => {
    const doc = exportTimelineJs(corpus, 'en');
    expect(doc.events).toHaveLength(corpus.events.length);
    expect(doc.events.map((s) => s.unique_id)).toEqual(corpus.events.map((e) => e.id));
    expect(doc.title.text.headline).toBe(corpus.title.en);
    const [year, month, day] = corpus.events.find((e) => e.precision === 'day')!.start.split('-');
    expect(doc.events.map((s) => s.start_date)).toContainEqual({
      year,
      month: String(Number(month)),
      day: String(Number(day)),
    });
    expect(
      doc.events.find((s) => s.unique_id === corpus.events.find((e) => e.precision === 'year')!.id),
    ).toMatchObject({ start_date: { year: expect.any(String) } });
  });

  it('carries each quote: the Arabic original, and the English rendering in English', () => {
    const ev = corpus.events.find((e) => e.accounts.length > 0)!;
    const quote = ev.accounts[0]!.quotes[0]!;
    const en = exportTimelineJs(corpus, 'en').events.find((s) => s.unique_id === ev.id)!;
    const ar = exportTimelineJs(corpus, 'ar').events.find((s) => s.unique_id === ev.id)!;
    expect(en.text.text).toContain(`<blockquote dir="rtl" lang="ar">${quote.text}</blockquote>`);
    expect(htmlToText(en.text.text)).toContain(quote.en);
    expect(ar.text.text).toContain(quote.text);
    expect(htmlToText(ar.text.text)).not.toContain(quote.en);
    expect(ar.text.headline).toBe(`<span dir="rtl" lang="ar">${ev.title.ar}</span>`);
  });

  it('names each source as the app does, not by the dataset’s description of it', () => {
    const ev = corpus.events.find((e) => e.id === 'call-2024-06-25')!;
    for (const lang of ['en', 'ar'] as const) {
      const text = htmlToText(
        exportTimelineJs(corpus, lang).events.find((s) => s.unique_id === ev.id)!.text.text,
      );
      for (const a of ev.accounts) {
        const source = corpus.sources.find((s) => s.id === a.source)!;
        expect(text).toContain(sourceLabel(source, lang));
        expect(text).not.toContain(source.outlet[lang]);
      }
    }
  });

  it('escapes every dataset string, so a hostile title stays text', () => {
    const hostile: Dataset = {
      ...corpus,
      title: { ar: HOSTILE, en: HOSTILE },
      events: corpus.events.map((e) => ({
        ...e,
        title: { ar: HOSTILE, en: `${HOSTILE} & "x" 'y'` },
        summary: { ar: HOSTILE, en: HOSTILE },
      })),
    };
    for (const lang of ['ar', 'en'] as const) {
      const json = JSON.stringify(exportTimelineJs(hostile, lang));
      expect(json).not.toContain('<img');
      expect(json).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    expect(exportTimelineJs(hostile, 'en').events[0]?.text.headline).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;x&quot; &#39;y&#39;',
    );
  });

  it('imports back to the same ids, dates and kinds', () => {
    for (const lang of ['ar', 'en'] as const) {
      const back = accepted(importTimelineJs(structuredClone(exportTimelineJs(corpus, lang))));
      const shape = (e: TimelineEvent) => [e.id, e.start, e.end, e.precision, e.kind, e.title[lang]];
      expect(back.events.map(shape)).toEqual(corpus.events.map(shape));
      expect(back.title[lang]).toBe(corpus.title[lang]);
    }
  });

  it('imports a dataset’s own kinds back: the same kind for the same events, named as exported', () => {
    const kinds = [
      { id: 'street-protests', name: { ar: 'احتجاجات', en: 'Street protests' }, colour: 'orange' as const },
      { id: 'votes', name: { ar: 'تصويت', en: 'Votes' }, colour: 'teal' as const },
    ];
    const own: Dataset = {
      ...corpus,
      kinds,
      events: corpus.events.map((e, i) => ({ ...e, kind: i % 3 === 0 ? 'votes' : 'street-protests' })),
    };
    // In English, each kind comes back with its id (made from its English name, as the workbench makes it).
    const en = accepted(importTimelineJs(structuredClone(exportTimelineJs(own, 'en'))));
    expect(en.events.map((e) => e.kind)).toEqual(own.events.map((e) => e.kind));
    expect(en.kinds?.map((k) => [k.id, k.name.en])).toEqual(
      [kinds[1], kinds[0]].map((k) => [k!.id, k!.name.en]),
    );
    // In Arabic, the names come back and the events keep their kinds apart.
    const ar = accepted(importTimelineJs(structuredClone(exportTimelineJs(own, 'ar'))));
    const nameOf = (d: Dataset, id: string) => d.kinds?.find((k) => k.id === id)?.name.ar;
    expect(ar.events.map((e) => nameOf(ar, e.kind))).toEqual(own.events.map((e) => nameOf(own, e.kind)));
  });
});

describe('parseAnyDataset', () => {
  it('tells the formats apart and explains what it accepts', () => {
    expect(parseAnyDataset(JSON.stringify(SAMPLE))).toMatchObject({ ok: true, format: 'timelinejs' });
    expect(parseAnyDataset(JSON.stringify({ events: [{ start_date: {} }] }))).toMatchObject({
      ok: false,
      format: 'timelinejs',
    });
    const neither = parseAnyDataset('{"events": []}');
    expect(neither.ok).toBe(false);
    expect(neither.format).toBeUndefined();
    expect(neither.ok ? [] : neither.problems).toMatchObject([{ path: '$', code: 'unsupported-format' }]);
    expect(neither.ok ? '' : neither.problems[0]?.message).toMatch(/Riwayat.*TimelineJS/);
    expect(problemsOf(parseAnyDataset('{'))).toEqual([['$', 'not-json']]);
    expect(problemsOf(parseAnyDataset(''))).toEqual([['$', 'not-json']]);
  });
});

describe('npm run export', () => {
  it('reads its arguments, with Arabic and data/ by default', () => {
    expect(parseArgs(['--format', 'timelinejs', '--out', 'x.json'])).toEqual({
      format: 'timelinejs',
      lang: 'ar',
      out: 'x.json',
      data: 'data',
    });
    expect(parseArgs(['--format', 'csv', '--lang', 'en', '--out', 'x.csv', '--data', 'd'])).toMatchObject({
      lang: 'en',
      data: 'd',
    });
  });

  it('says what is wrong with bad arguments', () => {
    expect(parseArgs([])).toBe('--format is required');
    expect(parseArgs(['--format', 'xml', '--out', 'x'])).toMatch(/--format must be one of/);
    expect(parseArgs(['--format', 'csv'])).toBe('--out is required');
    expect(parseArgs(['--format', 'csv', '--lang', 'fr', '--out', 'x'])).toMatch(/--lang must be ar or en/);
    expect(parseArgs(['--format', '--out', 'x'])).toBe('--format needs a value');
    expect(parseArgs(['--format', 'csv', '--format', 'csv', '--out', 'x'])).toBe('--format is given twice');
    expect(parseArgs(['out.csv'])).toMatch(/unknown argument/);
  });

  it('writes each format', () => {
    expect(render(corpus, 'csv', 'ar')).toBe(exportCsv(corpus));
    expect(render(corpus, 'riwayat', 'ar')).toBe(exportRiwayat(corpus));
    expect(JSON.parse(render(corpus, 'timelinejs', 'en'))).toEqual(exportTimelineJs(corpus, 'en'));
  });
});
