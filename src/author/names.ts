/**
 * Names an article introduces that the draft does not know yet: the people an Arabic news text names
 * after a title («وزير الخارجية الروسي سيرغي لافروف», «نظيره الأمريكي ماركو روبيو», «رئيس المجلس
 * العسكري، مين أونغ هلاينغ،»), the organisations it names by a head word and its adjectives («المجلس
 * العسكري», «حكومة الوحدة الوطنية») and the countries of a short list. The title's nationality
 * adjective hints at a person's side. Offered to the author, never added by themselves.
 */
import type { Entity, EntityKind, Side, Span } from '../domain';
import {
  CONJUNCTIONS,
  findMentions,
  normalizeForMatch,
  tokenize,
  withoutProclitic,
  type Token,
} from '../domain';
import { AR_DAYS } from '../domain/date-calendar';
import { ORGANISATION_HEADS, organisationHead } from './organisation-heads';

/** «و» or «ف» opening a word: a conjunction, which ends a foreign name's run of words. */
const CONJUNCTION_FIRST = new RegExp(`^[${CONJUNCTIONS}]`, 'u');

export interface NameCandidate {
  /** What it names: a person after a title, an organisation after its head word, a country. */
  readonly kind: EntityKind;
  /** The name as first written in full. */
  readonly name: string;
  /** Every spelling seen: the full name, and the family name alone when the text uses it alone. */
  readonly aliases: readonly string[];
  /** Where the full name is first written. */
  readonly at: Span;
  readonly count: number;
  readonly side: Side;
}

/** Words that introduce a person's name (folded as `normalizeForMatch` folds). */
const TITLES = new Set(
  [
    'الرئيس',
    'رئيس',
    'وزير',
    'وزيرة',
    'نظيره',
    'نظيرته',
    'نظيرها',
    'المتحدث',
    'المتحدثة',
    'الناطق',
    'المستشار',
    'السفير',
    'المبعوث',
    'الزعيم',
    'الملك',
    'الأمير',
    'الجنرال',
    'السيناتور',
    'النائب',
    'الأمين',
    'المدير',
    'مدير',
    'مديرة',
    'مساعد',
    'نائب',
    'المقرر',
    'المقررة',
    'المفوض',
    'قائد',
    'القائد',
    'زعيم',
    'رئيسة',
    'الرئيسة',
    'المبعوثة',
  ].map(normalizeForMatch),
);

/** Verbs of speech a name follows, its title after it: «وقال فايز أحمد كيدواي المدير العام …». */
const SPEECH_VERBS = new Set(
  [
    'قال',
    'وقال',
    'أضاف',
    'وأضاف',
    'أوضح',
    'وأوضح',
    'ذكر',
    'وذكر',
    'أكد',
    'وأكد',
    'أعلن',
    'وأعلن',
    'صرح',
    'وصرح',
  ].map(normalizeForMatch),
);

/** Heads whose name may be written in foreign words after them, without «ال»: «شركة إير انديا». */
const FOREIGN_NAMED_HEADS = new Set(['شركة'].map(normalizeForMatch));

/** Words before a head that make it a description, not a name: «وهي شركة إسبانية لمراقبة شبكة». */
const DESCRIBING = new Set(['هي', 'وهي', 'هو', 'وهو'].map(normalizeForMatch));

/** A head's sense that names no organisation: «حركة القطارات» is train traffic, not a movement. */
const NOT_ORGANISATION = new Map([
  [
    normalizeForMatch('حركة'),
    new Set(
      ['المرور', 'القطارات', 'السير', 'الملاحة', 'الطيران', 'النقل', 'التجارة', 'الحافلات', 'السفن'].map(
        normalizeForMatch,
      ),
    ),
  ],
  // «مركز الزلزال» is the epicentre; «إدارة الموقع», a page's own furniture.
  [normalizeForMatch('مركز'), new Set(['الزلزال', 'الهزة', 'المدينة'].map(normalizeForMatch))],
  [normalizeForMatch('إدارة'), new Set(['الموقع'].map(normalizeForMatch))],
]);

/** Days of the week, which close a name («وزارة الداخلية الإسبانية الثلاثاء»). */
const DAYS = new Set(AR_DAYS.map(normalizeForMatch));

/** Second words of organisations' names that are no nisba adjective. */
const NAME_WORDS = new Set(['المتحدة', 'الأحمر'].map(normalizeForMatch));

/**
 * Countries an Arabic news text names often, as written (folded to match). A short list, not a
 * gazetteer: a country it lacks is added from a selection or the form.
 */
const COUNTRIES = new Set(
  [
    'ميانمار',
    'بورما',
    'تايلاند',
    'الصين',
    'الهند',
    'اليابان',
    'روسيا',
    'أوكرانيا',
    'أمريكا',
    'الولايات المتحدة',
    'بريطانيا',
    'فرنسا',
    'ألمانيا',
    'إيطاليا',
    'إسبانيا',
    'تركيا',
    'إيران',
    'العراق',
    'سوريا',
    'لبنان',
    'الأردن',
    'فلسطين',
    'إسرائيل',
    'مصر',
    'ليبيا',
    'تونس',
    'الجزائر',
    'المغرب',
    'السودان',
    'السعودية',
    'الإمارات',
    'قطر',
    'الكويت',
    'اليمن',
    'عمان',
    'البحرين',
    'باكستان',
    'أفغانستان',
    'بنغلاديش',
    'إندونيسيا',
    'الفلبين',
    'فيتنام',
    'ماليزيا',
    'كوريا',
    'نيبال',
    'لاوس',
    'كمبوديا',
    'البرتغال',
    'هولندا',
    'بلجيكا',
    'سويسرا',
    'النمسا',
    'اليونان',
    'بولندا',
    'السويد',
    'النرويج',
    'الدنمارك',
    'فنلندا',
    'أيرلندا',
    'كندا',
    'المكسيك',
    'البرازيل',
    'الأرجنتين',
    'أستراليا',
  ].map(normalizeForMatch),
);

const SIDES: readonly [RegExp, Side][] = [
  [/^(ال)?(امريك|اميرك)/, 'us'],
  [/^(ال)?(روس|كرملين)/, 'russia'],
  [/^(ال)?اوكران/, 'ukraine'],
  [/^(ال)?(اوروب|فرنس|الماني|بريطاني)/, 'europe'],
];

/** Words a name never holds: particles, and words of the title's own phrase. */
const NOT_NAME = new Set(
  [
    'في',
    'من',
    'عن',
    'على',
    'الى',
    'إلى',
    'مع',
    'أن',
    'إن',
    'قال',
    'وقال',
    'أكد',
    'باسم',
    'لشؤون',
    'الشؤون',
    'إنه',
    'خلال',
    'يوم',
    'بعد',
    'قبل',
    'التي',
    'الذي',
    'كان',
    'وزارة',
    'اليوم',
    'أمس',
    // «رئيس وزراء إسبانيا بيدرو سانشيز»: the title's own phrase.
    'وزراء',
    // Prepositions and particles: «تباحث حول أوكرانيا», «بحسب موسكو», «باسمها بأن».
    'حول',
    'بحسب',
    'وفق',
    'وفقا',
    'لدى',
    'عند',
    'حتى',
    'منذ',
    'ضد',
    'نحو',
    'بين',
    'عبر',
    'بأن',
    // «أكثر من خمسين رئيس دولة وملوك»: a head of state, unnamed.
    'دولة',
  ].map(normalizeForMatch),
);

/** Is there punctuation (a comma, a stop, a bracket) between two words? */
const punctuated = (text: string, a: Token, b: Token): boolean => /[^\s]/u.test(text.slice(a.end, b.start));
/** Is there a comma between two words (a name set off after its title)? */
const comma = (text: string, a: Token, b: Token): boolean => /[،,]/u.test(text.slice(a.end, b.start));

const sideOf = (key: string): Side | null => SIDES.find(([re]) => re.test(key))?.[1] ?? null;

/**
 * The people `text` names after a title whom no entity's spelling already covers, most mentioned
 * first, leaving out the parts in `exclude` (site furniture, unrelated items). A name is the two words (given name and family name) after the title and its qualifiers (words with «ال», or a
 * «باسم …» phrase), up to a word that cannot be part of it.
 */
export function candidateNames(
  text: string,
  entities: readonly Entity[],
  exclude: readonly Span[] = [],
): NameCandidate[] {
  const outside = (w: Span): boolean => exclude.some((x) => x.start < w.end && w.start < x.end);
  const words = tokenize(text).filter((w) => !outside(w));
  const known = findMentions(text, entities);
  const isKnown = (s: number, e: number): boolean => known.some((m) => m.start < e && s < m.end);
  const found = new Map<string, { name: string; at: Span; side: Side; family: string }>();
  const add = (name: readonly Token[], side: Side | null): void => {
    const first = name[0];
    const last = name.at(-1);
    if (first === undefined || last === undefined || name.length < 2) return;
    if (isKnown(first.start, last.end)) return;
    const key = name.map((w) => w.key).join(' ');
    if (!found.has(key))
      found.set(key, {
        name: text.slice(first.start, last.end),
        at: { start: first.start, end: last.end },
        side: side ?? 'other',
        family: last.text,
      });
  };
  for (let i = 0; i < words.length; i++) {
    if (SPEECH_VERBS.has(words[i]?.key ?? '')) {
      add(namedBeforeTitle(text, words, i + 1), null);
      continue;
    }
    if (!TITLES.has(words[i]?.key ?? '')) continue;
    // «قائد شرطة أحمد أباد، جي إس مالك،»: the title's phrase runs to a comma, the name is set off after it.
    const setOff = setOffAfter(text, words, i);
    if (setOff !== null) {
      add(setOff, sideOf(words[i + 1]?.key ?? '') ?? sideOf(words[i + 2]?.key ?? ''));
      continue;
    }
    let j = i + 1;
    let side: Side | null = null;
    let cut = false;
    // The title's qualifiers: «الخارجية الروسي», «باسم الكرملين»; none across a stop, a colon or a line
    // («وزير الخارجية الفرنسي: العنف العشوائي …»), nor past a particle («نظيره الروسي إلى وقف …»).
    while (j < words.length && j < i + 8) {
      const w = words[j]?.key ?? '';
      const at = words[j];
      const prev = words[j - 1];
      if (at !== undefined && prev !== undefined && /[.:!?؟؛\n]/u.test(text.slice(prev.end, at.start))) {
        cut = true;
        break;
      }
      if (w === normalizeForMatch('باسم')) {
        side ??= sideOf(words[j + 1]?.key ?? '');
        j += 2;
        continue;
      }
      // «الناطق باسمها», «باسمهم»: the phrase's object is a pronoun.
      if (/^باسم(ه|ها|هم|هما)$/u.test(w)) {
        j++;
        continue;
      }
      // «المقرر الخاص للأمم المتحدة في ميانمار، توم أندروز»: a place in the title, set off by a comma.
      const there = words[j + 1];
      const after = words[j + 2];
      if (w === 'في' && there !== undefined && after !== undefined && comma(text, there, after)) {
        j += 2;
        break;
      }
      if (NOT_NAME.has(w)) {
        cut = true;
        break;
      }
      // «مدير العمليات بالشركة إدواردو بريتو»: «بال…» qualifies the title too.
      if (!w.startsWith('ال') && !w.startsWith('لل') && !w.startsWith('بال')) break;
      side ??= sideOf(w);
      j++;
    }
    // A name set off by commas after its title («رئيس المجلس العسكري، مين أونغ هلاينغ،») runs to the
    // next comma, up to four parts; one written straight after the title is two («المتحدث باسم
    // الحكومة ذبيح الله مجاهد»: a compound given name is one part).
    const before = words[j - 1];
    const opening = words[j];
    const longest =
      before !== undefined && opening !== undefined && j > i + 1 && comma(text, before, opening) ? 4 : 2;
    if (!cut) add(takeName(text, words, j, longest), side);
  }
  const out: NameCandidate[] = [];
  for (const [key, f] of found) {
    const familyKey = normalizeForMatch(f.family);
    const full = words.filter(
      (_, i) =>
        words
          .slice(i, i + key.split(' ').length)
          .map((w) => w.key)
          .join(' ') === key,
    ).length;
    // The family name alone: its mentions outside the full name («إحسان الله إحسان» holds «إحسان» twice).
    const alone =
      words.filter((w) => w.key === familyKey).length -
      full * key.split(' ').filter((k) => k === familyKey).length;
    out.push({
      name: f.name,
      aliases: alone > 0 ? [f.name, f.family] : [f.name],
      at: f.at,
      count: full + Math.max(0, alone),
      side: f.side,
      kind: 'person',
    });
  }
  const taken = (at: Span): boolean =>
    isKnown(at.start, at.end) || out.some((c) => c.at.start < at.end && at.start < c.at.end);
  out.push(...organisations(text, words).filter((c) => !taken(c.at)));
  out.push(...countries(text, words).filter((c) => !taken(c.at)));
  return out.sort((a, b) => b.count - a.count || a.at.start - b.at.start);
}

/** Is there a word here, with «ال»? */
const definite = (w: Token | undefined): boolean => w?.key.startsWith('ال') === true;

/** Can this word be part of a foreign name written in Arabic letters («ريد إليكتريكا»: «إل» is no article)? */
const foreignWord = (w: Token): boolean =>
  (!w.key.startsWith('ال') || /^[إأ]ل/u.test(w.text)) && !NOT_NAME.has(w.key) && !/\d/.test(w.key);

/** Can this word be part of a person's name (no «ال», particle, digit, institution's noun or title)? */
const nameWord = (w: Token): boolean =>
  !w.key.startsWith('ال') &&
  !NOT_NAME.has(w.key) &&
  !/\d/.test(w.key) &&
  !organisationHead(w.key) &&
  !TITLES.has(w.key.replace(CONJUNCTION_FIRST, '')) &&
  // A word with tanween is no name: «اتصالاً هاتفياً», «قائلًا».
  !/[\u064B-\u064D]/u.test(w.text);

/** The second word of a compound given name: «ذبيح الله», «نور الدين». */
const COMPOUND = new Set(['الله', 'الدين'].map(normalizeForMatch));
/** «عبد» and any definite word after it are one given name: «عبد الرحمن». */
const SERVANT = normalizeForMatch('عبد');

/** «بن», «بنت», «ابن»: the name runs on to the father's («محمد بن عبد الرحمن»). */
const LINKS = new Set(['بن', 'بنت', 'ابن'].map(normalizeForMatch));
/** «آل», folded: a family's name after it is one part («آل ثاني»). */
const FAMILY = normalizeForMatch('آل');

/**
 * A person's name from `from`: up to `limit` parts (`namePart`), in one phrase (no punctuation or line
 * between its words); a part after «بن» is one more, and the name never ends on «بن».
 */
function takeName(text: string, words: readonly Token[], from: number, limit: number): Token[] {
  const name: Token[] = [];
  let linked = false;
  // «آل ثاني» closes a name whatever its length.
  for (let j = from, parts = 0; parts < limit || linked || words[j]?.key === FAMILY;) {
    const w = words[j];
    const n = namePart(text, words, j);
    const prev = name.at(-1);
    if (w === undefined || n === 0 || (prev !== undefined && punctuated(text, prev, w))) break;
    name.push(...words.slice(j, j + n));
    j += n;
    linked = n === 1 && LINKS.has(w.key);
    // «عبد الفتاح السيسي», a given and a family name in one part, counts as two.
    parts += linked ? 0 : n === 3 ? 2 : 1;
  }
  if (linked) name.pop();
  return name;
}

/** A definite word that may close a name after «عبد …» («عبد الفتاح السيسي»): no particle, day or title. */
const definiteFamily = (w: Token): boolean =>
  w.key.startsWith('ال') &&
  w.key !== FAMILY &&
  !NOT_NAME.has(w.key) &&
  !DAYS.has(w.key) &&
  !TITLES.has(w.key) &&
  !organisationHead(w.key);

/**
 * How many words the part of a name at `j` takes: two for a compound given name («إحسان الله»,
 * «عبد الرحمن»), whose second word has «ال», three when a definite family name follows «عبد …»
 * («عبد الفتاح السيسي»); one for any other word a name may hold; none else.
 */
function namePart(text: string, words: readonly Token[], j: number): 0 | 1 | 2 | 3 {
  const w = words[j];
  const next = words[j + 1];
  // «آل ثاني», «آل خليفة».
  if (w?.key === FAMILY && next !== undefined && !punctuated(text, w, next) && nameWord(next)) return 2;
  if (w === undefined || !nameWord(w)) return 0;
  if (next === undefined || punctuated(text, w, next)) return 1;
  if (COMPOUND.has(next.key)) return 2;
  if (w.key !== SERVANT || !next.key.startsWith('ال') || NOT_NAME.has(next.key)) return 1;
  const family = words[j + 2];
  return family !== undefined && !punctuated(text, next, family) && definiteFamily(family) ? 3 : 2;
}

/**
 * A name set off by commas after a title's phrase of two to six words («رئيس هيئة إدارة الكوارث في
 * ولاية كونار، إحسان الله إحسان،»): the words after the first comma, up to four parts, closed by a
 * comma or other punctuation. Null when the phrase holds no comma or what follows it is no name set
 * off («وزير الخارجية سيرغي لافروف، إن …»).
 */
function setOffAfter(text: string, words: readonly Token[], title: number): Token[] | null {
  for (let k = title + 2; k <= title + 7 && k < words.length; k++) {
    const before = words[k - 1];
    const at = words[k];
    if (before === undefined || at === undefined) return null;
    const prev = words[k - 2];
    if (prev !== undefined && k - 2 > title && punctuated(text, prev, before)) return null;
    if (!comma(text, before, at)) continue;
    const name = takeName(text, words, k, 4);
    const last = name.at(-1);
    const next = words[k + name.length];
    const closed = last !== undefined && (next === undefined || punctuated(text, last, next));
    return closed && name.length >= 2 ? name : null;
  }
  return null;
}

/**
 * A name of two or three parts after a verb of speech and straight before a title, or before a comma
 * and a title: «وقال فايز أحمد كيدواي المدير العام …», «وقال نقيب الله رحيمي، الناطق باسم …».
 * Without the title after it («وقال شهود عيان إن») nothing is taken.
 */
function namedBeforeTitle(text: string, words: readonly Token[], from: number): Token[] {
  const name: Token[] = [];
  for (let j = from, parts = 0; j < words.length && parts <= 3; parts++) {
    const w = words[j];
    const last = name.at(-1);
    if (w === undefined) return [];
    if (last !== undefined && punctuated(text, last, w)) {
      const setOff = comma(text, last, w) && /^[^\S\n]*[،,][^\S\n]*$/u.test(text.slice(last.end, w.start));
      return setOff && TITLES.has(w.key) && name.length >= 2 ? name : [];
    }
    if (TITLES.has(w.key)) return name.length >= 2 ? name : [];
    const n = namePart(text, words, j);
    if (n === 0) return [];
    name.push(...words.slice(j, j + n));
    j += n;
  }
  return [];
}

/** Groups spans of one name by a key: the first seen, its count and every spelling, shortest first. */
function grouped(
  text: string,
  found: readonly { key: string; at: Span }[],
  kind: EntityKind,
): NameCandidate[] {
  const by = new Map<string, { at: Span; spellings: string[]; count: number }>();
  for (const f of found) {
    const spelling = text.slice(f.at.start, f.at.end);
    const g = by.get(f.key);
    if (g === undefined) by.set(f.key, { at: f.at, spellings: [spelling], count: 1 });
    else {
      g.count++;
      if (!g.spellings.includes(spelling)) g.spellings.push(spelling);
    }
  }
  return [...by.values()].map((g) => {
    const spellings = [...g.spellings].sort((a, b) => a.length - b.length);
    const name = spellings[0] ?? '';
    // A longer form holds the shorter: the shorter one finds both.
    const aliases = spellings.filter((x, k) => k === 0 || !spellings.slice(0, k).some((y) => x.includes(y)));
    return { name, aliases, at: g.at, count: g.count, side: 'other', kind };
  });
}

/**
 * Organisations named by a head word and the definite words after it, in one phrase: «المجلس العسكري
 * (الحاكم)», «حكومة الوحدة الوطنية», «الأمم المتحدة». One organisation is its head and first word
 * after it; its name is the shortest form written.
 */
function organisations(text: string, words: readonly Token[]): NameCandidate[] {
  const found: { key: string; at: Span }[] = [];
  for (let i = 0; i < words.length; i++) {
    const written = words[i];
    if (written === undefined) continue;
    // «وشركة»: the head with a proclitic, left off.
    const bare = organisationHead(written.key) ? null : withoutProclitic(written.key);
    const key = bare ?? written.key;
    if (!organisationHead(key) || DESCRIBING.has(words[i - 1]?.key ?? '')) continue;
    const head = bare === null ? written : { ...written, key, start: written.start + 1 };
    const first = words[i + 1];
    if (first === undefined) continue;
    const named = FOREIGN_NAMED_HEADS.has(key);
    // «شركة "ريد إلكتريكا"»: a name in quotation marks runs to the closing mark.
    if (named && /^\s*["«“]\s*$/u.test(text.slice(head.end, first.start))) {
      const close = text.slice(first.start, first.start + 60).search(/["»”]/u);
      if (close > 0) {
        const end = first.start + close + 1;
        found.push({ key: `${key} ${first.key}`, at: { start: head.start, end } });
        while ((words[i + 1]?.end ?? Infinity) < end) i++;
      }
      continue;
    }
    // A foreign name's first word is no adjective of the head («شركة إسبانية»).
    const foreign = named && foreignWord(first) && !/يه$/u.test(first.key);
    const construct = !key.startsWith('ال');
    let j = i + 1;
    while (j < words.length && j < i + 6) {
      const w = words[j];
      const prev = words[j - 1];
      if (w === undefined || prev === undefined || NOT_NAME.has(w.key) || DAYS.has(w.key)) break;
      // «شركة إير انديا ووسائل …»: a foreign name's words, up to a conjunction; «شركة إي - ريديس».
      if (foreign) {
        if (!foreignWord(w) || (j > i + 1 && CONJUNCTION_FIRST.test(w.key))) break;
        if (punctuated(text, prev, w) && !/^\s*[-–]\s*$/u.test(text.slice(prev.end, w.start))) break;
      } else {
        // «هيئة الإذاعة والتلفزيون الإسبانية»: a name in the construct runs on over «وال…»; «هيئة إدارة
        // الكوارث»: a construct head's second noun may be a head in the construct too.
        const chained = construct && j === i + 1 && ORGANISATION_HEADS.has(w.key) && definite(words[j + 1]);
        if (!w.key.startsWith('ال') && !(construct && j > i + 1 && w.key.startsWith('وال')) && !chained)
          break;
        if (punctuated(text, prev, w)) break;
      }
      // After a definite head, an adjective (a nisba, «العسكري», «الوطنية»), not an object («تولي
      // الجيش السلطة»): a few names' own words aside.
      if (j === i + 1 && key.startsWith('ال') && !/ي(ه)?$/u.test(w.key) && !NAME_WORDS.has(w.key)) break;
      if (j === i + 1 && NOT_ORGANISATION.get(key)?.has(w.key) === true) break;
      // After a nisba, the name goes on with adjectives only: «وزارة الخارجية القطرية الهجوم» ends before
      // its object.
      if (!foreign && /ي(ه)?$/u.test(prev.key) && j > i + 1 && !/[يه]$/u.test(w.key)) break;
      // Without the head's own «ال», a definite name is three words at most, unless «وال…» joins more.
      if (!foreign && j >= i + 4 && !words.slice(i + 2, j).some((x) => x.key.startsWith('وال'))) break;
      j++;
    }
    const last = words[j - 1];
    if (j < i + 2 || last === undefined) continue;
    found.push({ key: `${key} ${first.key}`, at: { start: head.start, end: last.end } });
    i = j - 1;
  }
  return grouped(text, found, 'organisation');
}

/**
 * A word that looks like a country's name but is a nisba adjective or noun of its people: written with
 * tanween («بريطانيًا»), which a country's name never takes, or counted after a number («53 بريطانيا»).
 */
const nisba = (text: string, w: Token, before: Token | undefined): boolean =>
  /[\u064B-\u064D]/u.test(w.text) ||
  (before !== undefined && /^\d+$/u.test(before.key) && !punctuated(text, before, w));

/** The countries of the short list the text names, with a proclitic («وميانمار») left off. */
function countries(text: string, words: readonly Token[]): NameCandidate[] {
  const found: { key: string; at: Span }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || nisba(text, w, words[i - 1])) continue;
    const two = words[i + 1];
    const pair = two === undefined || punctuated(text, w, two) ? null : `${w.key} ${two.key}`;
    if (pair !== null && two !== undefined && COUNTRIES.has(pair)) {
      found.push({ key: pair, at: { start: w.start, end: two.end } });
      i++;
    } else if (COUNTRIES.has(w.key)) found.push({ key: w.key, at: { start: w.start, end: w.end } });
    else {
      const bare = withoutProclitic(w.key);
      if (bare !== null && COUNTRIES.has(bare))
        found.push({ key: bare, at: { start: w.start + 1, end: w.end } });
    }
  }
  return grouped(text, found, 'country');
}
