import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForAnchor, placeSpan, spanContext, FOLDED_SCORE } from '../../src/domain';

const ARTICLE =
  'قال وزير الدفاع الأميركي لويد أوستن، الجمعة، إنه أجرى اتصالاً هاتفياً مع نظيره الروسي.\n' +
  'وأضاف أن الجانبين «بحثا الوضع في أوكرانيا».\n' +
  'وقال المتحدث إن الاتصال جرى بطلب من الجانب الأميركي.\n' +
  'وقال المتحدث إن الاتصال جرى بطلب من الجانب الأميركي، بحسب البيان.';

describe('spanContext', () => {
  it('keeps up to size characters either side, fewer at the edges', () => {
    const start = ARTICLE.indexOf('لويد');
    const end = start + 'لويد أوستن'.length;
    const ctx = spanContext(ARTICLE, start, end, 8);
    expect(ctx.prefix).toBe(ARTICLE.slice(start - 8, start));
    expect(ctx.suffix).toBe(ARTICLE.slice(end, end + 8));
    expect(spanContext(ARTICLE, 0, 3).prefix).toBe('');
    expect(spanContext(ARTICLE, ARTICLE.length - 3, ARTICLE.length).suffix).toBe('');
  });

  it('never cuts a surrogate pair', () => {
    const text = 'a😀bcdef';
    expect(spanContext(text, 3, 4, 2).prefix).toBe('😀');
    expect(spanContext(text, 3, 4, 1).prefix).toBe('');
    expect(spanContext(text, 0, 1, 2).suffix).toBe('😀');
    expect(spanContext(text, 0, 1, 1).suffix).toBe('');
  });
});

describe('placeSpan', () => {
  it('finds unchanged words exactly, with score 1', () => {
    const start = ARTICLE.indexOf('بحثا الوضع');
    const text = 'بحثا الوضع في أوكرانيا';
    expect(placeSpan(ARTICLE, { text })).toEqual({
      start,
      end: start + text.length,
      text,
      score: 1,
      how: 'exact',
    });
  });

  it('tells two occurrences apart by their context, then by the old start', () => {
    const text = 'وقال المتحدث إن الاتصال جرى بطلب من الجانب الأميركي';
    const first = ARTICLE.indexOf(text);
    const second = ARTICLE.indexOf(text, first + 1);
    const ctx = spanContext(ARTICLE, second, second + text.length);
    const moved = 'سطر أضيف في الأعلى\n' + ARTICLE;
    expect(placeSpan(moved, { text, ...ctx })?.start).toBe(second + 19);
    expect(placeSpan(moved, { text, start: first + 19 })?.start).toBe(first + 19);
    expect(placeSpan(moved, { text, start: second + 10 })?.start).toBe(second + 19);
  });

  it('prefers its own place, its words changed by a hamza, over an exact copy elsewhere; never a place to avoid', () => {
    const headline = 'وزير الدفاع الأميركي يتحدث مع نظيره';
    const article = `الرئيسية\n${headline}\nنص الخبر هنا.\nThe post ${headline} appeared first on الموقع.`;
    const stored = { text: headline, ...spanContext(article, 9, 9 + headline.length), start: 9 };
    const changed = `سطر جديد\n${article.slice(0, article.indexOf('The post')).replace('الأميركي', 'الاميركي')}${article.slice(article.indexOf('The post'))}`;
    const placed = placeSpan(changed, stored);
    expect(placed?.start).toBe(changed.indexOf('وزير'));
    expect(placed?.how).toBe('approximate');
    // With the footer to avoid and the words gone from the top, nothing is placed in the footer.
    const gone = changed.replace('وزير الدفاع الاميركي يتحدث مع نظيره', 'خبر آخر تماماً');
    const footer = { start: gone.indexOf('The post'), end: gone.length };
    expect(placeSpan(gone, stored)?.start).toBeGreaterThan(footer.start);
    expect(placeSpan(gone, stored, { avoid: [footer] })).toBeNull();
  });

  it('places a span across hamza, comma, quotation mark and spacing variants, returning the new slice', () => {
    const text = 'لويد أوستن، الجمعة، إنه أجرى اتصالاً';
    const changed = ARTICLE.replace('أوستن،', 'اوستن ,').replace('الجمعة، إنه أجرى', 'الجمعة,  انه اجرى');
    const placed = placeSpan(changed, { text });
    expect(placed).not.toBeNull();
    expect(placed?.how).toBe('approximate');
    expect(placed?.score).toBe(FOLDED_SCORE);
    expect(placed?.text).toBe(changed.slice(placed?.start, placed?.end));
    expect(placed?.text).toBe('لويد اوستن , الجمعة,  انه اجرى اتصالاً');
  });

  it('keeps a final diacritic and changed quotation marks inside the span', () => {
    const text = 'الجانبين «بحثا الوضع في أوكرانيا»';
    const changed = ARTICLE.replace('«بحثا الوضع في أوكرانيا»', '"بحثا الوضع في أوكرانيا"');
    const placed = placeSpan(changed, { text });
    expect(placed?.text).toBe('الجانبين "بحثا الوضع في أوكرانيا"');
    const withMark = placeSpan(ARTICLE, { text: 'اتصالا هاتفيا' });
    expect(withMark?.text).toBe('اتصالاً هاتفياً');
  });

  it('places close but different words by edit distance, and refuses what is not there', () => {
    const text = 'وأضاف أن الجانبين بحثا الوضع في أوكرانيا';
    const changed = ARTICLE.replace('وأضاف أن الجانبين «بحثا', 'وأضاف ان الطرفين «بحثا');
    const placed = placeSpan(changed, { text });
    expect(placed?.how).toBe('approximate');
    expect(placed?.score).toBeGreaterThan(0.8);
    expect(placed?.score).toBeLessThan(FOLDED_SCORE);
    expect(placed?.text).toBe('وأضاف ان الطرفين «بحثا الوضع في أوكرانيا');
    expect(placeSpan(ARTICLE, { text: 'انعقدت القمة في جنيف بحضور الرئيسين' })).toBeNull();
    expect(placeSpan(ARTICLE, { text: '' })).toBeNull();
  });

  it('places a long span by its head and tail', () => {
    const long = Array.from({ length: 60 }, (_, i) => `الجملة رقم ${i} من النص الطويل الذي لا يتغير.`).join(
      ' ',
    );
    const article = `مقدمة.\n${long}\nخاتمة.`;
    const changed = `سطر جديد\n${article.replace('رقم 30 ', 'رقم ثلاثين ')}`;
    const placed = placeSpan(changed, { text: long });
    expect(placed?.start).toBe(changed.indexOf('الجملة رقم 0'));
    expect(placed?.end).toBe(changed.indexOf('\nخاتمة'));
  });

  it('property: an unchanged span is found at an occurrence of its own text, and always as the new slice', () => {
    const arabic = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةىؤئء ،.«»'.split(''));
    fc.assert(
      fc.property(
        fc.array(arabic, { minLength: 20, maxLength: 200 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        (article, x, y) => {
          const start = x % (article.length - 1);
          const end = start + 1 + (y % Math.min(30, article.length - start));
          const text = article.slice(start, end);
          // A quote is never spacing alone (the checker refuses a blank quote), and spacing beside
          // punctuation folds away, so one space of a double one has no place of its own to find.
          fc.pre(text.trim() !== '');
          const placed = placeSpan(article, { text, ...spanContext(article, start, end), start });
          expect(placed).not.toBeNull();
          expect(placed?.text).toBe(text);
          expect(article.slice(placed?.start, placed?.end)).toBe(text);
          expect(placed?.start).toBe(start);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: after folding edits, a span is placed and its answer is the new article’s exact slice', () => {
    const words = fc.array(fc.constantFrom('أحمد', 'قال', 'إن', 'الجيش', 'مدينة', 'على', 'يوم', 'الأربعاء'), {
      minLength: 8,
      maxLength: 40,
    });
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (list, x, y) => {
        const article = list.join(' ');
        const i = x % (list.length - 3);
        const j = i + 2 + (y % Math.min(5, list.length - i - 2));
        const text = list.slice(i, j).join(' ');
        const start = list.slice(0, i).join(' ').length + (i === 0 ? 0 : 1);
        const ctx = spanContext(article, start, start + text.length);
        const changed = 'سطر\n' + article.replace(/أ/g, 'ا').replace(/إ/g, 'ا').replace(/ /g, '  ');
        const placed = placeSpan(changed, { text, ...ctx, start });
        expect(placed).not.toBeNull();
        expect(changed.slice(placed?.start, placed?.end)).toBe(placed?.text);
        expect(foldForAnchor(placed?.text ?? '').folded).toBe(foldForAnchor(text).folded);
      }),
      { numRuns: 200 },
    );
  });
});

describe('foldForAnchor', () => {
  it('folds letter, punctuation and spacing variants to one form, remembering the original ranges', () => {
    const f = foldForAnchor('أَحمد ،  «قال»');
    expect(f.folded).toBe('احمد,"قال"');
    expect(f.starts.length).toBe(f.folded.length);
    expect(foldForAnchor('قال   الوزير').folded).toBe('قال الوزير');
    // The run of spaces maps back to all three.
    const space = foldForAnchor('قال   الوزير');
    expect(space.ends[3]! - space.starts[3]!).toBe(3);
  });
});
