/**
 * A small schema language that does two things from one definition: validate unknown input, listing
 * every problem with its JSON path, and print a JSON Schema (draft 2020-12) of the same shape.
 */
import { at, type Problem } from './problems';

export type JsonSchema = { readonly [key: string]: unknown };

export interface Schema<T> {
  /** Returns true when `value` has the shape; pushes a problem for everything that is wrong. */
  check(value: unknown, path: string, problems: Problem[]): value is T;
  toJsonSchema(): JsonSchema;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function fail(problems: Problem[], path: string, code: Problem['code'], message: string): false {
  problems.push({ path, code, message });
  return false;
}

// C0/C1 control characters other than tab and newline, and the bidi embedding/override/isolate
// controls: they have no place in the dataset and can disguise text (CVE-2021-42574, "Trojan Source").
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

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
}

/** A string; by default non-empty, NFC, free of control and bidi-override characters. */
export function string(rules: StringRules): Schema<string> {
  const min = rules.min ?? 1;
  return {
    check(v, path, problems): v is string {
      if (typeof v !== 'string')
        return fail(problems, path, 'type', `expected a string, found ${typeName(v)}`);
      if (v.length < min || (min > 0 && v.trim() === ''))
        return fail(problems, path, 'empty', 'must not be empty');
      if (v.length > rules.max) {
        return fail(
          problems,
          path,
          'too-long',
          `is ${v.length} characters long; at most ${rules.max} allowed`,
        );
      }
      const bad = FORBIDDEN.exec(v);
      if (bad !== null) {
        const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
        return fail(
          problems,
          path,
          'control-character',
          `contains the invisible control character U+${code} at ${bad.index}`,
        );
      }
      if (rules.multiline !== true && /[\n\t]/.test(v)) {
        return fail(problems, path, 'control-character', 'must be a single line');
      }
      if (rules.nfc === true && v.normalize('NFC') !== v)
        return fail(problems, path, 'not-nfc', 'is not in Unicode normal form C (NFC)');
      if (rules.pattern !== undefined && !rules.pattern.test(v)) {
        return fail(
          problems,
          path,
          'pattern',
          `${JSON.stringify(v.slice(0, 60))} is not ${rules.patternHint ?? rules.pattern.source}`,
        );
      }
      return true;
    },
    toJsonSchema: () => ({
      type: 'string',
      minLength: min,
      maxLength: rules.max,
      ...(rules.pattern ? { pattern: rules.pattern.source } : {}),
    }),
  };
}

/** A whole number in [min, max]. */
export function integer(min: number, max: number): Schema<number> {
  return {
    check(v, path, problems): v is number {
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        return fail(problems, path, 'type', `expected a whole number, found ${typeName(v)}`);
      }
      if (v < min || v > max) return fail(problems, path, 'offset-range', `${v} is outside ${min}…${max}`);
      return true;
    },
    toJsonSchema: () => ({ type: 'integer', minimum: min, maximum: max }),
  };
}

/** One of a fixed list of strings. */
export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return {
    check(v, path, problems): v is T {
      if (typeof v === 'string' && (values as readonly string[]).includes(v)) return true;
      return fail(problems, path, 'enum', `${JSON.stringify(v)} is not one of ${values.join(', ')}`);
    },
    toJsonSchema: () => ({ enum: [...values] }),
  };
}

/** Exactly this value. */
export function literal<const T extends string | number>(value: T): Schema<T> {
  return {
    check(v, path, problems): v is T {
      if (v === value) return true;
      return fail(
        problems,
        path,
        'unsupported-format',
        `expected ${JSON.stringify(value)}, found ${JSON.stringify(v)}`,
      );
    },
    toJsonSchema: () => ({ const: value }),
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    check(v, path, problems): v is T | null {
      return v === null || inner.check(v, path, problems);
    },
    toJsonSchema: () => ({ anyOf: [inner.toJsonSchema(), { type: 'null' }] }),
  };
}

/** An array of at most `max` items, every one checked. */
export function array<T>(item: Schema<T>, max: number): Schema<T[]> {
  return {
    check(v, path, problems): v is T[] {
      if (!Array.isArray(v)) return fail(problems, path, 'type', `expected an array, found ${typeName(v)}`);
      if (v.length > max)
        return fail(problems, path, 'too-many', `has ${v.length} items; at most ${max} allowed`);
      let ok = true;
      v.forEach((x, i) => {
        ok = item.check(x, at(path, i), problems) && ok;
      });
      return ok;
    },
    toJsonSchema: () => ({ type: 'array', items: item.toJsonSchema(), maxItems: max }),
  };
}

type Shape = Record<string, Schema<unknown>>;
type ObjectOf<R extends Shape, O extends Shape> = { [K in keyof R]: Infer<R[K]> } & {
  [K in keyof O]?: Infer<O[K]>;
};

/** An object with these required and optional properties and no others. */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
  description?: string,
): Schema<ObjectOf<R, O>> {
  const opt: Shape = optional ?? {};
  return {
    check(v, path, problems): v is ObjectOf<R, O> {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        return fail(problems, path, 'type', `expected an object, found ${typeName(v)}`);
      }
      const record = v as Record<string, unknown>;
      let ok = true;
      for (const [key, schema] of Object.entries(required)) {
        if (!Object.hasOwn(record, key)) ok = fail(problems, at(path, key), 'required', 'is missing');
        else ok = schema.check(record[key], at(path, key), problems) && ok;
      }
      for (const [key, schema] of Object.entries(opt)) {
        if (Object.hasOwn(record, key) && record[key] !== undefined) {
          ok = schema.check(record[key], at(path, key), problems) && ok;
        }
      }
      for (const key of Object.keys(record)) {
        if (!Object.hasOwn(required, key) && !Object.hasOwn(opt, key)) {
          ok = fail(problems, at(path, key), 'unknown-field', 'is not a field of this object');
        }
      }
      return ok;
    },
    toJsonSchema: () => ({
      type: 'object',
      ...(description ? { description } : {}),
      properties: Object.fromEntries(
        [...Object.entries(required), ...Object.entries(opt)].map(([k, s]) => [k, s.toJsonSchema()]),
      ),
      required: Object.keys(required),
      additionalProperties: false,
    }),
  };
}
