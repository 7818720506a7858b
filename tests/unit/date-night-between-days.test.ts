import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// The eastern Afghanistan earthquake of 31 August 2025, as three outlets dated it: a night named by the
// two days it lies between is the day it begins on, and a day after «و» is that day.
const read = (text: string, published: string): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

describe('the night between two days, read from the publication date', () => {
  it('is the day the night begins on, the words of both days quoted in its note', () => {
    // Al Jazeera Net, 2 September 2025
    // (aljazeera.net/news/2025/9/2/عاجل-المتحدث-باسم-الحكومة-الأفغانية-4).
    const [quake] = analyseDates(
      'ووقعت الهزة على عمق 10 كيلومترات قرب منتصف ليل الأحد/الاثنين.',
      '2025-09-02',
    );
    expect([quake?.text, quake?.value]).toEqual(['منتصف ليل الأحد/الاثنين', '2025-08-31']);
    expect(quake?.note.en).toContain('“منتصف ليل الأحد/الاثنين”');
    expect(quake?.note.ar).toContain('«منتصف ليل الأحد/الاثنين»');
    expect(read('وقع الزلزال ليلة الأحد إلى الاثنين', '2025-09-02')).toEqual([
      ['ليلة الأحد إلى الاثنين', '2025-08-31'],
    ]);
    // Without a word of the night, the two days.
    expect(read('أغلقت المدارس الأحد/الاثنين', '2025-09-02')).toEqual([
      ['الأحد/الاثنين', '2025-08-31/2025-09-01'],
    ]);
  });

  it('dates «والأحد» from its own word, and «أمس الأحد» as the day before publication', () => {
    // TRT Arabi, 2 September 2025 (trt.global/arabi/article/fe11bd750601).
    expect(
      read(
        'والأحد، أعلنت هيئة المسح الجيولوجي الأمريكية أن زلزالا بقوة 6 درجات ضرب مدينة جلال آباد',
        '2025-09-02',
      ),
    ).toEqual([['الأحد', '2025-08-31']]);
    // Sabq, 1 September 2025 (sabq.org/stations/4fs54rccul).
    expect(read('جراء زلزال ضرب شرق أفغانستان أمس الأحد بقوة 6 درجات على مقياس ريختر', '2025-09-01')).toEqual(
      [['أمس الأحد', '2025-08-31']],
    );
  });
});
