import { describe, expect, it } from 'vitest';
import { draftName, draftOutlet } from '../../src/domain';

describe("an article's name in the workbench", () => {
  const both = { id: 'a1', outlet: { ar: 'الحرة', en: 'Alhurra' } };
  const arOnly = { id: 'a2', outlet: { ar: 'الحرة', en: '' } };
  const none = { id: 'a3', outlet: { ar: '', en: '' } };
  it("is the outlet in the interface's language, else in the other (marked), else the id", () => {
    expect([draftName(both, 'en'), draftName(arOnly, 'en'), draftName(none, 'en')]).toEqual([
      'Alhurra',
      'الحرة',
      'a3',
    ]);
    expect(draftOutlet(arOnly, 'en')).toEqual({ text: 'الحرة', lang: 'ar' });
    expect(draftOutlet(none, 'ar')).toBeNull();
  });
});
