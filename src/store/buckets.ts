// Which bucket a record lives in, and reads and edits of one bucket (see Bucket in schema.ts).
import { stableHashLow32 } from '../shared/hash';
import type { Judgment, ObservedResponse } from '../shared/records';
import type { Bucket, RecordText } from './schema';

/**
 * Buckets per store. Measured in Chromium: reading 96 MB from buckets of ~100 KB or more takes a third of the
 * time it takes from buckets under 64 KB (IndexedDB keeps big values as files), and writing 256 buckets is ~3x
 * faster than writing 4,096. With 256, 100,000 judgments make buckets of ~230 KB; a live write re-writes one.
 * Changing it re-buckets every record: that needs a new migration.
 */
export const BUCKET_COUNT = 256;

/**
 * The bucket of a judgment id or response key: stable across versions (it decides where records are on disk).
 * The low bits of stableHash(key), computed without the hex string (migration 2 has the string form, frozen).
 */
export function bucketOf(key: string): number {
  return stableHashLow32(key) % BUCKET_COUNT;
}

export const judgmentKey = (j: Judgment): string => j.id;
export const responseKey = (r: ObservedResponse): string => r.key;
/** The time a bucket keeps beside each record (Bucket.times). */
export const judgmentTime = (j: Judgment): number => j.updatedAt;
export const responseTime = (r: ObservedResponse): number => r.observedAt;

export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Index of `key` in a sorted list, or -(insertion point) - 1 when absent. */
export function findKey(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}

export const parseRecord = <T>(text: RecordText<T>): T => JSON.parse(text) as T;

/** The record stored under `key`, or undefined. */
export function recordIn<T>(bucket: Bucket<T> | undefined, key: string): T | undefined {
  if (!bucket) return undefined;
  const at = findKey(bucket.keys, key);
  return at >= 0 ? parseRecord(bucket.texts[at]!) : undefined;
}

/** Every record of the bucket, in key order. */
export const recordsIn = <T>(bucket: Bucket<T>): T[] => bucket.texts.map(parseRecord);

/** A copy of the bucket with `record` stored under `key` at `time` (replacing or inserting). */
export function withRecord<T>(bucket: Bucket<T> | undefined, number: number, key: string, record: T, time: number): Bucket<T> {
  const keys = bucket ? bucket.keys.slice() : [];
  const texts = bucket ? bucket.texts.slice() : [];
  const times = bucket ? bucket.times.slice() : [];
  const at = findKey(keys, key);
  const text = JSON.stringify(record) as RecordText<T>;
  if (at >= 0) {
    texts[at] = text;
    times[at] = time;
  } else {
    keys.splice(-at - 1, 0, key);
    texts.splice(-at - 1, 0, text);
    times.splice(-at - 1, 0, time);
  }
  return { bucket: number, keys, texts, times };
}

/** A copy of the bucket without the record under `key`, or null when there is none. */
export function withoutRecord<T>(bucket: Bucket<T> | undefined, key: string): Bucket<T> | null {
  if (!bucket) return null;
  const at = findKey(bucket.keys, key);
  if (at < 0) return null;
  const keys = bucket.keys.slice();
  const texts = bucket.texts.slice();
  const times = bucket.times.slice();
  keys.splice(at, 1);
  texts.splice(at, 1);
  times.splice(at, 1);
  return { bucket: bucket.bucket, keys, texts, times };
}
