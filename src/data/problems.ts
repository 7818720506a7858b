/** One thing wrong with a dataset: where (a JSON path such as `$.events[3].title.ar`), what, and why. */
export interface Problem {
  readonly path: string;
  readonly code: ProblemCode;
  readonly message: string;
}

export type ProblemCode =
  | 'not-json'
  | 'too-large'
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
  | 'offset-range'
  | 'overlap'
  | 'date'
  | 'date-order'
  | 'date-basis'
  | 'not-nfc'
  | 'control-character'
  | 'uncovered-date'
  | 'undeclared-shared-copy'
  | 'unsupported-format';

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
