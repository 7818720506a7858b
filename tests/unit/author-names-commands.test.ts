/**
 * "Names found in this article" made entities in one step (#24: the third trial typed all eight):
 * on Jusoor Post's article of 30 March 2025, every name found is added at once, one undo step, each
 * with its kind, Arabic name and spellings, on a side the draft has.
 */
import { describe, expect, it } from 'vitest';
import {
  addNamesCommand,
  applyCommand,
  candidateNames,
  NEW_STORY,
  renameTermCommand,
  sideFor,
  type Command,
  type Draft,
} from '../../src/author';

const TEXT =
  'أعلنت حكومة الوحدة الوطنية في ميانمار وقف إطلاق النار. ' +
  'وفي مقابلة مع هيئة الإذاعة البريطانية (بي.بي.سي)، دعا المقرر الخاص للأمم المتحدة في ميانمار، توم أندروز المجلس العسكري إلى وقف جميع العمليات العسكرية.';
const run = (d: Draft, ...c: Command[]): Draft => c.reduce(applyCommand, d);

describe('addNamesCommand', () => {
  it('adds every name found, as one command, with its kind, Arabic name and spellings', () => {
    const d = run(NEW_STORY, { type: 'add-article', text: TEXT });
    const found = candidateNames(TEXT, d.entities);
    expect(found.length).toBeGreaterThanOrEqual(3);
    const command = addNamesCommand(d, found);
    expect(command?.type).toBe('batch');
    const after = run(d, command!);
    expect(after.entities.map((e) => [e.kind, e.name.ar, e.name.en, e.side])).toEqual(
      found.map((c) => [c.kind, c.name, '', 'other']),
    );
    expect(after.entities.every((e, i) => e.aliases[0] === found[i]?.name)).toBe(true);
    expect(new Set(after.entities.map((e) => e.id)).size).toBe(found.length);
    // Found again: none is left to add.
    expect(candidateNames(TEXT, after.entities)).toEqual([]);
    expect(addNamesCommand(after, [])).toBeNull();
  });

  it('puts them on a side the draft has, once “other” was renamed', () => {
    const d0 = run(NEW_STORY, { type: 'add-article', text: TEXT });
    const d = run(d0, {
      type: 'batch',
      commands: renameTermCommand(d0, 'sides', 'other', { ar: 'أطراف', en: 'Parties' }),
    });
    expect(sideFor(d, 'other')).toBe('parties');
    const after = run(d, addNamesCommand(d, candidateNames(TEXT, d.entities))!);
    expect(after.entities.length).toBeGreaterThan(0);
    expect(after.entities.every((e) => e.side === 'parties')).toBe(true);
  });
});
