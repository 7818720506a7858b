/**
 * The edges of the passage rules (`src/domain/passages.ts`): each rule on the line it draws and just
 * past it, the quotation marks that hold a sentence together, the dots that do not end one, the
 * dateline's parts, and the sentence `sentenceAt` finds around a span.
 */
import { describe, expect, it } from 'vitest';
import { isFurniture, passages, sentenceAt } from '../../src/domain/passages';

const texts = (text: string): string[] => passages(text).map((p) => text.slice(p.start, p.end));

/** The sentence `sentenceAt` finds around the first occurrence of `word`, as text. */
function sentenceOf(text: string, word: string): string {
  const i = text.indexOf(word);
  if (i < 0) throw new Error(`no "${word}" in the text`);
  const s = sentenceAt(text, { start: i, end: i + word.length });
  return text.slice(s.start, s.end);
}

describe('site furniture, at the edges of each rule', () => {
  it('takes a line of four Arabic words for reporting, and one of three for furniture', () => {
    expect(isFurniture('أعلن الوزير انتهاء المحادثات')).toBe(false);
    expect(isFurniture('أعلن الوزير انتهاء')).toBe(true);
  });

  it('takes a dated line of five words without a stop for the page’s date line, and nothing near it', () => {
    expect(isFurniture('التقى الوزيران في القاهرة 2025')).toBe(true);
    // A stop at its end makes it a sentence; white space after the stop does not change that.
    expect(isFurniture('التقى الوزيران في القاهرة 2025.')).toBe(false);
    expect(isFurniture('التقى الوزيران في القاهرة 2025. ')).toBe(false);
    // A stop inside the line is not one at its end.
    expect(isFurniture('في 20.10.2025 التقى الوزيران بالقاهرة')).toBe(true);
    // Six words, three digits, or no digits at all: reporting.
    expect(isFurniture('التقى الوزيران في القاهرة اليوم الخميس 2025')).toBe(false);
    expect(isFurniture('التقى الوزيران في القاهرة 202')).toBe(false);
    expect(isFurniture('التقى الوزيران في القاهرة اليوم')).toBe(false);
  });

  it('takes a credit word for furniture only at the head of the line', () => {
    expect(isFurniture('المصدر: وزارة الدفاع الروسية في بيان رسمي')).toBe(true);
    expect(isFurniture('وقال المصدر إن الوزيرين بحثا الوضع.')).toBe(false);
    // A word that only begins like a credit word is none («كتبت» is not «كتب»).
    expect(isFurniture('كتبت الصحيفة أن الوزيرين بحثا الوضع.')).toBe(false);
  });

  it('takes "The post" for a feed’s footer only at the head of the line', () => {
    expect(isFurniture('The post عن المحادثات بين الوزيرين في موسكو')).toBe(true);
    expect(isFurniture('نشر الموقع The post عن المحادثات بين الوزيرين')).toBe(false);
  });

  it('takes a line for foreign when it has more Latin letters than Arabic ones, not as many', () => {
    const arabic = 'وقال الوزير إن الاتفاق'; // 19 Arabic letters
    expect(isFurniture(`${arabic} Breaking news from Reuters about the talks in Moscow`)).toBe(true);
    expect(isFurniture(`${arabic} Reuters Moscow summit`)).toBe(false); // 19 Latin letters
    expect(isFurniture(`${arabic} Reuters Moscow summits`)).toBe(true); // 20
  });

  it('takes a teaser for cut short only when "..", "…" ends it', () => {
    expect(isFurniture('وقال الوزير إن الاتفاق صامد والمحادثات مستمرة..')).toBe(true);
    expect(isFurniture('وقال الوزير إن الاتفاق صامد والمحادثات مستمرة…')).toBe(true);
    expect(isFurniture('وقال الوزير إن الاتفاق صامد.. والمحادثات مستمرة')).toBe(false);
  });
});

describe('sentences, at the edges of each rule', () => {
  it('keep a sentence quoted in «» whole, and end at the stop after the closing mark', () => {
    const text = 'قال الوزير: «انتهت المحادثات. سنلتقي قريبا». وغادر القاعة بعد ذلك.';
    expect(sentenceOf(text, 'قال')).toBe('قال الوزير: «انتهت المحادثات. سنلتقي قريبا».');
    expect(sentenceOf(text, 'وغادر')).toBe('وغادر القاعة بعد ذلك.');
  });

  it('keep a quotation inside a quotation whole, to the outer closing mark', () => {
    const text = 'قال: «نقل عنه «لن نتراجع. أبدا» وأضاف: لا. نعم». ثم غادر.';
    expect(sentenceOf(text, 'قال')).toBe('قال: «نقل عنه «لن نتراجع. أبدا» وأضاف: لا. نعم».');
  });

  it('take a closing mark with no opening one for none, and still hold the next quotation together', () => {
    const text = 'قال الوزير » إن الحرب انتهت. «لن نتراجع. أبدا» وغادر.';
    expect(sentenceOf(text, 'قال')).toBe('قال الوزير » إن الحرب انتهت.');
    expect(sentenceOf(text, 'لن')).toBe('«لن نتراجع. أبدا» وغادر.');
  });

  it('forget a quotation left open at the end of its line', () => {
    expect(sentenceOf('قال «لن نتراجع. أبدا\nوغادر الوزير. ثم عاد', 'وغادر')).toBe('وغادر الوزير.');
    expect(sentenceOf('قال "لن نتراجع. أبدا\nوغادر الوزير. ثم عاد', 'وغادر')).toBe('وغادر الوزير.');
  });

  it('end at a dot between a word and a number, and go on at a dot between two numbers', () => {
    expect(sentenceOf('وقال الوزير إن الاجتماع انتهى.20 شخصا قتلوا.', 'وقال')).toBe(
      'وقال الوزير إن الاجتماع انتهى.',
    );
    expect(sentenceOf('قتل 6.9 في المئة منهم. ثم', 'قتل')).toBe('قتل 6.9 في المئة منهم.');
    // Only a dot is a number's: a question mark between digits ends the sentence.
    expect(sentenceOf('كم عدد القتلى 12؟3 مصادر قالت إنهم ثلاثون.', 'كم')).toBe('كم عدد القتلى 12؟');
  });

  it('go on at a dot after a one-letter word, and end at a question mark after one', () => {
    expect(sentenceOf('وقال د. محمد إن الاتفاق صامد. ثم غادر.', 'وقال')).toBe(
      'وقال د. محمد إن الاتفاق صامد.',
    );
    expect(sentenceOf('من هو س؟ لا أحد يعرف.', 'من')).toBe('من هو س؟');
    expect(sentenceOf('وقال إنه لن يحضر. ثم غادر.', 'وقال')).toBe('وقال إنه لن يحضر.');
  });

  it('go on only at two dots, not at a dot after another stop', () => {
    expect(sentenceOf('قال: لا!. ثم غادر.', 'قال')).toBe('قال: لا!');
  });

  it('take a closing bracket right after the stop into the sentence', () => {
    expect(sentenceOf('وأعلن ذلك (في بيان رسمي.) ثم غادر.', 'وأعلن')).toBe('وأعلن ذلك (في بيان رسمي.)');
    // The next sentence starts right after the bracket, with its own quotation.
    expect(sentenceOf('قال نعم.«لا.» ثم غادر.', 'ثم')).toBe('«لا.» ثم غادر.');
  });

  it('leave out white space before a line break', () => {
    expect(texts('وقال الوزير إن الوزيرين بحثا الوضع   \nثم أضاف أن المكالمة جاءت بمبادرة أمريكية.')).toEqual(
      ['وقال الوزير إن الوزيرين بحثا الوضع', 'ثم أضاف أن المكالمة جاءت بمبادرة أمريكية.'],
    );
  });
});

describe('datelines', () => {
  // The credit in parentheses holds spaces and is 30 characters long, its limit.
  const credit = '(وكالة الصحافة الفرنسية للأنباء)';

  it('leave out a place with a credit of several words in parentheses, with or without a space after it', () => {
    expect(credit.length).toBe(32);
    const sentence = 'قال الأمين العام إن المفاوضات ستستأنف الأسبوع المقبل.';
    expect(texts(`نيويورك ${credit} – ${sentence}`)).toEqual([sentence]);
    expect(texts(`نيويورك ${credit}– ${sentence}`)).toEqual([sentence]);
  });

  it('leave out every part of a byline, however many spaces follow each separator', () => {
    expect(texts('أحمد جودة -  القاهرة -  أفادت وزارة الخارجية الروسية بأن الوزير ناقش الخطوات.')).toEqual([
      'أفادت وزارة الخارجية الروسية بأن الوزير ناقش الخطوات.',
    ]);
  });
});

describe('excluded parts', () => {
  const text =
    'وقالت وزارة الدفاع الروسية إن الوزيرين بحثا الوضع.\nوأضافت الوزارة أن المكالمة جاءت بمبادرة أمريكية.';
  const first = 'وقالت وزارة الدفاع الروسية إن الوزيرين بحثا الوضع.';
  const second = 'وأضافت الوزارة أن المكالمة جاءت بمبادرة أمريكية.';
  const at = (exclude: { start: number; end: number }) =>
    passages(text, [exclude]).map((p) => text.slice(p.start, p.end));

  it('leave out a passage they overlap by one character, and keep one they only touch', () => {
    const end = first.length;
    const next = end + 1;
    expect(at({ start: end - 1, end })).toEqual([second]);
    expect(at({ start: end, end: next })).toEqual([first, second]);
    expect(at({ start: next - 1, end: next })).toEqual([first, second]);
    expect(at({ start: next, end: next + 1 })).toEqual([first]);
    expect(at({ start: text.length, end: text.length + 5 })).toEqual([first, second]);
  });
});

describe('sentenceAt', () => {
  const text = 'الأولى هنا. الثانية هنا. الثالثة هنا.';

  it('finds the sentence around a span inside it, and every sentence a span reaches into', () => {
    expect(sentenceOf(text, 'الثانية')).toBe('الثانية هنا.');
    expect(sentenceOf(text, 'هنا. الثالثة')).toBe('الثانية هنا. الثالثة هنا.');
  });

  it('takes a span that starts where a sentence ends into the next one only', () => {
    const firstEnd = text.indexOf('.') + 1;
    expect(sentenceAt(text, { start: firstEnd, end: firstEnd + 3 })).toEqual({ start: 12, end: 24 });
    // A span that ends where the next sentence starts reaches only into the first.
    expect(sentenceAt(text, { start: 2, end: firstEnd })).toEqual({ start: 0, end: firstEnd });
  });

  it('takes a point at the very end of the text into the last sentence', () => {
    expect(sentenceAt(text, { start: text.length, end: text.length })).toEqual({
      start: text.length,
      end: text.length,
    });
    const i = text.length - 3;
    expect(sentenceAt(text, { start: i, end: i })).toEqual({ start: 25, end: text.length });
  });

  it('gives an empty span, not a reversed one, for a point in white space', () => {
    expect(sentenceAt('نعم.   \nلا', { start: 5, end: 5 })).toEqual({ start: 7, end: 7 });
    expect(sentenceAt('', { start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });
});
