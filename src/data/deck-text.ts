/**
 * The words of an exported deck, in both languages. The command line cannot use the interface's
 * i18next strings (it imports only domain and data), so a deck file carries its own small table,
 * worded as the slides on screen are. Numbers and plurals go through Intl with explicit locale tags:
 * Arabic has all six plural forms.
 */
import {
  formatList,
  formatNumber,
  localeTag,
  originsEither,
  type DateBasis,
  type DateDisplay,
  type Lang,
  type SupportWords,
} from '../domain';

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Forms = Partial<Record<Plural, string>> & { readonly other: string };

/** The deck's words; its support counts are `SupportWords`, which `divergeLine` composes with. */
export interface DeckWords extends SupportWords {
  readonly howKnown: string;
  readonly summary: string;
  readonly toldBy: string;
  readonly noAccounts: string;
  readonly diverge: string;
  readonly onlyIn: string;
  readonly wordedIn: string;
  readonly notIn: string;
  readonly singleOrigin: string;
  readonly translation: string;
  readonly translationNote: string;
  readonly continued: string;
  readonly fullTitle: string;
  readonly basis: Readonly<Record<DateBasis, string>>;
  readonly part: (part: number, parts: number) => string;
  readonly passages: (n: number) => string;
  readonly by: (name: string) => string;
  readonly shared: (names: readonly string[], origin: string) => string;
  readonly events: (n: number) => string;
}

interface Table {
  readonly fixed: Omit<
    DeckWords,
    'part' | 'passages' | 'support' | 'supportUnknown' | 'by' | 'shared' | 'events'
  >;
  readonly part: string;
  readonly passages: Forms;
  readonly outlets: Forms;
  readonly origins: Forms;
  readonly support: string;
  /** `{{low}}` and `{{n}}`: the fewest and the most origins ("1 to 3 independent origins"). */
  readonly originsRange: Forms;
  /** The most one more than the fewest ("1 or 2 independent origins"). */
  readonly originsEither: Forms;
  readonly unknownOrigins: Forms;
  readonly supportUnknown: string;
  readonly by: string;
  readonly sharedTwo: string;
  readonly sharedMany: string;
  readonly events: Forms;
}

const TABLES: Record<Lang, Table> = {
  en: {
    fixed: {
      howKnown: 'How the date is known',
      summary: 'In short',
      toldBy: 'Told by',
      noAccounts: 'No source in this dataset quotes this event.',
      diverge: 'Where the accounts part ways',
      onlyIn: 'Only in',
      wordedIn: 'Worded differently by',
      notIn: 'Not in',
      singleOrigin: 'one origin only',
      translation: 'Translation',
      translationNote: 'Translations: English renderings made for Riwayat, not the sources’ own words',
      continued: 'continued',
      fullTitle: 'Title',
      basis: {
        stated: 'Date stated in the text',
        weekday: 'Date from a weekday name',
        relative: 'Date from a relative phrase',
        context: 'Date inferred from context',
      },
    },
    part: '({{part}} of {{parts}})',
    passages: { one: '{{n}} passage', other: '{{n}} passages' },
    outlets: { one: '{{n}} source', other: '{{n}} sources' },
    origins: { one: '{{n}} independent origin', other: '{{n}} independent origins' },
    support: '{{outlets}}, {{origins}}',
    originsRange: {
      one: '{{low}} to {{n}} independent origin',
      other: '{{low}} to {{n}} independent origins',
    },
    originsEither: {
      one: '{{low}} or {{n}} independent origin',
      other: '{{low}} or {{n}} independent origins',
    },
    unknownOrigins: { one: 'one does not say its source', other: '{{n}} do not say their source' },
    supportUnknown: '{{outlets}}, {{origins}} ({{unknown}})',
    by: 'attributed to {{name}}',
    sharedTwo: '{{names}} both carry wording from {{origin}}',
    sharedMany: '{{names}} all carry wording from {{origin}}',
    events: { one: '{{n}} event', other: '{{n}} events' },
  },
  ar: {
    fixed: {
      howKnown: 'كيف عُرف التاريخ',
      summary: 'باختصار',
      toldBy: 'المصادر التي روته',
      noAccounts: 'لا يقتبس أي مصدر في هذه البيانات هذا الحدث.',
      diverge: 'أين تفترق الروايات',
      onlyIn: 'لم يرد إلا في',
      wordedIn: 'اختلفت صياغته بين',
      notIn: 'لا يرد في',
      singleOrigin: 'أصل واحد فقط',
      translation: 'الترجمة',
      translationNote: 'ترجمة إنجليزية أعدّها «روايات»، وليست كلمات المصدر نفسه',
      continued: 'تتمة',
      fullTitle: 'العنوان',
      basis: {
        stated: 'التاريخ مذكور في النص',
        weekday: 'التاريخ مستنتج من اسم اليوم',
        relative: 'التاريخ مستنتج من عبارة نسبية',
        context: 'التاريخ مستنتج من السياق',
      },
    },
    part: '({{part}} من {{parts}})',
    passages: {
      zero: 'لا مقاطع',
      one: 'مقطع واحد',
      two: 'مقطعان',
      few: '{{n}} مقاطع',
      many: '{{n}} مقطعًا',
      other: '{{n}} مقطع',
    },
    outlets: {
      zero: 'لا مصادر',
      one: 'مصدر واحد',
      two: 'مصدران',
      few: '{{n}} مصادر',
      many: '{{n}} مصدرًا',
      other: '{{n}} مصدر',
    },
    origins: {
      zero: 'لا أصول مستقلة',
      one: 'أصل مستقل واحد',
      two: 'أصلان مستقلان',
      few: '{{n}} أصول مستقلة',
      many: '{{n}} أصلًا مستقلًا',
      other: '{{n}} أصل مستقل',
    },
    support: '{{outlets}}، {{origins}}',
    originsRange: {
      zero: 'لا أصل مستقل',
      one: 'أصل مستقل واحد',
      two: 'أصل مستقل واحد أو أصلان',
      few: 'من {{low}} إلى {{n}} أصول مستقلة',
      many: 'من {{low}} إلى {{n}} أصلًا مستقلًا',
      other: 'من {{low}} إلى {{n}} أصل مستقل',
    },
    originsEither: {
      zero: 'لا أصل مستقل',
      one: 'أصل مستقل واحد',
      two: 'أصل مستقل واحد أو أصلان',
      few: '{{low}} أو {{n}} أصول مستقلة',
      many: '{{low}} أو {{n}} أصلًا مستقلًا',
      other: '{{low}} أو {{n}} أصل مستقل',
    },
    unknownOrigins: {
      zero: 'وكلها تذكر مصادرها',
      one: 'أحدها لا يذكر مصدره',
      two: 'اثنان منها لا يذكران مصدرهما',
      few: '{{n}} منها لا تذكر مصادرها',
      many: '{{n}} منها لا يذكر مصدره',
      other: '{{n}} منها لا يذكر مصدره',
    },
    supportUnknown: '{{outlets}}، {{origins}} ({{unknown}})',
    by: 'منسوب إلى {{name}}',
    sharedTwo: '{{names}}: كلاهما ينقل صياغة {{origin}}',
    sharedMany: '{{names}}: كلها تنقل صياغة {{origin}}',
    events: {
      zero: 'لا أحداث',
      one: 'حدث واحد',
      two: 'حدثان',
      few: '{{n}} أحداث',
      many: '{{n}} حدثًا',
      other: '{{n}} حدث',
    },
  },
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

/** The deck's words in a language, with numbers written as the interface writes them. */
export function deckWords(lang: Lang, display: DateDisplay): DeckWords {
  const table = TABLES[lang];
  const rules = new Intl.PluralRules(localeTag(lang, display));
  const num = (n: number): string => formatNumber(n, lang, display);
  const count = (forms: Forms, n: number, more: Readonly<Record<string, string>> = {}): string => {
    // Zero has its own form in Arabic, though Intl files it under "zero" only for ar itself.
    const category = (n === 0 && forms.zero !== undefined ? 'zero' : rules.select(n)) as Plural;
    return fill(forms[category] ?? forms.other, { ...more, n: num(n) });
  };
  return {
    ...table.fixed,
    part: (part, parts) => fill(table.part, { part: num(part), parts: num(parts) }),
    passages: (n) => count(table.passages, n),
    support: (outlets, origins) =>
      fill(table.support, { outlets: count(table.outlets, outlets), origins: count(table.origins, origins) }),
    supportUnknown: (outlets, low, high, unknown) =>
      fill(table.supportUnknown, {
        outlets: count(table.outlets, outlets),
        origins: count(originsEither(low, high) ? table.originsEither : table.originsRange, high, {
          low: num(low),
        }),
        unknown: count(table.unknownOrigins, unknown),
      }),
    by: (name) => fill(table.by, { name }),
    shared: (names, origin) =>
      fill(names.length > 2 ? table.sharedMany : table.sharedTwo, {
        names: formatList(names, lang, display),
        origin,
      }),
    events: (n) => count(table.events, n),
  };
}
