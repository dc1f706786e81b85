// A tiny, strict validator kit: every message and every imported record passes through one of these.
// Unknown keys, prototype-polluting keys, wrong types and oversize strings are rejected with the path named.

export class ValidationError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'value'}: ${problem}`);
  }
}

export type Check<T> = (value: unknown, path: string) => T;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const str =
  (opts: { max: number; min?: number; pattern?: RegExp }): Check<string> =>
  (v, path) => {
    if (typeof v !== 'string') throw new ValidationError(path, `must be a string, got ${kind(v)}`);
    if (v.length > opts.max) throw new ValidationError(path, `is too long (${v.length} > ${opts.max} characters)`);
    if (opts.min !== undefined && v.length < opts.min) throw new ValidationError(path, `must have at least ${opts.min} characters`);
    if (opts.pattern && !opts.pattern.test(v)) throw new ValidationError(path, 'has an unexpected format');
    return v;
  };

export const num =
  (opts: { min?: number; max?: number; integer?: boolean } = {}): Check<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ValidationError(path, `must be a finite number, got ${kind(v)}`);
    if (opts.integer && !Number.isInteger(v)) throw new ValidationError(path, 'must be a whole number');
    if (opts.min !== undefined && v < opts.min) throw new ValidationError(path, `must be ≥ ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) throw new ValidationError(path, `must be ≤ ${opts.max}`);
    return v;
  };

export const bool: Check<boolean> = (v, path) => {
  if (typeof v !== 'boolean') throw new ValidationError(path, `must be true or false, got ${kind(v)}`);
  return v;
};

export const oneOf =
  <const T extends readonly (string | number | null)[]>(...values: T): Check<T[number]> =>
  (v, path) => {
    if (!values.includes(v as T[number])) throw new ValidationError(path, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
    return v as T[number];
  };

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : check(v, path);

export const arrayOf =
  <T>(check: Check<T>, opts: { max: number }): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) throw new ValidationError(path, `must be a list, got ${kind(v)}`);
    if (v.length > opts.max) throw new ValidationError(path, `has too many items (${v.length} > ${opts.max})`);
    return v.map((item, i) => check(item, `${path}[${i}]`));
  };

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

/** A plain object with exactly these keys (missing keys are checked as `undefined`); a copy in the shape's key order. */
export const object = <S extends Shape>(shape: S, opts: { optional?: readonly (keyof S)[] } = {}): Check<Out<S>> => {
  const keys = Object.keys(shape);
  for (const key of keys) if (FORBIDDEN_KEYS.has(key)) throw new Error(`schema field "${key}" is a forbidden key`);
  const checks = keys.map((key) => shape[key]!);
  const optional = keys.map((key) => opts.optional?.includes(key) ?? false);
  return (v, path) => {
    if (!isPlainObject(v)) throw new ValidationError(path, `must be an object, got ${kind(v)}`);
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) throw new ValidationError(join(path, key), 'is a forbidden key');
      if (!Object.hasOwn(shape, key)) throw new ValidationError(join(path, key), 'is not an allowed field');
    }
    // Keys come from the shape (code, never "__proto__"), so plain assignment builds one hidden class per shape.
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = (v as Record<string, unknown>)[key];
      if (value === undefined && optional[i]) continue;
      const at = path === '' ? key : join(path, key);
      if (value === undefined) throw new ValidationError(at, 'is missing');
      out[key] = checks[i]!(value, at);
    }
    return out as Out<S>;
  };
};

/** A string-keyed map of values of one type. */
export const recordOf =
  <T>(check: Check<T>, opts: { maxKeys: number; maxKeyLength: number }): Check<Record<string, T>> =>
  (v, path) => {
    if (!isPlainObject(v)) throw new ValidationError(path, `must be an object, got ${kind(v)}`);
    const keys = Object.keys(v);
    if (keys.length > opts.maxKeys) throw new ValidationError(path, `has too many keys (${keys.length} > ${opts.maxKeys})`);
    const out: Record<string, T> = {};
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) throw new ValidationError(join(path, key), 'is a forbidden key');
      if (key.length > opts.maxKeyLength) throw new ValidationError(path, 'has a key that is too long');
      out[key] = check((v as Record<string, unknown>)[key], join(path, key));
    }
    return out;
  };

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v;
}
