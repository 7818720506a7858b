/**
 * Which names `findMentions` finds in an article, on small hand-made lists of entities: the longer of
 * two spellings that overlap wins whatever the list's order, an alias written with spaces around it is
 * found all the same, a name of two letters is one, and a name at the very start or end of the text
 * (with a final tanween) is found whole. Fast: no corpus (`tests/unit/suggest.test.ts` has the corpus's
 * names).
 */
import { describe, expect, it } from 'vitest';
import { findMentions, type SuggestionBase } from '../../src/domain/suggest';
import type { EntityId } from '../../src/domain';

type Entities = SuggestionBase['entities'];
const entity = (id: string, ar: string, aliases: string[]): Entities[number] => ({
  id: id as EntityId,
  aliases,
  name: { ar, en: id },
});
const found = (text: string, entities: Entities): [string, string][] =>
  findMentions(text, entities).map((m) => [m.text, m.entity]);

describe('findMentions', () => {
  it('lets the longer spelling win over a shorter one inside it, whichever entity is listed first', () => {
    const short = entity('adjective', 'الروسية', ['الروسية']);
    const long = entity('ministry', 'وزارة الدفاع الروسية', ['وزارة الدفاع']);
    const text = 'قالت وزارة الدفاع الروسية إن الطائرة الروسية سقطت.';
    const expected = [
      ['وزارة الدفاع الروسية', 'ministry'],
      ['الروسية', 'adjective'],
    ];
    expect(found(text, [short, long])).toEqual(expected);
    expect(found(text, [long, short])).toEqual(expected);
  });

  it('finds an alias written with spaces around it, and a name of two letters', () => {
    const spaced = entity('kyiv', 'مدينة كييف', [' كييف ']);
    expect(found('كييف تعلن', [spaced])).toEqual([['كييف', 'kyiv']]);
    const two = entity('may', 'مي', ['مي']);
    expect(found('قالت مي إن', [two])).toEqual([['مي', 'may']]);
  });

  it('finds a name at the very start of the text, and one at its end with its tanween', () => {
    const russia = entity('russia', 'روسيا', ['روسيا']);
    expect(findMentions('روسيا ترد على روسياً', [russia]).map((m) => [m.start, m.end, m.text])).toEqual([
      [0, 5, 'روسيا'],
      [14, 20, 'روسياً'],
    ]);
  });
});
