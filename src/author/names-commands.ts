/**
 * The names found in an article (`candidateNames`) made entities in one step: each with its kind, its
 * Arabic name and the spellings the text uses, on the side the text suggests when the draft has it,
 * else on the draft's first side. Their English names are the author's to write (none is invented).
 */
import { sidesOf } from '../domain';
import { applyCommand, type Command } from './commands';
import type { Draft } from './draft';
import { newEntityId } from './entity-commands';
import type { NameCandidate } from './names';

/** The side a new entity takes: `wanted` when the draft has it, else the draft's first side. */
export function sideFor(d: Draft, wanted: string): string {
  const sides = sidesOf(d);
  return sides.some((s) => s.id === wanted) ? wanted : (sides[0]?.id ?? wanted);
}

/** One command (one undo step) that adds every name in `found`, or null when there is none. */
export function addNamesCommand(d: Draft, found: readonly NameCandidate[]): Command | null {
  const commands: Command[] = [];
  let next = d;
  for (const c of found) {
    const fields = {
      kind: c.kind,
      side: sideFor(d, c.side),
      name: { ar: c.name, en: '' },
      aliases: [c.name, ...c.aliases.filter((a) => a !== c.name)],
    };
    const command: Command = { type: 'add-entity', id: newEntityId(next, fields.name, c.kind), fields };
    next = applyCommand(next, command);
    commands.push(command);
  }
  return commands.length === 0 ? null : { type: 'batch', commands };
}
