import { describe, expect, it } from 'vitest';
import { selectionKind } from '../../src/author';

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
