/** One thing wrong with a dataset: where (a JSON path such as `$.events[3].title.ar`), what, and why. */
export interface Problem {
  readonly path: string;
  readonly code: ProblemCode;
  readonly message: string;
}

export type ProblemCode =
  | 'not-json'
  | 'too-large'
  | 'too-deep'
  | 'not-utf8'
  | 'type'
  | 'required'
  | 'unknown-field'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'pattern'
  | 'enum'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'quote-mismatch'
  | 'context-mismatch'
  | 'offset-range'
  | 'overlap'
  | 'date'
  | 'date-order'
  | 'date-basis'
  | 'not-nfc'
  | 'control-character'
  | 'uncovered-date'
  | 'unsupported-format'
  | 'undeclared-shared-copy'
  | 'check-failed'
  // The workbench's own warning: an English rendering marked as a draft, still to check.
  | 'draft-rendering'
  // A static corpus that could not be opened: the reader's codes (corpus-guard.ts).
  | 'corpus-fetch'
  | 'corpus-timeout'
  | 'corpus-too-large'
  | 'corpus-too-slow'
  | 'corpus-insecure'
  | 'corpus-checksum'
  | 'corpus-format'
  | 'corpus-invalid';

/** How many problems a check keeps: the rest are counted, not stored, so memory stays bounded. */
export const MAX_PROBLEMS = 1000;

/**
 * The problems a check finds: the first `cap` with their paths and messages, and a count of the
 * rest. A hostile file can break millions of rules; the list never grows past the cap.
 */
export class ProblemList {
  readonly items: Problem[] = [];
  /** Problems found past the cap: counted, not kept. */
  omitted = 0;
  constructor(readonly cap: number = MAX_PROBLEMS) {}
  /** True once the cap is reached: a caller may skip building a path nobody will read. */
  get full(): boolean {
    return this.items.length >= this.cap;
  }
  /** Every problem found, kept or not. */
  get length(): number {
    return this.items.length + this.omitted;
  }
  push(problem: Problem): void {
    if (this.full) this.omitted++;
    else this.items.push(problem);
  }
  /** A refusal carrying the kept problems and the count of the rest. */
  refusal(): { readonly ok: false; readonly problems: readonly Problem[]; readonly omitted: number } {
    return { ok: false, problems: this.items, omitted: this.omitted };
  }
}

/** Appends a path segment: a property name or an array index. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  let suffix = suffixes.get(key);
  if (suffix === undefined) {
    suffix = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (suffixes.size < 10_000) suffixes.set(key, suffix);
  }
  return path + suffix;
}
// Field names repeat across a dataset: format each once.
const suffixes = new Map<string, string>();

/** Formats problems one per line, for the CLI and for tests. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message} [${p.code}]`).join('\n');
}
