/**
 * Reading a saved draft back, never trusting it: the record is checked (its base against the draft
 * schema, the dataset's shape built for a draft; each command is one this build knows, and of its
 * type's shape, `command-schema.ts`), replayed inside `try`, and every draft the replay makes is
 * checked again. A record that fails is not opened, and not lost: the caller sets it aside (see
 * `persist.ts`) and starts a fresh draft, saying why.
 *
 * The record: `{ version: 5, revision, base, done, undone }`. `revision` counts the saves, so that a
 * second tab writing over the first is detected (`persist.ts`). Older records are migrated as they are
 * read (`migrateRecord`): version 1 (no `version`, no `revision`) is read as revision 0. Version 2
 * knew no entity, title, claim-removal or draft-rendering command (a record of version 1 or 2 holding
 * one is refused, not trusted); and there removing an article that still had quotes changed nothing,
 * so was never recorded: every change such a record holds means the same today. Version 3 knew no
 * kind or side of the draft's own (its base has none, so the bundled story's, as now; a record of
 * version 3 or before holding a kind or side command is refused). Version 4 knew no rejected
 * suggestion kept in the draft (a record of version 4 or before holding one is refused).
 */
import { draftSchema, ProblemList, type Infer } from '../data';
import { commandSchema } from './command-schema';
import { applyCommand, type Command } from './commands';
import type { Draft } from './draft';
import type { History, SavedHistory } from './history';

export const SAVED_VERSION = 5;

/** The record as stored. */
export interface SavedRecord extends SavedHistory {
  readonly version: typeof SAVED_VERSION;
  readonly revision: number;
}

export type ReadSaved =
  | { readonly ok: true; readonly history: History; readonly revision: number }
  | { readonly ok: false; readonly reason: string };

/**
 * Every command this version knows, with the version of the saved record it came in (version 2 knew
 * no command version 1 did not): the one list the versions' commands are read from. A record, not a list,
 * so that a command added to `Command` and not here fails to compile (a draft the workbench wrote must
 * always read back), and a command cannot be added without saying its version.
 */
const KNOWN: Record<Command['type'], number> = {
  batch: 1,
  'add-credit': 1,
  'set-credit': 1,
  'remove-credit': 1,
  'add-rests-on': 1,
  'set-rests-on': 1,
  'remove-rests-on': 1,
  'add-article': 1,
  'set-article': 1,
  'replace-article-text': 1,
  'remove-article': 1,
  'mark-out-of-scope': 1,
  'unmark-out-of-scope': 1,
  'create-event': 1,
  'update-event': 1,
  'remove-event': 1,
  'rename-event': 4,
  'attach-quote': 1,
  'remove-quote': 1,
  'set-quote-english': 1,
  'add-claim': 1,
  'set-claim': 1,
  'move-claim': 1,
  'merge-claims': 1,
  'link-claim': 1,
  'remove-claim': 3,
  'mark-rendering': 3,
  'reject-suggestion': 5,
  'set-quote-rests-on': 4,
  'add-entity': 3,
  'set-entity': 3,
  'remove-entity': 3,
  'merge-entities': 3,
  'set-title': 3,
  'add-term': 4,
  'set-term': 4,
  'rename-term': 4,
  'remove-term': 4,
  'import-bundled-terms': 4,
};
/** The names of the commands a record of `version` may hold. */
export const commandsOf = (version: number): ReadonlySet<string> =>
  new Set(Object.entries(KNOWN).flatMap(([name, since]) => (since <= version ? [name] : [])));
/** The newest version a command came in: what `SAVED_VERSION` must be (`saved-version.test.ts`). */
export const NEWEST_COMMANDS = Math.max(...Object.values(KNOWN));
/** The names of the commands a record of `SAVED_VERSION` may hold. */
export const SAVED_COMMANDS: ReadonlySet<string> = commandsOf(SAVED_VERSION);
const COMMANDS = SAVED_COMMANDS;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A value the draft schema accepted is a `Draft`: this compiles only while the schema (the dataset's
 * shape, built for a draft, `data/dataset-schema.ts`) and the types agree.
 */
const asDraft = (checked: Infer<typeof draftSchema>): Draft => checked;

/** `d` as a draft the workbench can show, or why it is not one (the first thing wrong, and where). */
export function readDraft(d: unknown): { ok: true; draft: Draft } | { ok: false; reason: string } {
  // The draft's own note the dataset's shape does not hold (`suggestion-commands.ts`), checked here.
  const rejected = isObj(d) ? d['rejectedSuggestions'] : undefined;
  const problems = new ProblemList(1);
  if (draftSchema.check(d, '$', problems)) {
    if (rejected !== undefined && !(Array.isArray(rejected) && rejected.every((k) => typeof k === 'string')))
      return {
        ok: false,
        reason:
          'the draft is not of the shape this version reads ($.rejectedSuggestions: expected a list of text)',
      };
    return { ok: true, draft: asDraft(d) };
  }
  const [first] = problems.items;
  return {
    ok: false,
    reason: `the draft is not of the shape this version reads (${first === undefined ? '$' : `${first.path}: ${first.message}`})`,
  };
}

/** Why `c` is not a command this version knows (its type, or one inside a batch), or null. */
function unknownCommand(c: unknown): string | null {
  if (!isObj(c) || typeof c['type'] !== 'string') return 'a change is not a command';
  if (!COMMANDS.has(c['type'])) return `a change (“${c['type'].slice(0, 40)}”) is not one this version knows`;
  if (c['type'] === 'batch' && Array.isArray(c['commands']))
    for (const inner of c['commands']) {
      const p = unknownCommand(inner);
      if (p !== null) return p;
    }
  return null;
}

/** `c` as a command this version can replay, or why it is not one (unknown, or not of its type's shape). */
function readCommand(c: unknown): { ok: true; command: Command } | { ok: false; reason: string } {
  const unknown = unknownCommand(c);
  if (unknown !== null) return { ok: false, reason: unknown };
  const problems = new ProblemList(1);
  if (commandSchema.check(c, '$', problems)) return { ok: true, command: c };
  const [first] = problems.items;
  const where = first === undefined ? '$' : `${first.path}: ${first.message}`;
  return { ok: false, reason: `a change is not of its type’s shape (${where})` };
}

/** The revision a stored record carries (0 for a first-version record or for junk). */
export function revisionOf(record: unknown): number {
  const r = isObj(record) ? record['revision'] : undefined;
  return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0;
}

/** Every command a list holds, those inside batches too. */
const flat = (cs: readonly unknown[]): unknown[] =>
  cs.flatMap((c) =>
    isObj(c) && c['type'] === 'batch' && Array.isArray(c['commands']) ? flat(c['commands']) : [c],
  );

/**
 * A stored record in this version's shape, or why it cannot be: version 1 to 4 records are brought
 * forward (see the module's note); a version this build does not know is refused.
 */
export function migrateRecord(record: unknown): { ok: true; record: Obj } | { ok: false; reason: string } {
  if (!isObj(record)) return { ok: false, reason: 'the record is not a saved draft' };
  const version = record['version'] ?? 1;
  if (version !== 1 && version !== 2 && version !== 3 && version !== 4 && version !== SAVED_VERSION)
    return {
      ok: false,
      reason: `the record is of version ${String(version).slice(0, 20)}, which this version cannot read`,
    };
  if (version === SAVED_VERSION) return { ok: true, record };
  const { done, undone } = record;
  if (!Array.isArray(done) || !Array.isArray(undone))
    return { ok: false, reason: 'the record has no list of changes' };
  // Version 3 drafts had no kinds or sides of their own: neither in the base nor in a change.
  const base = record['base'];
  if (version !== 4 && isObj(base) && (base['kinds'] !== undefined || base['sides'] !== undefined))
    return { ok: false, reason: `a version-${String(version)} draft cannot have kinds or sides of its own` };
  const held = commandsOf(version);
  for (const c of flat([...done, ...undone]))
    if (isObj(c) && typeof c['type'] === 'string' && COMMANDS.has(c['type']) && !held.has(c['type']))
      return {
        ok: false,
        reason: `a change (“${c['type']}”) is not one a version-${String(version)} record holds`,
      };
  // A removal of an article with quotes did nothing in version 2, so it was never recorded: the
  // changes it recorded mean the same now.
  return { ok: true, record: { ...record, version: SAVED_VERSION, revision: revisionOf(record) } };
}

/** The saved record `record` (anything read from the store) as a history, or why it cannot be. */
export function readSaved(stored: unknown): ReadSaved {
  const migrated = migrateRecord(stored);
  if (!migrated.ok) return migrated;
  const record = migrated.record;
  const { base, done, undone } = record;
  if (!Array.isArray(done) || !Array.isArray(undone))
    return { ok: false, reason: 'the record has no list of changes' };
  const read = readDraft(base);
  if (!read.ok) return read;
  const commands: Command[] = [];
  for (const c of [...done, ...undone]) {
    const command = readCommand(c);
    if (!command.ok) return command;
    commands.push(command.command);
  }
  // Replay every change, then the changes undone on top (so that redo cannot fail later either).
  let present = read.draft;
  try {
    let last = present;
    for (const [i, c] of commands.entries()) {
      const next = applyCommand(last, c);
      // Only changes that changed something are recorded: one that now changes nothing was made by
      // another version, and replaying the rest after it would not give what was saved.
      if (next === last) return { ok: false, reason: `change ${i + 1} does not apply in this version` };
      const p = readDraft(next);
      if (!p.ok) return { ok: false, reason: `change ${i + 1} does not replay: ${p.reason}` };
      last = next;
      if (i === done.length - 1) present = last;
    }
  } catch (e) {
    return { ok: false, reason: `a change does not replay (${e instanceof Error ? e.message : String(e)})` };
  }
  return {
    ok: true,
    history: {
      base: read.draft,
      done: commands.slice(0, done.length),
      undone: commands.slice(done.length),
      present,
    },
    revision: revisionOf(record),
  };
}
