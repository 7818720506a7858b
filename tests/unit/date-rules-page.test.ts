import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';
import { analyseInPage, type Sentence } from '../support/date-score';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);
const value = (text: string, published: string | null, words: string): string | null | undefined =>
  analyseDates(text, published).find((e) => e.text === words)?.value;

// Rules written by class on the unseen set's tuning split (date-sentences-unseen.md) for dates that a
// page gives in one sentence and refers to in a later one. Real sentences name their page; the others
// are made up for the class.
describe('a page is read as one text', () => {
  const page = (id: string, text: string, published: string | null): Sentence => ({
    id,
    split: 'tune',
    source: { url: 'https://example.invalid/page' },
    published,
    text,
    expressions: [],
  });

  it('the scorer reads a sentence after the earlier sentences of its page', () => {
    // forum.vcoderz.com/showpost.php?p=8308, undated: the day after 19 January 1976.
    const [first, second] = analyseInPage([
      page('a', 'وفي ساعة متقدمة من مساء 19 كانون الثاني 1976 توجه الى دمشق وفد من الحركة الوطنية.', null),
      page(
        'b',
        'وأمضى الوفد ساعات الليل في محادثات مكثفة، وصباح اليوم التالي دعي الوفد الى منزل الرئيس،',
        null,
      ),
    ]);
    expect(first?.map((e) => e.value)).toEqual(['1976-01-19']);
    expect(second?.map((e) => [e.text, e.value, e.start])).toEqual([['اليوم التالي', '1976-01-20', 48]]);
  });

  it('but a test suite’s cases, and other pages, stand alone', () => {
    const suite = (id: string, text: string): Sentence => ({
      ...page(id, text, '2016-11-07'),
      source: { repository: 'microsoft/Recognizers-Text', path: 'Specs/DateTime/Arabic/DateParser.json' },
    });
    const other = {
      ...page('c', 'عاد في اليوم التالي', '2016-11-07'),
      source: { url: 'https://example.invalid/2' },
    };
    const read = analyseInPage([suite('a', 'سافر في 3 مارس'), suite('b', 'عاد في اليوم التالي'), other]);
    expect(read.slice(1).map((r) => r.map((e) => e.value))).toEqual([['2016-11-08'], ['2016-11-08']]);
  });
});

describe('an undated page names its year once', () => {
  it('a day without a year takes the year the text printed last before it', () => {
    // journalinfo.ma/?p=88812, undated: the friendly is in the year of the match dated before it.
    expect(
      read(
        'ستجرى هذه المباراة بالملعب الكبير بطنجة يوم السبت 25 مارس 2023 على الساعة العاشرة ليلا.\nبعد ذلك، سيتوجه المنتخب الوطني المغربي إلى إسبانيا، في إطار مباراة ودية ثانية مرتقبة يوم الثلاثاء 28 مارس ضد منتخب البيرو',
        null,
      ),
    ).toEqual([
      ['يوم السبت 25 مارس 2023', '2023-03-25'],
      ['يوم الثلاثاء 28 مارس', '2023-03-28'],
    ]);
    // fbmjo.com, undated: months told after «بداية العام 2014».
    expect(
      value(
        'وأكد أن التجارة كانت عامل ضغط على النمو في بداية العام 2014. وتأثرت البيانات بالأزمة الأوكرانية حيث هبطت الصادرات الألمانية إلى روسيا 16 بالمئة في يناير /كانون الثاني، وفبراير/ شباط.',
        null,
        'فبراير/ شباط',
      ),
    ).toBe('2014-02');
  });

  it('and its parts and spans too; a dated page keeps its own year', () => {
    const text =
      'تستعد الدوحة لاستضافة سلسلة من الفعاليات خلال شهر فبراير 2026.\nيشهد منتصف فبراير المؤتمر من 5 إلى 7 فبراير';
    expect(read(text, null).slice(1)).toEqual([
      ['منتصف فبراير', '2026-02-11/2026-02-20'],
      ['5 إلى 7 فبراير', '2026-02-05/2026-02-07'],
    ]);
    expect(value('وقعت الحرب عام 1967.\nوستعقد القمة في 5 حزيران', '2019-06-01', '5 حزيران')).toBe(
      '2019-06-05',
    );
  });

  it('a bare weekday is the one nearest the day stated before it, in an earlier sentence too', () => {
    // tunisiasports.org, undated: the Sunday of the round dated the sentence before.
    expect(
      read(
        'إليك البرنامج الرسمي لمباريات الجولة الرابعة والعشرين، والتي ستقام أيام الجمعة والسبت والأحد 3-4-5 أبريل 2026.\nأبرز المواجهات تشمل الكلاسيكو بين النجم الساحلي والترجي الرياضي يوم الأحد، والذي قد يكون له تأثير كبير',
        null,
      ),
    ).toEqual([
      ['أيام الجمعة والسبت والأحد 3-4-5 أبريل 2026', '2026-04-03/2026-04-05'],
      ['يوم الأحد', '2026-04-05'],
    ]);
    // With a publication date it is counted from publication, as before.
    expect(
      value('ستقام المباراة يوم 3 أبريل 2026.\nوسيسافر الفريق يوم الأحد', '2026-03-30', 'يوم الأحد'),
    ).toBe('2026-04-05');
  });
});

describe('what refers to a date before it needs no publication date', () => {
  // ahdathsa.com/news3077.html, undated.
  const text =
    'يتوقع أن يكون يوم عرفات في يوم السبت الذي يوافق الخامس عشر من يونيو لعام 2024م، فيما يأتي أول أيام العيد السعيد، عيد الأضحى، في يوم الأحد السادس عشر من نفس الشهر لذات العام.';

  it('a day of «نفس الشهر» is that day of the month stated before it', () => {
    expect(value(text, null, 'يوم الأحد السادس عشر من نفس الشهر')).toBe('2024-06-16');
    expect(value('الأحد السادس عشر من نفس الشهر', null, 'الأحد السادس عشر من نفس الشهر')).toBeNull();
  });

  it('«أول أيام العيد» is the first day of the feast named just after it', () => {
    expect(value(text, null, 'أول أيام العيد')).toBe('2024-06-16');
    // Not of a feast named further on.
    expect(
      value(
        'أول أيام العيد سيكون حافلا بالزيارات في القرى كما جرت العادة بعد عيد الأضحى',
        '2024-06-01',
        'أول أيام العيد',
      ),
    ).toBeNull();
  });
});

describe('what counts from another event or by the day is no date', () => {
  it('an offset of moments or minutes counted from another event', () => {
    // The workbench trial's «قبل لحظات من تحطم الطائرة», read as moments before publication.
    expect(read('قال شهود إن انفجارا وقع قبل لحظات من تحطم الطائرة', '2025-06-12')).toEqual([]);
    expect(read('وصل الوفد قبل قليل من بدء الاجتماع', '2025-06-12')).toEqual([]);
    expect(read('وقع الانفجار بعد دقائق من إقلاع الطائرة', '2025-06-12')).toEqual([]);
    // Counted from publication, it is still a date.
    expect(read('أعلنت الوزارة قبل لحظات نتائج الامتحانات', '2025-06-12')).toEqual([
      ['قبل لحظات', '2025-06-12'],
    ]);
  });

  it('«اليوم الواحد» and «في اليوم» after a count are a unit, not today', () => {
    // beta.akhbaar24.com/ampArticle/154950: a hospital's name.
    expect(
      read('وقال مصدر أمني، إنه تم نقل المصابين والجثث لمستشفى جراحات اليوم الواحد بوادي النطرون', null),
    ).toEqual([]);
    expect(read('تنتج المصفاة مليون برميل في اليوم', '2025-06-12')).toEqual([]);
    expect(read('يتناول المريض الدواء ثلاث مرات في اليوم', '2025-06-12')).toEqual([]);
    expect(read('سجلت الوزارة 300 إصابة اليوم', '2025-06-12')).toEqual([['اليوم', '2025-06-12']]);
  });
});

describe('the tense of a bare day: «سا» without a hamza is no future', () => {
  it('«سافر»، «ساهم» are past verbs of the form «فاعل»; «سأعود» is the future', () => {
    expect(value('سافر الوزير إلى القاهرة الأربعاء', '2024-06-27', 'الأربعاء')).toBe('2024-06-26');
    expect(value('وساهم اللاعب في فوز فريقه الأحد', '2024-06-27', 'الأحد')).toBe('2024-06-23');
    expect(value('سأعود يوم الأربعاء', '2024-06-27', 'يوم الأربعاء')).toBe('2024-07-03');
    expect(value('وسأزور القاهرة يوم الأربعاء', '2024-06-27', 'يوم الأربعاء')).toBe('2024-07-03');
  });
});
