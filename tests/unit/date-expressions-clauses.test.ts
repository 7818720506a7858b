import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// Which clause of its sentence an expression is read in (`date-expressions.ts`): the tense its own
// clause gives it, and the year or months the sentences around it lend it. Sentences made up for each
// case.
const read = (text: string, published: string | null): [string, string | null, string][] =>
  analyseDates(text, published).map((e) => [e.text, e.value, e.rule]);
// Published Wednesday 26 June 2024: the last Thursday is the 20th, the next the 27th; the next Saturday
// the 29th, the last the 22nd.
const PUB = '2024-06-26';
const LAST_THURSDAY: [string, string, string] = ['يوم الخميس', '2024-06-20', 'weekday-past'];

describe('the clause a subordinator opens', () => {
  it('holds the expression: a future verb before «أن» does not make the meeting after it future', () => {
    expect(read('سيعقد المجلس اجتماعا بعد أن التقى الوفد يوم الخميس', PUB)).toEqual([LAST_THURSDAY]);
    expect(read('سيعقد المجلس اجتماعا بعد أن التقى الوفد يوم الخميس الذي سبقه', PUB)).toEqual([
      LAST_THURSDAY,
    ]);
  });

  it('is of its own sentence: «إنه سيزور» in the sentence before does not reach the next one', () => {
    expect(read('قال الوزير إنه سيزور القاهرة. التقى الوزير السفير يوم الخميس', PUB)).toEqual([
      LAST_THURSDAY,
    ]);
  });

  it('ends at its comma even when a relative pronoun comes later: «التي» after «، ثم سيزور»', () => {
    expect(read('التقى الوزير السفير يوم الخميس، ثم سيزور القاهرة التي يحبها', PUB)).toEqual([LAST_THURSDAY]);
  });

  it('takes a future verb after the expression only when no «و» joins it as a clause of its own', () => {
    expect(read('سيزور غزة. التقى الوزير السفير يوم الخميس وسيزور القاهرة', PUB)).toEqual([LAST_THURSDAY]);
  });
});

describe('«أما …، فـ…»', () => {
  it('reads the tense of the «فـ» clause after the comma: «أما يوم السبت، فسيكون» is the next Saturday', () => {
    expect(read('أما يوم السبت، فسيكون الطقس حارا', PUB)).toEqual([
      ['يوم السبت', '2024-06-29', 'weekday-future'],
    ]);
  });
});

describe('«أما …» without a comma of its own', () => {
  it('is no topic when a «، فـ» comes only in the next sentence: «وسيعود» after the weekday stays a clause of its own', () => {
    expect(read('أما يوم السبت فالتقى الوفد بالوزير وسيعود إلى بلاده. لا، فهو', PUB)).toEqual([
      ['يوم السبت', '2024-06-22', 'weekday-past'],
    ]);
  });
});

describe('the earlier year a day without one takes', () => {
  it('is not a year after «منذ», but is one a few words after it', () => {
    expect(read('قررت الحكومة منذ عام 2012 نقل العطلة إلى يوم 29 نيسان', PUB)).toEqual([
      ['عام 2012', '2012', 'stated'],
      ['يوم 29 نيسان', '2024-04-29', 'publication-year'],
    ]);
    expect(read('قررت الحكومة منذ ذلك في 2012 نقل العطلة إلى يوم 29 نيسان', PUB)).toEqual([
      ['2012', '2012', 'stated'],
      ['يوم 29 نيسان', '2012-04-29', 'narrated-year'],
    ]);
  });
});

describe('an undated text', () => {
  it('gives a day the year first printed in the text among those its sentence prints', () => {
    expect(read('جرى ذلك عام 2020. وفي عام 2019 ثم عام 2020 وصل في 5 تموز', null)).toEqual([
      ['عام 2020', '2020', 'stated'],
      ['عام 2019', '2019', 'stated'],
      ['عام 2020', '2020', 'stated'],
      ['5 تموز', '2020-07-05', 'sentence-year'],
    ]);
  });

  it('lends «الفترة نفسها من عام 2019» the months named before it, and no single day', () => {
    expect(read('باع المصنع من يناير إلى مارس 40 سيارة، مقابل 30 في الفترة نفسها من عام 2019', null)).toEqual(
      [
        ['يناير إلى مارس', null, 'no-reference'],
        ['في الفترة نفسها من عام 2019', '2019-01/2019-03', 'anaphor'],
      ],
    );
    expect(read('وصل الوفد أمس، مقابل 30 في الفترة نفسها من عام 2019', null)).toEqual([
      ['أمس', null, 'no-reference'],
      ['في الفترة نفسها من عام 2019', null, 'anaphor-unresolved'],
    ]);
  });
});

describe('a publication date-time', () => {
  it('counts on the day it names in its own offset, as a day would', () => {
    expect(read('وصل الوفد أمس', '2024-06-26T01:15:00+03:00')).toEqual(read('وصل الوفد أمس', '2024-06-26'));
    expect(read('وصل الوفد أمس', '2024-06-25T23:30:00-05:00')).toEqual([['أمس', '2024-06-24', 'deictic']]);
  });
});
