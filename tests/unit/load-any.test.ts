/**
 * Which format a file a person brings is in, by the marks each format always carries, and what is
 * said when it is neither or when anything on the way throws.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, parseAnyDataset } from '../../src/data';
import { miniJson } from '../fixtures/mini-dataset';

describe('detectFormat', () => {
  it('knows a Riwayat dataset by its own "format" mark only', () => {
    expect(detectFormat({ format: 'riwayat-dataset' })).toBe('riwayat');
    expect(detectFormat({ format: 'riwayat-dataset-2' })).toBeNull();
    expect(detectFormat(Object.create({ format: 'riwayat-dataset' }) as unknown)).toBeNull();
  });

  it('knows a TimelineJS3 timeline by an own "events" array with some slide that has a start_date', () => {
    expect(detectFormat({ events: [{ text: {} }, { start_date: { year: 2024 } }] })).toBe('timelinejs');
    expect(detectFormat({ events: [{ text: {} }, null, 'x'] })).toBeNull();
    expect(detectFormat({ events: [Object.create({ start_date: {} }) as unknown] })).toBeNull();
    expect(detectFormat({ events: { 0: { start_date: {} } } })).toBeNull();
    expect(detectFormat(Object.create({ events: [{ start_date: {} }] }) as unknown)).toBeNull();
  });

  it('is neither for what is not an object', () => {
    for (const v of [null, 'riwayat-dataset', 3, [{ start_date: {} }]]) expect(detectFormat(v)).toBeNull();
  });
});

describe('parseAnyDataset', () => {
  it('says which format it read', () => {
    const r = parseAnyDataset(JSON.stringify(miniJson()));
    expect(r).toMatchObject({ ok: true, format: 'riwayat' });
    const t = parseAnyDataset(
      JSON.stringify({ events: [{ start_date: { year: '2024' }, text: { headline: 'x' } }] }),
    );
    expect(t).toMatchObject({ ok: true, format: 'timelinejs' });
  });

  it('names both formats it reads when a file is neither', () => {
    const r = parseAnyDataset('{"events":[]}');
    expect(r.ok ? null : r.problems).toEqual([
      {
        path: '$',
        code: 'unsupported-format',
        message:
          'is neither a Riwayat dataset (an object with "format": "riwayat-dataset") nor a TimelineJS3 timeline (an object with an "events" array of slides with "start_date")',
      },
    ]);
  });

  it('turns anything thrown on the way into a refusal that says what', () => {
    const thrown = parseAnyDataset(JSON.stringify(miniJson()), () => {
      throw new Error('disk gone');
    });
    expect(thrown).toEqual({
      ok: false,
      problems: [{ path: '$', code: 'check-failed', message: 'could not be checked: disk gone' }],
    });
    const odd = parseAnyDataset(JSON.stringify(miniJson()), () => {
      throw 'plain words';
    });
    expect(odd.ok ? '' : odd.problems[0]?.message).toBe('could not be checked: plain words');
  });

  it('passes a JSON refusal through as it is', () => {
    expect(parseAnyDataset('{')).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
  });
});
