import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand, checkDraft, NEW_STORY, unzipText, zipDraft, type Draft } from '../../src/author';
import { OUT_OF_SCOPE_KINDS } from '../../src/domain';
import { ar, en } from '../support/words';

// Jusoor Post on the opposition's ceasefire after the Myanmar earthquake
// (tests/fixtures/articles/myanmar-jusoorpost-2025-03-30.txt, line 8): a background sentence.
const TEXT = readFileSync('tests/fixtures/articles/myanmar-jusoorpost-2025-03-30.txt', 'utf8');
const SENTENCE =
  'وتخوض حكومة الوحدة الوطنية قتالاً ضد المجلس العسكري منذ فترة قصيرة، بعد تولي الجيش السلطة في انقلاب عام 2021.';

const draft = (): Draft => applyCommand(NEW_STORY, { type: 'add-article', text: TEXT });
const aboutTheCoup = (d: Draft): string[] =>
  checkDraft(d)
    .problems.filter((p) => p.code === 'uncovered-date' && p.message.includes('2021'))
    .map((p) => p.message);

describe('a background sentence (trial 3, S2-4)', () => {
  it('is a kind of part outside the story, named in both languages', () => {
    expect(OUT_OF_SCOPE_KINDS).toContain('background');
    expect(en.author.outKinds.background).toBe('background, not an event of this story');
    expect(ar.author.outKinds.background).toMatch(/خلفية/);
  });

  it('accounts for its date without quoting it under an event it does not tell', () => {
    const d = draft();
    const [message] = aboutTheCoup(d);
    expect(message).toMatch(/or mark its sentence as background\)$/);
    const start = TEXT.indexOf(SENTENCE);
    expect(start).toBeGreaterThan(0);
    const marked = applyCommand(d, {
      type: 'mark-out-of-scope',
      source: 'art-000',
      kind: 'background',
      start,
      end: start + SENTENCE.length,
    });
    expect(aboutTheCoup(marked)).toEqual([]);
    expect(marked.events).toEqual([]);
    // The authoring files carry it, as data:check reads it.
    const sources = JSON.parse(unzipText(zipDraft(marked)).get('sources.json')!) as {
      outOfScope: { kind: string }[];
    }[];
    expect(sources[0]!.outOfScope.map((o) => o.kind)).toEqual(['background']);
    expect(checkDraft(marked).problems.filter((p) => p.path.includes('outOfScope'))).toEqual([]);
  });
});

describe('background shares its line with the story', () => {
  // Anbaa Express (tests/fixtures/articles/myanmar-anbaaexpress-2025-03-29.txt, line 2): the coup is a
  // clause of the sentence that reports the junta's statement.
  const text = readFileSync('tests/fixtures/articles/myanmar-anbaaexpress-2025-03-29.txt', 'utf8');
  const clause = 'الذي يحكم ميانمار منذ انقلاب 2021';

  it('is the selection itself, not widened to its line, and the check accepts it', () => {
    const start = text.indexOf(clause);
    const d = applyCommand(applyCommand(NEW_STORY, { type: 'add-article', text }), {
      type: 'mark-out-of-scope',
      source: 'art-000',
      kind: 'background',
      start,
      end: start + clause.length,
    });
    expect(d.sources[0]!.outOfScope).toMatchObject([{ start, end: start + clause.length, text: clause }]);
    expect(checkDraft(d).problems.filter((p) => p.path.includes('outOfScope'))).toEqual([]);
    expect(aboutTheCoup(d)).toEqual([]);
  });
});
