import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftedFields, draftEventText, draftIn, draftQuote, TITLE_MAX, type Draft } from '../../src/author';
import type { Quote, SourceWithText, TimelineEvent } from '../../src/domain';

// Sentences of the articles a newcomer authored a story from (the Wang Fuk Court fire, Hong Kong,
// 26 November 2025), each with its outlet and address.
/** Okaz (Saudi Arabia), https://www.okaz.com.sa/variety/na/2223927 */
const OKAZ =
  'لقي 13 شخصا على الأقل مصرعهم فيما لا يزال عدد غير محدد من الأفراد محاصرين إثر حريق بمجمع سكني في منطقة تاي بو شمال هونغ كونغ.';
/** Okaz, the same address. */
const OKAZ_FIRE_DEPT =
  'وذكرت إدارة خدمات الإطفاء أنها لا تعرف على وجه التحديد حتى الآن عدد المحاصرين داخل الأبراج.';
/** Masrawy (Egypt), https://www.masrawy.com/news/news_publicaffairs/details/2025/11/26/2897623/ */
const MASRAWY =
  'قال زعيم هونج كونج، جون لي، إن 36 شخصا لقوا حتفهم جراء حرائق اندلعت في أبراج سكنية شاهقة الارتفاع في مقاطعة تاي بو، مؤكدًا أنه تم الإبلاغ عن فقدان 279 شخصا وجارى البحث عنهم.';
/** Al-Mowaten (Saudi Arabia), https://www.almowaten.net/2025/11/ (the fire's toll rising to 55) */
const MOWATEN =
  'ارتفعت حصيلة ضحايا الحريق الهائل الذي ضرب مجمع “وانغ فوك كورت” السكني في منطقة “تاي بو” بهونج كونج إلى 55 قتيلًا، وفق تحديث رسمي أصدرته إدارة الإطفاء صباح اليوم، بعد أن كانت التقديرات الأولية تشير إلى 40 وفاة فقط.';
/** KBS World Radio Arabic, http://world.kbs.co.kr/service/news_view.htm?lang=a&Seq_Code=83659 */
const KBS =
  'ووفقا لوسائل الإعلام الأجنبية، اندلع الحريق في الساعة 2:51 من بعد ظهر الأربعاء في مجمع "وانغ فوك كورت" في منطقة "تاي بو" في هونغ كونغ، واشتعلت النيران في 7 من المباني السكنية الثمانية في المجمع.';
/** KBS, the same address: the verb after an opening phrase. */
const KBS_LEE =
  'وفي مؤتمر صحفي عقد بعد حوالي 27 ساعة من اندلاع الحريق، قال "جون لي كا تشيو"، الرئيس التنفيذي لهونغ كونغ، إنه تمت السيطرة على النيران في المباني السبعة بشكل أساسي.';
/** Emarat Al Youm (UAE), https://www.emaratalyoum.com/politics/weekly-supplements/world-press/2025-11-30-1.1992765 */
const EMARAT_TANG =
  'وقال رئيس جهاز الأمن في هونغ كونغ، كريس تانغ، في مؤتمر صحافي: «لا نستبعد إمكانية اكتشاف المزيد من الجثث عندما تدخل الشرطة المبنى لإجراء تحقيقات مفصلة».';
/** Emarat Al Youm, the same address. */
const EMARAT_ARRESTS =
  'وألقت السلطات القبض على 11 شخصاً في ما يتعلق بأسوأ حريق تشهده المدينة منذ ما يقرب من 80 عاماً، في إطار تحقيقاتها في فساد محتمل، واستخدام مواد غير آمنة خلال أعمال التجديد في مجمع «وانغ فوك كورت».';

describe('a claim keeps the attribution its sentence carries', () => {
  it('a claim no one is said to make is the outlet’s, in both languages', () => {
    const ar = draftIn(OKAZ, 'ar', 'عكاظ (السعودية)');
    expect(ar.title).toBe('عكاظ (السعودية): لقي 13 شخصا على الأقل مصرعهم');
    expect(ar.summary).toBe(`${OKAZ.slice(0, -1)}، بحسب عكاظ (السعودية).`);
    const en = draftIn(
      'At least 13 people were killed while an unknown number remain trapped after a fire at a housing estate in Tai Po.',
      'en',
      'Okaz (Saudi Arabia)',
    );
    expect(en.title).toBe('Okaz (Saudi Arabia): At least 13 people were killed');
    expect(en.summary).toMatch(
      /^At least 13 people were killed while .*in Tai Po, according to Okaz \(Saudi Arabia\)\.$/u,
    );
  });

  it('a named speaker stays the speaker: the title names them, the summary is their sentence', () => {
    const lee = draftIn(MASRAWY, 'ar', 'مصراوي (مصر)');
    expect(lee.title).toBe('جون لي: 36 شخصا لقوا حتفهم');
    expect(lee.summary.startsWith('قال زعيم هونج كونج، جون لي، إن 36 شخصا')).toBe(true);
    expect(lee.summary).not.toContain('مصراوي');
    const dept = draftIn(OKAZ_FIRE_DEPT, 'ar', 'عكاظ (السعودية)');
    expect(dept.title).toBe(
      'إدارة خدمات الإطفاء: لا تعرف على وجه التحديد حتى الآن عدد المحاصرين داخل الأبراج',
    );
    // The article's conjunction is dropped: the summary opens its own sentence.
    expect(dept.summary).toBe(`${OKAZ_FIRE_DEPT.slice(1, -1)}.`);
    const en = draftIn(
      'Hong Kong leader John Lee said 36 people died in fires in high-rise towers.',
      'en',
      'Masrawy',
    );
    expect(en.title).toBe('Hong Kong leader John Lee: 36 people died in fires in high-rise towers');
    expect(en.summary).not.toContain('according to Masrawy');
  });

  it('a speaker after a colon, after an opening phrase or in “according to” is found', () => {
    const tang = draftIn(EMARAT_TANG, 'ar', 'الإمارات اليوم');
    expect(tang.title).toBe('كريس تانغ: لا نستبعد إمكانية اكتشاف المزيد من الجثث');
    expect(tang.summary.startsWith('قال رئيس جهاز الأمن في هونغ كونغ، كريس تانغ')).toBe(true);
    expect(draftIn(KBS_LEE, 'ar', 'KBS').title).toBe(
      'جون لي كا تشيو: تمت السيطرة على النيران في المباني السبعة بشكل أساسي',
    );
    const media = draftIn(KBS, 'ar', 'KBS');
    expect(media.title.startsWith('وسائل الإعلام الأجنبية: اندلع الحريق في الساعة 2:51')).toBe(true);
    expect(media.summary.startsWith('وفقا لوسائل الإعلام الأجنبية، اندلع')).toBe(true);
    expect(media.summary).not.toContain('بحسب KBS');
    const en = draftIn(
      'According to foreign media, the fire broke out at 2:51 pm on Wednesday.',
      'en',
      'KBS',
    );
    expect(en.title).toBe('Foreign media: The fire broke out at 2:51 pm on Wednesday');
  });

  it('an attribution inside the sentence is kept and not doubled; a long one leaves the title to the outlet', () => {
    const d = draftIn(MOWATEN, 'ar', 'المواطن (السعودية)');
    expect(d.summary).toContain('وفق تحديث رسمي أصدرته إدارة الإطفاء');
    expect(d.summary).not.toContain('بحسب المواطن');
    expect(d.title).toBe('المواطن (السعودية): ارتفعت حصيلة ضحايا الحريق الهائل');
  });

  it('a pronoun is no speaker to name: the sentence stays whole and is not given to the outlet', () => {
    const en = draftIn(
      'He added that the fire alarms in the estate were not working properly.',
      'en',
      'Emarat Al Youm',
    );
    expect(en.title).not.toContain('Emarat');
    expect(en.summary).toBe('He added that the fire alarms in the estate were not working properly.');
  });
});

describe('a title is a clause, cut where a clause ends', () => {
  const plainWords = (s: string): string[] => s.replace(/[«»“”"]/gu, '').split(/\s+/u);
  it.each([OKAZ, MASRAWY, MOWATEN, KBS, KBS_LEE, EMARAT_TANG, EMARAT_ARRESTS])(
    'at most %#: short, and every word of it whole',
    (sentence) => {
      const { title } = draftIn(sentence, 'ar', 'المصدر');
      const clause = title.slice(title.indexOf(': ') + 2).replace(/…$/u, '');
      expect(clause.length).toBeLessThanOrEqual(TITLE_MAX);
      // Every word of the clause is a whole word of the sentence (its stops and opening «و» aside).
      const whole = new Set(
        plainWords(sentence).flatMap((w) => {
          const bare = w.replace(/[،,.:]$/u, '');
          return [bare, bare.replace(/^و/u, '')];
        }),
      );
      for (const w of plainWords(clause)) expect(whole.has(w.replace(/[،,.:]$/u, ''))).toBe(true);
      // Never a preposition left waiting for its noun.
      expect(clause).not.toMatch(/\s(?:في|على|من|إلى)$/u);
    },
  );

  it('a long clause is cut at a word and marked as cut', () => {
    const { title } = draftIn(EMARAT_ARRESTS, 'ar', 'الإمارات اليوم');
    expect(title.endsWith('…')).toBe(true);
    expect(title.startsWith('الإمارات اليوم: ألقت السلطات القبض على 11 شخصاً')).toBe(true);
  });
});

// The bundled story's articles (data/articles, as in the seeds).
const bundled = (n: number): string => readFileSync(`data/articles/art-00${n}.txt`, 'utf8');

describe('the bundled articles', () => {
  it('a ministry’s statement is the ministry’s, a spokesman named by his name', () => {
    const text = bundled(1);
    const said = text.split('\n').find((l) => l.startsWith('وذكرت وزارة الدفاع الأميركية'));
    expect(draftIn(said ?? '', 'ar', 'الحرة').title).toBe(
      'وزارة الدفاع الأميركية: الوزير أوستن ونظيره الروسي ناقشا أهمية خطوط الاتصال المفتوحة',
    );
    const ryder = text.split('\n').find((l) => l.startsWith('وقال المتحدث باسم البنتاغون'));
    expect(draftIn(ryder ?? '', 'ar', 'الحرة').title).toBe('باتريك رايدر: أوستن هو من بدأ المحادثة');
  });

  it('where and when it was said are no speaker («في بيان، الأحد»)', () => {
    const line = bundled(4)
      .split('\n')
      .find((l) => l.startsWith('وقالت وزارة الدفاع الأميركية'));
    expect(
      draftIn(line ?? '', 'ar', 'سبوتنيك').title.startsWith(
        'وزارة الدفاع الأميركية (البنتاغون): الوزير أوستن رفض',
      ),
    ).toBe(true);
  });

  it('an aside «حسب رويترز» is the speaker, taken out of the title’s clause', () => {
    const line = bundled(2)
      .split('\n')
      .find((l) => l.startsWith('وقدم الجانبان'));
    expect(draftIn(line ?? '', 'ar', 'تقرير').title.startsWith('رويترز: وقدم الجانبان روايات متباينةً')).toBe(
      true,
    );
  });
});

// ---- which quote, and what is filled -------------------------------------------------------------

const quote = (text: string, en = '', start = 0): Quote => ({
  text,
  en,
  start,
  end: start + text.length,
  claims: [],
});
const source = (id: string, published: string | null, outlet = ''): SourceWithText =>
  ({
    id,
    file: `articles/${id}.txt`,
    outlet: { ar: outlet, en: outlet },
    outletBasis: 'stated',
    credits: [],
    published,
    publishedBasis: published === null ? 'unknown' : 'stated',
    url: null,
    language: 'ar',
    outOfScope: [],
    text: '',
  }) as unknown as SourceWithText;
const event = (accounts: [string, Quote[]][], fields: Partial<TimelineEvent> = {}): TimelineEvent =>
  ({
    id: 'e',
    start: '2025-11-26',
    precision: 'day',
    basis: 'stated',
    basisNote: { ar: '', en: '' },
    kind: 'event',
    actors: [],
    title: { ar: '', en: '' },
    summary: { ar: '', en: '' },
    claims: [],
    accounts: accounts.map(([s, quotes]) => ({ source: s, quotes })),
    ...fields,
  }) as unknown as TimelineEvent;
const sources: Draft['sources'] = [
  source('okaz', '2025-11-26', 'عكاظ'),
  source('kbs', '2025-11-28', 'KBS'),
  source('emarat', '2025-11-30', 'الإمارات اليوم'),
];

describe('the quote drafted from', () => {
  /** KBS: the fire's start; Emarat Al Youm: the same in other words; Okaz: the toll. */
  const START_KBS = 'اندلع الحريق في الساعة 2:51 من بعد ظهر الأربعاء في مجمع وانغ فوك كورت في منطقة تاي بو';
  const START_EMARAT = 'واندلع الحريق في المجمع الواقع بمنطقة تاي بو الشمالية بعد ظهر الأربعاء الماضي';

  it('is the one the most sources share, before an earlier report’s', () => {
    const e = event([
      ['okaz', [quote(OKAZ)]],
      ['kbs', [quote(START_KBS)]],
      ['emarat', [quote(START_EMARAT)]],
    ]);
    const picked = draftQuote(e, sources);
    expect(picked?.why).toBe('shared');
    expect(picked?.source).toBe('kbs');
    expect(picked?.sharedBy).toBe(2);
  });

  it('else the earliest report’s first quote; else the draft’s first article', () => {
    const e = event([
      ['kbs', [quote(KBS_LEE, '', 40), quote(START_KBS, '', 5)]],
      ['okaz', [quote(OKAZ)]],
    ]);
    // KBS's article was added first, Okaz's was published first.
    const added = [sources[1], sources[0], sources[2]].filter((s) => s !== undefined);
    expect(draftQuote(e, added)).toMatchObject({ source: 'okaz', why: 'earliest', sharedBy: 1 });
    const undated = added.map((s) => ({ ...s, published: null }));
    expect(draftQuote(e, undated)).toMatchObject({ source: 'kbs', why: 'first' });
    expect(
      draftQuote(event([['kbs', [quote(KBS_LEE, '', 40), quote(START_KBS, '', 5)]]]), sources)?.quote.start,
    ).toBe(5);
    expect(draftQuote(event([]), sources)).toBeNull();
  });
});

describe('what the draft fills', () => {
  it('its English from the quote’s rendering, or nothing when there is none', () => {
    const rendered = draftEventText(
      event([['okaz', [quote(OKAZ, 'At least 13 people were killed while many remain trapped.')]]]),
      sources,
    );
    expect(rendered?.rendered).toBe(true);
    expect(rendered?.title.en).toBe('عكاظ: At least 13 people were killed');
    const bare = draftEventText(event([['okaz', [quote(OKAZ)]]]), sources);
    expect(bare?.rendered).toBe(false);
    expect(bare?.title).toEqual({ ar: 'عكاظ: لقي 13 شخصا على الأقل مصرعهم', en: '' });
    expect(bare?.summary.en).toBe('');
  });

  it('the outlet by the short name its tab shows, not the whole description of its site', () => {
    const almada = {
      ...source('almada', '2025-11-26'),
      outlet: {
        ar: 'المدى (almada.org، لبنان) كما أعاد نشره موقع تجميع غير مسمّى',
        en: 'AlMada (almada.org, Lebanon), as republished by an unnamed aggregator',
      },
    };
    const drafted = draftEventText(event([['almada', [quote(OKAZ, 'At least 13 people were killed.')]]]), [
      almada,
    ]);
    expect(drafted?.title).toEqual({
      ar: 'المدى: لقي 13 شخصا على الأقل مصرعهم',
      en: 'AlMada: At least 13 people were killed',
    });
  });

  it('only the empty fields: what the author wrote stays; nothing to fill is null', () => {
    const e = event([['okaz', [quote(OKAZ, 'At least 13 people were killed.')]]], {
      title: { ar: 'حريق تاي بو', en: '' },
      summary: { ar: '', en: 'Mine.' },
    });
    const drafted = draftEventText(e, sources);
    if (drafted === null) throw new Error('no draft');
    expect(draftedFields(e, drafted)).toEqual({
      title: { ar: 'حريق تاي بو', en: 'عكاظ: At least 13 people were killed' },
      summary: { ar: drafted.summary.ar, en: 'Mine.' },
    });
    const full = { ...e, title: { ar: 'أ', en: 'A' }, summary: { ar: 'ب', en: 'B' } };
    expect(draftedFields(full, drafted)).toBeNull();
    // A blank title is empty; a summary already written is left out of the fields.
    expect(draftedFields({ ...full, title: { ar: ' ', en: 'A' } }, drafted)).toEqual({
      title: { ar: drafted.title.ar, en: 'A' },
    });
  });
});

describe('a quote cut from the bundled story’s sentences', () => {
  it('when it was said is no part of who said it, and “while” opens no summary', () => {
    const moscow = draftIn(
      'قالت موسكو الأسبوع الماضي إن الاتصالات الدبلوماسية بين حكومة الرئيس فلاديمير بوتين وإدارة الرئيس جو بايدن أصبحت الآن عند "الحد الأدنى المطلق".',
      'ar',
      'تقرير يستند إلى رويترز',
    );
    expect(moscow.title.startsWith('موسكو: الاتصالات الدبلوماسية')).toBe(true);
    const en = draftIn(
      'Moscow said last week that diplomatic contacts had now reached the “absolute minimum”.',
      'en',
      'Reuters-based report',
    );
    expect(en.title).toBe('Moscow: Diplomatic contacts had now reached the absolute minimum');
    const kremlin = draftIn(
      'فيما قال الكرملين إنَّ الرئيس الروسي فلاديمير بوتين لا يعتزم الاتصال بالرئيس الأميركي جو بايدن.',
      'ar',
      'المدى',
    );
    expect(kremlin.summary.startsWith('قال الكرملين إنَّ')).toBe(true);
    const enKremlin = draftIn('While the Kremlin said Putin does not intend to call Biden.', 'en', 'AlMada');
    expect(enKremlin).toEqual({
      title: 'The Kremlin: Putin does not intend to call Biden',
      summary: 'The Kremlin said Putin does not intend to call Biden.',
    });
    expect(
      draftIn(
        'أفاد غيث مناف، مراسل قناة القاهرة الإخبارية في كييف، بأن القوات الروسية تواصل عمليات استهداف المواقع الأوكرانية.',
        'ar',
        'خبر',
      ).title,
    ).toBe('غيث مناف: القوات الروسية تواصل عمليات استهداف المواقع الأوكرانية');
  });
});
