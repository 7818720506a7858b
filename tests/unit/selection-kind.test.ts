import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateNames, selectionKind } from '../../src/author';

describe('the kind a selection made into an entity starts as', () => {
  it('is an organisation when an institution’s noun heads it (the Afghanistan earthquake, September 2025)', () => {
    // Al Bayan, 6 September 2025, and Al Jazeera Net, 2 September: «ووفقا للمركز الألماني لأبحاث علوم الأرض».
    expect(selectionKind('المركز الألماني لأبحاث علوم الأرض')).toBe('organisation');
    expect(selectionKind('للمركز الألماني لأبحاث علوم الأرض')).toBe('organisation');
    // TRT Arabi: «هيئة المسح الجيولوجي الأمريكية»; Al Bayan: «وزارة الصحة».
    expect(selectionKind('هيئة المسح الجيولوجي الأمريكية')).toBe('organisation');
    expect(selectionKind(' وزارة الصحة ')).toBe('organisation');
    expect(selectionKind('الهلال الأحمر الأفغاني')).toBe('organisation');
  });
  it('is a person otherwise', () => {
    // Al-Shorouk: «ذبيح الله مجاهد»; Al Bayan: «نقيب الله رحيمي» (the names alone selected).
    expect(selectionKind('ذبيح الله مجاهد')).toBe('person');
    expect(selectionKind('نقيب الله رحيمي')).toBe('person');
    expect(selectionKind('')).toBe('person');
  });
});

describe('the nouns that head an institution’s name', () => {
  it('are one list, which the name finder and the selection’s kind both read', () => {
    // A file that writes three of the heads as quoted words keeps a list of its own.
    const heads = ['هيئة', 'وزارة', 'مركز', 'مجلس', 'حكومة', 'منظمة', 'مستشفى'];
    const lists = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/u.test(f))
      .filter(
        (f) =>
          heads.filter((h) =>
            new RegExp(`['"](?:ال)?${h}['"]`, 'u').test(readFileSync(join('src', f), 'utf8')),
          ).length >= 3,
      )
      .map((f) => f.split('\\').join('/'));
    expect(lists).toEqual(['author/organisation-heads.ts']);
    // The finder offers an organisation headed by a noun only the selection's list had before.
    expect(
      candidateNames('ونقل المصابون إلى مستشفى الشفاء في المدينة.', []).map((c) => [c.kind, c.name]),
    ).toEqual([['organisation', 'مستشفى الشفاء']]);
    expect(selectionKind('مستشفى الشفاء')).toBe('organisation');
  });
});
