/**
 * One name gives one id everywhere the workbench derives one (kinds and sides, origins, events,
 * entities), and every file the app writes is named by one rule.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  EMPTY_DRAFT,
  eventIdStem,
  exportStem,
  freeId,
  newEntityId,
  originKey,
  type Draft,
} from '../../src/author';
import { DATASET_ID_MAX, fileDay, fileStem, isDatasetId, slug, termIdFor } from '../../src/domain';

const NAMES: readonly [string, string][] = [
  ['Élysée Palace', 'elysee-palace'],
  ['Pedro Sánchez', 'pedro-sanchez'],
  ['Red Eléctrica (REE)', 'red-electrica-ree'],
  ['  Al Qahera News ', 'al-qahera-news'],
  ['Ｆｕｌｌ width', 'full-width'],
];

describe('slug: an id from a name', () => {
  it.each(NAMES)('%s → %s', (name, id) => {
    expect(slug(name)).toBe(id);
  });

  it('is empty for a name with no Latin letter or digit', () => {
    expect(slug('قصر الإليزيه')).toBe('');
    expect(slug('— · —')).toBe('');
  });

  it('is cut to its maximum, never past DATASET_ID_MAX, and never ends on a hyphen', () => {
    expect(slug('abc def', 4)).toBe('abc');
    expect(slug('a'.repeat(150))).toHaveLength(DATASET_ID_MAX);
    expect(slug('a'.repeat(150), 500)).toHaveLength(DATASET_ID_MAX);
    expect(slug('a'.repeat(DATASET_ID_MAX + 1))).toHaveLength(DATASET_ID_MAX);
  });

  it.each(NAMES)('termIdFor, originKey, eventIdStem and freeId give one stem for %s', (name, id) => {
    expect(termIdFor(name, new Set())).toBe(id);
    expect(originKey(name)).toBe(id);
    expect(eventIdStem({ start: '2024-01-01', title: { ar: '', en: name } })).toBe(`${id}-2024-01-01`);
    expect(freeId(name, new Set(), true)).toBe(id);
    expect(newEntityId(EMPTY_DRAFT, { ar: '', en: name }, 'organisation')).toBe(id);
  });

  it("a person's id is their last name's, without its accents", () => {
    expect(newEntityId(EMPTY_DRAFT, { ar: 'بيدرو سانشيث', en: 'Pedro Sánchez' }, 'person')).toBe('sanchez');
  });

  it('a 150-character credit gives a valid origin id, and the workbench takes it', () => {
    const name = `${'Agence '.repeat(21)}News`;
    expect(name.length).toBeGreaterThanOrEqual(150);
    const key = originKey(name);
    expect(key.length).toBeLessThanOrEqual(DATASET_ID_MAX);
    expect(isDatasetId(key)).toBe(true);
  });

  it('an id made unique keeps within DATASET_ID_MAX with its number', () => {
    const long = 'x'.repeat(150);
    const stem = 'x'.repeat(DATASET_ID_MAX);
    const taken = new Set([stem, ...Array.from({ length: 9 }, (_, i) => `${'x'.repeat(98)}-${i + 1}`)]);
    const id = freeId(long, taken, true);
    // The tenth needs one more character for its number, so the stem gives one up.
    expect(id).toBe(`${'x'.repeat(97)}-10`);
    expect(isDatasetId(id)).toBe(true);
    expect(freeId('claim', new Set(['claim-1']))).toBe('claim-2');
  });

  it('an entity made from a long name gets a valid id the draft accepts', () => {
    const d: Draft = applyCommand(EMPTY_DRAFT, {
      type: 'add-entity',
      id: newEntityId(EMPTY_DRAFT, { ar: 'اسم', en: 'Ministry '.repeat(20) }, 'organisation'),
      fields: { kind: 'organisation', side: 'other', name: { ar: 'اسم', en: 'Ministry' }, aliases: [] },
    });
    expect(d.entities).toHaveLength(1);
    expect(isDatasetId(d.entities[0]?.id ?? '')).toBe(true);
  });
});

describe("a file's name", () => {
  it('is riwayat- and its parts, empty ones left out', () => {
    expect(fileStem(['2026-12-07'])).toBe('riwayat-2026-12-07');
    expect(fileStem(['en', '2026-12-07'])).toBe('riwayat-en-2026-12-07');
    expect(fileStem(['story', 'ar'])).toBe('riwayat-story-ar');
    expect(fileStem(['', undefined, null, '2026-12-07'])).toBe('riwayat-2026-12-07');
  });

  it("keeps a title's letters in any script and cuts it at 60 characters", () => {
    expect(fileStem(['اتصال لافروف وروبيو', '2026-12-07'])).toBe('riwayat-اتصال-لافروف-وروبيو-2026-12-07');
    expect(fileStem(['x'.repeat(100)])).toBe(`riwayat-${'x'.repeat(60)}`);
  });

  it("the day is the UTC date, and the workbench's name is the title's, then the day", () => {
    expect(fileDay(new Date('2026-12-07T23:30:00-05:00'))).toBe('2026-12-08');
    expect(exportStem({ ar: 'عنوان', en: 'The call: a record' }, '2026-12-07')).toBe(
      'riwayat-the-call-a-record-2026-12-07',
    );
  });
});
