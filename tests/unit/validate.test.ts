import { describe, expect, it } from 'vitest';
import { formatProblems, lintCorpus, parseDataset, parseDatasetJson, type Problem } from '../../src/data';
import { miniJson } from '../fixtures/mini-dataset';

function problemsOf(mutate: (d: Record<string, any>) => void): Problem[] {
  const d = miniJson();
  mutate(d);
  const r = parseDataset(d);
  return r.ok ? lintCorpus(r.dataset) : [...r.problems];
}

describe('the dataset validator', () => {
  it('accepts the fixture and lints it clean', () => {
    const r = parseDataset(miniJson());
    expect(r.ok ? [] : formatProblems(r.problems)).toEqual([]);
    expect(r.ok && lintCorpus(r.dataset)).toEqual([]);
  });

  it('reports a shifted quote offset with its path and what the article really says', () => {
    const problems = problemsOf((d) => {
      d.events[0].accounts[0].quotes[0].start += 1;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: '$.events[0].accounts[0].quotes[0].text',
      code: 'quote-mismatch',
    });
    expect(problems[0]?.message).toContain('is not the article');
  });

  it('reports a missing translation', () => {
    const problems = problemsOf((d) => {
      delete d.events[1].title.en;
      d.events[0].summary.ar = '  ';
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.events[0].summary.ar', 'empty'],
      ['$.events[1].title.en', 'required'],
    ]);
  });

  it('reports dangling references to entities, sources and claims', () => {
    const problems = problemsOf((d) => {
      d.events[0].actors.push('nobody');
      d.events[0].claims[0].by = 'ghost';
      d.events[0].accounts[0].quotes[0].claims.push('no-such-claim');
      d.events[1].accounts[0].source = 'src-z';
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.events[0].actors[1]', 'dangling-reference'],
      ['$.events[0].claims[0].by', 'dangling-reference'],
      ['$.events[0].accounts[0].quotes[0].claims[1]', 'dangling-reference'],
      ['$.events[1].accounts[0].source', 'dangling-reference'],
    ]);
    expect(problems[0]?.message).toBe('no entity has id "nobody"');
  });

  it('reports an uncovered date expression with where it is', () => {
    const problems = problemsOf((d) => {
      d.events[1].accounts = [];
    });
    expect(problems.map((p) => p.code)).toEqual(['uncovered-date', 'empty']);
    expect(problems[0]).toMatchObject({ path: '$.sources[0].text' });
    expect(problems[0]?.message).toContain('"15 مارس 2023"');
    expect(problems[0]?.message).toContain('line 3');
  });

  it('requires every claim to be carried by some quote', () => {
    const problems = problemsOf((d) => {
      d.events[0].accounts[0].quotes[0].claims = [];
    });
    expect(problems).toEqual([
      {
        path: '$.events[0].claims[0]',
        code: 'dangling-reference',
        message: 'claim "call-made" is supported by no quote',
      },
    ]);
  });

  it('checks that dates agree with their precision and order', () => {
    const problems = problemsOf((d) => {
      d.events[1].precision = 'month';
      d.events[0].end = '2024-06-20';
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.events[0].end', 'date-order'],
      // A weekday-dated event given an end no longer follows from its weekday.
      ['$.events[0].basis', 'date-basis'],
      ['$.events[1].start', 'date'],
    ]);
  });

  it('checks that a weekday-derived date really is that weekday counted back from publication', () => {
    const problems = problemsOf((d) => {
      d.events[0].start = '2024-06-18';
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([['$.events[0].basis', 'date-basis']]);
  });

  it('rejects duplicate ids, unknown fields and overlapping quotes', () => {
    const problems = problemsOf((d) => {
      d.events[1].id = d.events[0].id;
      d.events[0].colour = 'red';
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([['$.events[0].colour', 'unknown-field']]);
    const overlap = problemsOf((d) => {
      const q = d.events[0].accounts[0].quotes[0];
      d.events[0].accounts[0].quotes.push({ ...q, claims: [] });
      d.events[1].id = d.events[0].id;
    });
    expect(overlap.map((p) => [p.path, p.code])).toEqual([
      ['$.events[1].id', 'duplicate-id'],
      ['$.events[0].accounts[0].quotes[1]', 'overlap'],
    ]);
  });

  it('refuses hidden bidi controls and quotes in the out-of-scope part', () => {
    const problems = problemsOf((d) => {
      d.events[0].title.en = 'Call \u202Eevil';
      const s = d.sources[0];
      const start = s.text.indexOf('يوم الأحد');
      d.events[1].accounts[0].quotes[0] = {
        start,
        end: start + 9,
        text: 'يوم الأحد',
        en: 'on Sunday',
        claims: [],
      };
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([['$.events[0].title.en', 'control-character']]);
    const inScope = problemsOf((d) => {
      const s = d.sources[0];
      const start = s.text.indexOf('يوم الأحد');
      d.events[1].accounts[0].quotes[0] = {
        start,
        end: start + 9,
        text: 'يوم الأحد',
        en: 'on Sunday',
        claims: [],
      };
    });
    expect(inScope.map((p) => p.code)).toContain('overlap');
  });

  it('never throws on input that is not JSON or not a dataset', () => {
    const a = parseDatasetJson('{"format": ');
    expect(a.ok).toBe(false);
    expect(!a.ok && a.problems[0]).toMatchObject({ path: '$', code: 'not-json' });
    const b = parseDatasetJson('[1,2]');
    expect(!b.ok && b.problems[0]).toMatchObject({ path: '$', code: 'type' });
    const c = parseDatasetJson('{"format":"other","version":1}');
    expect(!c.ok && c.problems.map((p) => p.path)).toEqual([
      '$.format',
      '$.title',
      '$.sources',
      '$.entities',
      '$.events',
    ]);
  });
});
