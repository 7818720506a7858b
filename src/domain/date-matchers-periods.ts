/**
 * The date finder's patterns for shares of a year («الربع الأول من عام 2018», «النصف الثاني من العام
 * الماضي»), seasons («هذا الصيف»), and what is counted from the date before it («في اليوم التالي»,
 * «بعد ذلك بيومين», «في اليوم الثامن منه»).
 */
import { CONJUNCTIONS, DATE_PROCLITICS } from './arabic';
import type { ExpressionParts } from './date-finder';
import { SPELLED_YEAR, spelledYear } from './date-matchers-days';
import {
  B,
  DEF,
  E,
  MONTH,
  monthOf,
  NUM,
  ORD,
  PART,
  QUAL_M,
  UNIT,
  UNIT_WORDS,
  Y4,
  type Matcher,
  numberOf,
  ordinalOf,
  partOf,
  qualOf,
  squash,
  stepOf,
} from './date-patterns';

/** «الأول/الأولى» 1 … «الرابع/الرابعة» 4; «الأخير/الأخيرة» 0 (the last). */
function shareNumber(word: string): number | undefined {
  const w = squash(word).replace(/^ال/, '');
  if (/^اول/.test(w)) return 1;
  if (/^ثاني/.test(w)) return 2;
  if (/^ثالث/.test(w)) return 3;
  if (/^رابع/.test(w)) return 4;
  if (/^اخير/.test(w)) return 0;
  return undefined;
}

// «الأسبوع الثالث», «الأسبوع الأخير» (0) of a month.
const WEEK_ORDINAL: Readonly<Record<string, number>> = {
  اول: 1,
  ثاني: 2,
  ثالث: 3,
  رابع: 4,
  خامس: 5,
  اخير: 0,
};

const DECADES: Readonly<Record<string, number>> = {
  عشرين: 20,
  ثلاثين: 30,
  اربعين: 40,
  خمسين: 50,
  ستين: 60,
  سبعين: 70,
  ثمانين: 80,
  تسعين: 90,
};

// Counts of months that are no quarter nor half of a year, as folded words.
const MONTH_COUNT: Readonly<Record<string, number>> = {
  اربعه: 4,
  خمسه: 5,
  سبعه: 7,
  ثمانيه: 8,
  ثماني: 8,
  عشره: 10,
};
const MONTH_COUNTS = Object.keys(MONTH_COUNT).join('|');

export const PERIOD_MATCHERS: readonly Matcher[] = [
  {
    // السبعينيات · ثمانينيات القرن الماضي · في الأربعينيات من القرن التاسع عشر: a decade, of the 1900s
    // unless its century is named («في العشرينات من عمره» is an age)
    kind: 'year',
    gate: /ينيات|ينات/u,
    re: new RegExp(
      `${B}${DEF}?(?<d>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)(?!\\s+من\\s+(?:ال)?عمر)(?:\\s+(?:من\\s+)?(?:ال)?قرن\\s+(?<c>الماضي|العشرين|التاسع\\s+عشر|الثامن\\s+عشر))?${E}`,
      'gu',
    ),
    build: (g) => {
      const c = g.c === undefined ? 1900 : /تاسع/.test(g.c) ? 1800 : /ثامن/.test(g.c) ? 1700 : 1900;
      const first = c + (DECADES[g.d ?? ''] ?? 0);
      return { calendar: 'gregory', year: first, to: { calendar: 'gregory', year: first + 9 } };
    },
  },
  {
    // بقية الأسبوع · باقي الشهر · بقية هذا العام · بقية أسبوعي: from publication to the period's end
    kind: 'relative',
    gate: /بقيه|باقي/u,
    re: new RegExp(
      `${B}[${DATE_PROCLITICS}]?(?:بقيه|باقي)\\s+(?:(?:هذا|هذه)\\s+)?(?:ال)?(?<u>اسبوع|شهر|عام|سنه)(?:ي)?(?:\\s+(?:الجاري|الحالي))?${E}`,
      'gu',
    ),
    build: (g) => {
      const unit = g.u === 'اسبوع' ? 'week' : g.u === 'شهر' ? 'month' : 'year';
      return { period: { unit, shift: 0, part: 'rest' } };
    },
  },
  {
    // الربع الأول من عام 2018 · الربع الأول من عام ألفين وعشرين (the year in words) · الربع الأخير من العام الماضي · النصف الأول من 2021 · الثلاثي الرابع والأخير من سنة 2022 · الأشهر الثلاثة الأولى من هذا العام · نهاية الربع الأول 2023
    kind: 'relative',
    gate: /ربع|نصف|ثلث|ثلاثي|فصل|اشهر|شهور/u,
    re: new RegExp(
      `${B}(?:(?<part>${PART})\\s+)?(?:${DEF}(?<sh>ربع|نصف|ثلث|ثلاثي|ثلاثيه|فصل)\\s+(?:ال)?(?<n>اول|الاولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|اخير|اخيره)(?:\\s+والاخير)?|${DEF}(?:اشهر|شهور)\\s+(?:ال)?(?<six>سته|ست|ثلاثه|تسعه|${MONTH_COUNTS})\\s+(?:ال)?(?<n2>اولي|اخيره)|(?:ال)?(?<cnt>سته|ثلاثه|تسعه|${MONTH_COUNTS})\\s+(?:اشهر|شهور)\\s+(?:ال)?(?<n3>اولي|اخيره))${E}(?:\\s*(?:من\\s+)?(?:(?<this>[${DATE_PROCLITICS}]?هذا\\s+)(?:ال)?(?:عام|سنه)|(?:ال|لل)(?:عام|سنه)\\s+(?<q>${QUAL_M})(?:\\s+(?<y2>${Y4})(?!\\d))?|(?:(?:ال|لل)?(?:عام|سنه)\\s*)?(?<y>${Y4})(?!\\d)|(?:عام|سنه)\\s+${SPELLED_YEAR}${E}))?`,
      'gu',
    ),
    build: (g) => {
      const word = squash(g.sh ?? g.six ?? g.cnt ?? '');
      const raw = shareNumber(g.n ?? g.n2 ?? g.n3 ?? '');
      if (raw === undefined) return null;
      // «الأشهر الثمانية الأولى», «الخمسة أشهر الأخيرة»: a count of months that is no quarter nor half.
      const months = MONTH_COUNT[word];
      if (months !== undefined) {
        const p: ExpressionParts = { share: { n: raw === 0 ? 13 - months : 1, of: 12, count: months } };
        const y = g.y ?? g.y2 ?? spelledYear(g);
        if (y !== undefined) p.year = Number(y);
        const q = qualOf(g.q);
        if (g.this !== undefined) p.yearShift = 0;
        else if (q !== undefined) p.yearShift = q === 'past' ? -stepOf(g.q) : q === 'next' ? stepOf(g.q) : 0;
        return p;
      }
      const of: 2 | 3 | 4 = /نصف|سته|ست/.test(word) ? 2 : /ثلث/.test(word) ? 3 : 4;
      // «الأشهر التسعة الأولى», «التسعة أشهر الأخيرة»: three quarters from the first or to the last.
      const count = /تسعه/.test(word) ? 3 : 1;
      const n = raw === 0 ? of - count + 1 : raw;
      const y = g.y ?? g.y2 ?? spelledYear(g);
      // «الربع الأول» alone, with no year, counts only where a share of a year is plain (the year's
      // «الثلاثي» or a following year word); a bare «النصف الثاني» of a match is not a date.
      if (y === undefined && g.q === undefined && g.this === undefined && !/ربع|ثلاثي|فصل/.test(word))
        return null;
      if (n > of) return null;
      const p: ExpressionParts = { share: count > 1 ? { n, of, count } : { n, of } };
      if (y !== undefined) p.year = Number(y);
      const q = qualOf(g.q);
      if (g.this !== undefined) p.yearShift = 0;
      else if (q !== undefined) p.yearShift = q === 'past' ? -stepOf(g.q) : q === 'next' ? stepOf(g.q) : 0;
      const part = partOf(g.part);
      if (part !== undefined) p.part = part;
      return p;
    },
  },
  {
    // الأسبوع الثالث من هذا الشهر · الأسبوع الأخير من شهر يوليو · الأسبوع الأول من الشهر المقبل: the nth
    // week of a month
    kind: 'relative',
    gate: /اسبوع/u,
    re: new RegExp(
      `${B}${DEF}?اسبوع\\s+(?:ال)?(?<n>اول|ثاني|ثالث|رابع|خامس|اخير)${E}\\s+(?:من\\s+)?(?:(?<this>[${DATE_PROCLITICS}]?هذا)\\s+(?:ال)?شهر${E}|(?:ال)?شهر\\s+(?<q>${QUAL_M})|(?:شهر\\s+)?(?<m>${MONTH})${E}(?:\\s+(?:من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s*)?(?<y>${Y4})(?!\\d))?)`,
      'gu',
    ),
    build: (g) => {
      const n = WEEK_ORDINAL[g.n ?? ''];
      if (n === undefined) return null;
      if (g.m !== undefined) {
        const month = monthOf(g.m);
        if (month === undefined) return null;
        const p: ExpressionParts = { calendar: 'gregory', month, weekOfMonth: n };
        if (g.y !== undefined) p.year = Number(g.y);
        return p;
      }
      const q = qualOf(g.q);
      const shift = q === 'past' ? -stepOf(g.q) : q === 'next' ? stepOf(g.q) : 0;
      return { period: { unit: 'month', shift }, weekOfMonth: n };
    },
  },
  {
    // هذا الصيف · الخريف المقبل · صيف 2016 · الشتاء الماضي (never «الربيع العربي»)
    kind: 'relative',
    gate: /صيف|شتا|ربيع|خريف/u,
    re: new RegExp(
      `${B}(?:(?<this>[${DATE_PROCLITICS}]?هذا|هذه)\\s+)?${DEF}?(?<s>صيف|شتاء|شتا|ربيع|خريف)(?:\\s+(?<q>${QUAL_M})|\\s+(?:(?:عام|سنه)\\s+)?(?<y>${Y4})(?!\\d))?${E}`,
      'gu',
    ),
    build: (g) => {
      if (g.this === undefined && g.q === undefined && g.y === undefined) return null;
      const w = g.s ?? '';
      const season = /صيف/.test(w)
        ? 'summer'
        : /شتا/.test(w)
          ? 'winter'
          : /ربيع/.test(w)
            ? 'spring'
            : 'autumn';
      const p: ExpressionParts = { season };
      if (g.y !== undefined) p.year = Number(g.y);
      const q = qualOf(g.q);
      if (q !== undefined) p.qualifier = q;
      return p;
    },
  },
  {
    // في اليوم التالي · اليوم الموالي · في اليوم السابق · بعد ذلك بيومين · قبلها بأسبوع · بعده بثلاثة أيام
    // · وبعدها بيوم واحد · بعد يومين من ذلك · اليومين التاليين له (the two days after it, a span)
    kind: 'relative',
    gate: /تالي|موالي|اتي|سابق|ذلك|بعد|قبل/u,
    re: new RegExp(
      `(?:${B}(?:في\\s+)?|(?<=(?<![\\p{L}])[${CONJUNCTIONS}]))(?:${DEF}(?<du>يوم|شهر|اسبوع|عام|سنه)\\s+(?<dir>التالي|الموالي|الاتي|التاليه|السابق|الذي\\s+يليه|الذي\\s+قبله)|${DEF}(?<two>يومين)\\s+(?:التاليين|المواليين)(?:\\s+(?:له|لها))?|(?<dir2>بعد|قبل)(?:\\s+ذلك|ها|ه)\\s+ب(?:ـ)?\\s*(?:(?<n>${NUM})\\s*)?(?<u>${UNIT})|(?<dir3>بعد|قبل)\\s+(?:(?<n3>${NUM})\\s*)?(?<u3>${UNIT})\\s+من\\s+(?:ذلك|ه|ها)(?=\\s|[،,.]|$))${E}`,
      'gu',
    ),
    build: (g, at, f) => {
      if (g.two !== undefined) return { after: { n: 1, unit: 'day' }, to: { after: { n: 2, unit: 'day' } } };
      if (g.du !== undefined) {
        // «اليوم السابق» after a count («لليوم السابع») is not it; «العام السابق» is a period.
        if (g.du !== 'يوم' && /السابق/.test(g.dir ?? '')) return null;
        const unit = g.du === 'يوم' ? 'day' : g.du === 'شهر' ? 'month' : g.du === 'اسبوع' ? 'week' : 'year';
        if (unit !== 'day') return null;
        const back = /السابق|قبله/.test(g.dir ?? '');
        // The match may have taken «في» in itself («وصل في اليوم السابق»), or follow it or «خلال».
        const led = /^في\s/u.test(f.slice(at)) || /(?:في|خلال)\s*$/u.test(f.slice(Math.max(0, at - 6), at));
        if (!led && back) return null;
        return { after: { n: back ? -1 : 1, unit } };
      }
      const word = g.u ?? g.u3 ?? '';
      const u = UNIT_WORDS.get(squash(word));
      if (u === undefined || u.unit === 'hour' || u.unit === 'decade') return null;
      const plural = /(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين)$/.test(word);
      const n = numberOf(g.n ?? g.n3) ?? (u.dual ? 2 : plural ? undefined : 1);
      if (n === undefined) return null;
      return { after: { n: (g.dir2 ?? g.dir3) === 'قبل' ? -n : n, unit: u.unit } };
    },
  },
  {
    // في اليوم الثامن منه
    kind: 'relative',
    gate: /منه/u,
    // «يوم» is required: «المادة الثانية منه» is the second article of it.
    re: new RegExp(`${B}(?:في\\s+)?(?:ال)?يوم\\s+(?<ord>${ORD})\\s+منه${E}`, 'gu'),
    build: (g) => {
      const day = ordinalOf(g.ord ?? '');
      return day === undefined ? null : { day, qualifier: 'same' };
    },
  },
];
