/**
 * A small schema language that does two things from one definition: validate unknown input, listing
 * every problem with its JSON path, and print a JSON Schema (draft 2020-12) of the same shape.
 */
import { at, type Problem, type ProblemList } from './problems';

export type JsonSchema = { readonly [key: string]: unknown };

export interface Schema<T> {
  /** Returns true when `value` has the shape; pushes a problem for everything that is wrong. */
  check(value: unknown, path: string, problems: ProblemList): value is T;
  /** The same, for a value at `key` of `parent` (itself when null): how schemas nest. */
  test(value: unknown, parent: Path, key: string | number | null, problems: ProblemList): boolean;
  toJsonSchema(): JsonSchema;
}

/**
 * Where a value is, spelled out only when a problem is reported: a large dataset has millions of
 * values and nearly all of them are fine, so their paths are never built as strings.
 */
type Path = string | { readonly parent: Path; readonly key: string | number };

const pathOf = (parent: Path, key: string | number | null): Path => (key === null ? parent : { parent, key });

function pathText(p: Path): string {
  return typeof p === 'string' ? p : at(pathText(p.parent), p.key);
}

function schema<T>(
  test: (v: unknown, parent: Path, key: string | number | null, problems: ProblemList) => boolean,
  toJsonSchema: () => JsonSchema,
): Schema<T> {
  return {
    check: (v, path, problems): v is T => test(v, path, null, problems),
    test,
    toJsonSchema,
  };
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/**
 * The same check, its values known by a narrower (branded) string type: passing the check is what
 * earns the brand, so `Infer` of a schema built with it meets the domain's types without a cast.
 */
export function branded<T extends string>(inner: Schema<string>): Schema<T> {
  return schema<T>(inner.test, inner.toJsonSchema);
}

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function fail(
  problems: ProblemList,
  parent: Path,
  key: string | number | null,
  code: Problem['code'],
  message: string,
): false {
  // Past the cap the problem is only counted: its path is never spelled out.
  if (problems.full) problems.omitted++;
  else problems.push({ path: pathText(pathOf(parent, key)), code, message });
  return false;
}

// C0/C1 control characters other than tab and newline, the bidi embedding/override/isolate
// controls, and the tag characters (invisible letters that can smuggle text past a reader): they have
// no place in the dataset and can disguise text (CVE-2021-42574, "Trojan Source").
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/u;
// The same and tab and newline, for single-line text: one scan finds either problem.
const FORBIDDEN_OR_BREAK =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/u;
const BREAK = /^[\t\n\u2028\u2029]$/u;
// Something that shows: not space, not a format or default-ignorable character (zero-width space,
// direction marks, tags), not a mark without its letter (a diacritic alone), not a blank that draws
// nothing (Braille blank, Hangul fillers, the musical null notehead).
const VISIBLE = /[^\s\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}\u2800\u3164\u115F\u1160\uFFA0\u{1D159}]/u;

export interface StringRules {
  readonly min?: number;
  readonly max: number;
  readonly pattern?: RegExp;
  readonly patternHint?: string;
  readonly multiline?: boolean;
  /**
   * Require Unicode normal form C: for texts that offsets count into (articles, quotes, credits),
   * where a different normal form would shift every offset. Checking every string costs a
   * normalisation each, which large datasets feel.
   */
  readonly nfc?: boolean;
  /** A last test after the pattern, such as "names a real calendar day", with its code and hint. */
  readonly refine?: {
    readonly test: (v: string) => boolean;
    readonly code: Problem['code'];
    readonly hint: string;
  };
}

/** A string; by default non-empty, NFC, free of control and bidi-override characters. */
export function string(rules: StringRules): Schema<string> {
  const min = rules.min ?? 1;
  return schema<string>(
    (v, parent, key, problems) => {
      if (typeof v !== 'string')
        return fail(problems, parent, key, 'type', `expected a string, found ${typeName(v)}`);
      if (v.length < min || (min > 0 && !VISIBLE.test(v)))
        return fail(problems, parent, key, 'empty', 'must not be empty');
      if (v.length > rules.max) {
        return fail(
          problems,
          parent,
          key,
          'too-long',
          `is ${v.length} characters long; at most ${rules.max} allowed`,
        );
      }
      const bad = (rules.multiline === true ? FORBIDDEN : FORBIDDEN_OR_BREAK).exec(v);
      if (bad !== null) {
        // A tab or newline in single-line text: an invisible control character anywhere still comes first.
        const control = BREAK.test(bad[0]) ? FORBIDDEN.exec(v) : bad;
        if (control === null)
          return fail(problems, parent, key, 'control-character', 'must be a single line');
        const code = control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
        return fail(
          problems,
          parent,
          key,
          'control-character',
          `contains the invisible control character U+${code} at ${control.index}`,
        );
      }
      if (rules.nfc === true && v.normalize('NFC') !== v)
        return fail(problems, parent, key, 'not-nfc', 'is not in Unicode normal form C (NFC)');
      if (rules.pattern !== undefined && !rules.pattern.test(v)) {
        return fail(
          problems,
          parent,
          key,
          'pattern',
          `${JSON.stringify(v.slice(0, 60))} is not ${rules.patternHint ?? rules.pattern.source}`,
        );
      }
      if (rules.refine !== undefined && !rules.refine.test(v))
        return fail(
          problems,
          parent,
          key,
          rules.refine.code,
          `${JSON.stringify(v)} is not ${rules.refine.hint}`,
        );
      return true;
    },
    () => ({
      type: 'string',
      minLength: min,
      maxLength: rules.max,
      ...(rules.pattern ? { pattern: rules.pattern.source } : {}),
    }),
  );
}

/** Any string at all: what a draft holds while it is written (blank, long, not yet checked). */
export const anyString: Schema<string> = schema<string>(
  (v, parent, key, problems) =>
    typeof v === 'string' || fail(problems, parent, key, 'type', `expected a string, found ${typeName(v)}`),
  () => ({ type: 'string' }),
);

/** true or false. */
export const boolean: Schema<boolean> = schema<boolean>(
  (v, parent, key, problems) =>
    typeof v === 'boolean' ||
    fail(problems, parent, key, 'type', `expected true or false, found ${typeName(v)}`),
  () => ({ type: 'boolean' }),
);

/** A schema named before it is made: a shape that holds itself (a batch of commands holds commands). */
export function lazy<T>(make: () => Schema<T>): Schema<T> {
  return schema<T>(
    (v, parent, key, problems) => make().test(v, parent, key, problems),
    () => ({}),
  );
}

/**
 * One of several object shapes, chosen by the string at `field` (a command by its `type`): a value
 * whose `field` names none of them is refused, saying which are known.
 */
export function tagged<M extends Record<string, Schema<unknown>>>(
  field: string,
  shapes: M,
): Schema<Infer<M[keyof M]>> {
  return schema<Infer<M[keyof M]>>(
    (v, parent, key, problems) => {
      const tag =
        typeof v === 'object' && v !== null && !Array.isArray(v)
          ? (v as Record<string, unknown>)[field]
          : undefined;
      const shape = typeof tag === 'string' && Object.hasOwn(shapes, tag) ? shapes[tag] : undefined;
      if (shape === undefined)
        return fail(
          problems,
          parent,
          key,
          'enum',
          `${field} ${JSON.stringify(tag)?.slice(0, 40) ?? 'undefined'} is not one of ${Object.keys(shapes).length} known`,
        );
      return shape.test(v, parent, key, problems);
    },
    () => ({ oneOf: Object.values(shapes).map((s) => s.toJsonSchema()) }),
  );
}

/** A finite number in [min, max] (a time in milliseconds, which need not be whole). */
export function finite(min: number, max: number): Schema<number> {
  return schema<number>(
    (v, parent, key, problems) => {
      if (typeof v !== 'number' || !Number.isFinite(v))
        return fail(problems, parent, key, 'type', `expected a number, found ${typeName(v)}`);
      if (v < min || v > max)
        return fail(problems, parent, key, 'offset-range', `${v} is outside ${min}…${max}`);
      return true;
    },
    () => ({ type: 'number', minimum: min, maximum: max }),
  );
}

/** A value a type guard accepts (a shape the guard's module owns, such as a block reference). */
export function guarded<T>(test: (v: unknown) => v is T, hint: string): Schema<T> {
  return schema<T>(
    (v, parent, key, problems) => test(v) || fail(problems, parent, key, 'type', `is not ${hint}`),
    () => ({ description: hint }),
  );
}

/** A whole number in [min, max]. */
export function integer(min: number, max: number): Schema<number> {
  return schema<number>(
    (v, parent, key, problems) => {
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        return fail(problems, parent, key, 'type', `expected a whole number, found ${typeName(v)}`);
      }
      if (v < min || v > max)
        return fail(problems, parent, key, 'offset-range', `${v} is outside ${min}…${max}`);
      return true;
    },
    () => ({ type: 'integer', minimum: min, maximum: max }),
  );
}

/** One of a fixed list of strings. */
export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return schema<T>(
    (v, parent, key, problems) => {
      if (typeof v === 'string' && (values as readonly string[]).includes(v)) return true;
      return fail(problems, parent, key, 'enum', `${JSON.stringify(v)} is not one of ${values.join(', ')}`);
    },
    () => ({ enum: [...values] }),
  );
}

/** Exactly this value. */
export function literal<const T extends string | number>(value: T): Schema<T> {
  return schema<T>(
    (v, parent, key, problems) => {
      if (v === value) return true;
      return fail(
        problems,
        parent,
        key,
        'unsupported-format',
        `expected ${JSON.stringify(value)}, found ${JSON.stringify(v)}`,
      );
    },
    () => ({ const: value }),
  );
}

/** One of a few fixed values (format versions a reader accepts, for instance). */
export function literals<const T extends string | number>(values: readonly T[]): Schema<T> {
  return schema<T>(
    (v, parent, key, problems) => {
      if ((values as readonly unknown[]).includes(v)) return true;
      return fail(
        problems,
        parent,
        key,
        'unsupported-format',
        `expected ${values.map((x) => JSON.stringify(x)).join(' or ')}, found ${JSON.stringify(v)}`,
      );
    },
    () => ({ enum: [...values] }),
  );
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return schema<T | null>(
    (v, parent, key, problems) => {
      return v === null || inner.test(v, parent, key, problems);
    },
    () => ({ anyOf: [inner.toJsonSchema(), { type: 'null' }] }),
  );
}

/** An array of at least `min` (default 0) and at most `max` items, every one checked. */
export function array<T>(item: Schema<T>, max: number, min = 0): Schema<T[]> {
  return schema<T[]>(
    (v, parent, key, problems) => {
      if (!Array.isArray(v))
        return fail(problems, parent, key, 'type', `expected an array, found ${typeName(v)}`);
      if (v.length > max)
        return fail(problems, parent, key, 'too-many', `has ${v.length} items; at most ${max} allowed`);
      if (v.length < min)
        return fail(problems, parent, key, 'empty', `has ${v.length} items; at least ${min} needed`);
      const path = pathOf(parent, key);
      let ok = true;
      for (let i = 0; i < v.length; i++) ok = item.test(v[i], path, i, problems) && ok;
      return ok;
    },
    () => ({
      type: 'array',
      items: item.toJsonSchema(),
      ...(min > 0 ? { minItems: min } : {}),
      maxItems: max,
    }),
  );
}

export type Shape = Record<string, Schema<unknown>>;
export type ObjectOf<R extends Shape, O extends Shape> = { [K in keyof R]: Infer<R[K]> } & {
  [K in keyof O]?: Infer<O[K]>;
};

/**
 * An object with these required and optional properties and no others; `open`, others are let
 * through unchecked (a saved draft written by an earlier version may carry a field this one dropped).
 */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
  description?: string,
  open = false,
): Schema<ObjectOf<R, O>> {
  const opt: Shape = optional ?? {};
  const requiredEntries = Object.entries(required);
  const optionalEntries = Object.entries(opt);
  return schema<ObjectOf<R, O>>(
    (v, parent, key, problems) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        return fail(problems, parent, key, 'type', `expected an object, found ${typeName(v)}`);
      }
      const record = v as Record<string, unknown>;
      const path = pathOf(parent, key);
      let ok = true;
      for (const [field, inner] of requiredEntries) {
        if (!Object.hasOwn(record, field)) ok = fail(problems, path, field, 'required', 'is missing');
        else ok = inner.test(record[field], path, field, problems) && ok;
      }
      for (const [field, inner] of optionalEntries) {
        if (Object.hasOwn(record, field) && record[field] !== undefined) {
          ok = inner.test(record[field], path, field, problems) && ok;
        }
      }
      if (!open)
        for (const field in record) {
          if (!Object.hasOwn(required, field) && !Object.hasOwn(opt, field)) {
            ok = fail(problems, path, field, 'unknown-field', 'is not a field of this object');
          }
        }
      return ok;
    },
    () => ({
      type: 'object',
      ...(description ? { description } : {}),
      properties: Object.fromEntries(
        [...Object.entries(required), ...Object.entries(opt)].map(([k, s]) => [k, s.toJsonSchema()]),
      ),
      required: Object.keys(required),
      additionalProperties: open,
    }),
  );
}
