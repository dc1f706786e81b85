// Bulk reads for export and bulk writes for import, over the bucketed stores (schema.ts, buckets.ts).
//
// Reads go bucket range by bucket range (a few getAll calls) inside ONE read-only transaction, so an export is a
// consistent snapshot; they hand out the records' stored JSON texts, which a backup copies as they are. Writes go in ONE read-write transaction: either every record of an import lands, or
// (error, cancel, crash) none does.
//
// IndexedDB commits a transaction as soon as no request is pending at the end of a task, so the work between
// requests is kept inside request callbacks (no timers while a transaction is open); the CPU work that needs no
// database (hashing records into buckets) is done before the transaction opens, yielding to the page.
import { unwrap } from 'idb';
import type { AttuneDB } from './db';
import type { Judgment, ObservedResponse } from '../shared/records';
import type { Bucket, RecordText } from './schema';
import { BUCKET_COUNT, bucketOf, compareKeys, judgmentKey, judgmentTime, parseRecord, responseKey, responseTime } from './buckets';
import { abortError, createTicker, throwIfAborted, type TaskOptions } from '../export/task';

/** Buckets read per getAll (BUCKET_COUNT / READ_BUCKETS calls per store). */
export const READ_BUCKETS = 32;
/** Meta entries computed from the judgments (background/profile-service.ts stores the profile as "profile"). */
export const DERIVED_META_KEYS = ['profile'] as const;
/** Meta entry with the user's steering settings (store/settings.ts): part of a backup. */
export const SETTINGS_META_KEY = 'settings';
/** Touched buckets merged per step of an import (each step: one read, then the writes of the changed buckets). */
export const MERGE_BUCKETS = 16;

export type StoreName = 'judgments' | 'responses';
export type ValueOf<S extends StoreName> = S extends 'judgments' ? Judgment : ObservedResponse;
const BUCKET_STORE = { judgments: 'judgmentBuckets', responses: 'responseBuckets' } as const;

/**
 * Calls `onBatch` with every bucket of the given stores, a range of buckets at a time (each bucket: keys sorted,
 * with the records' JSON texts), in one read-only transaction. `onBatch` must be synchronous (it runs while the
 * transaction is open). Progress counts buckets read. Returns how many records were read.
 */
export async function readBuckets(
  db: AttuneDB,
  stores: readonly StoreName[],
  onBatch: <S extends StoreName>(store: S, buckets: Bucket<ValueOf<S>>[]) => void,
  options: TaskOptions & { buckets?: number } = {},
): Promise<number> {
  throwIfAborted(options.signal);
  const step = options.buckets ?? READ_BUCKETS;
  const raw = db.transaction(stores.map((s) => BUCKET_STORE[s]));
  const tx = raw as unknown as { objectStore(name: string): { getAll(query?: IDBKeyRange | null): Promise<Bucket[]> } };
  let total = 0;
  let read = 0;
  for (const name of stores) {
    const store = tx.objectStore(BUCKET_STORE[name]);
    for (let from = 0; from < BUCKET_COUNT; from += step) {
      if (options.signal?.aborted) {
        raw.abort();
        raw.done.catch(() => undefined);
        throw abortError();
      }
      const buckets = (await store.getAll(IDBKeyRange.bound(from, from + step - 1))) as Bucket<ValueOf<typeof name>>[];
      if (buckets.length > 0) onBatch(name, buckets);
      for (const b of buckets) total += b.keys.length;
      read += Math.min(step, BUCKET_COUNT - from);
      options.onProgress?.({ phase: name === 'judgments' ? 'Reading judgments' : 'Reading observed responses', done: read, total: BUCKET_COUNT * stores.length });
    }
  }
  await raw.done;
  return total;
}

export interface ImportRecords {
  judgments: readonly Judgment[];
  responses: readonly ObservedResponse[];
  /** Validated steering settings from a backup: restored only where this browser has none of its own. */
  settings?: unknown;
}

export interface MergeResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** Incoming records of one store grouped by bucket number. */
type Grouped<T> = Map<number, T[]>;

async function groupByBucket<T>(records: readonly T[], keyOf: (r: T) => string, tick: ReturnType<typeof createTicker>, offset: number, total: number): Promise<Grouped<T>> {
  const groups: Grouped<T> = new Map();
  for (let i = 0; i < records.length; i++) {
    if ((i & 1023) === 0) await tick(offset + i, total, 'Preparing');
    const r = records[i]!;
    const b = bucketOf(keyOf(r));
    const list = groups.get(b);
    if (list) list.push(r);
    else groups.set(b, [r]);
  }
  return groups;
}

/**
 * Merges one bucket's incoming records into its stored copy. Returns the new bucket, or null when nothing changed.
 * Stored records are parsed only when an incoming record has their key.
 */
function mergeBucket<T>(
  number: number,
  stored: Bucket<T> | undefined,
  incoming: readonly T[],
  keyOf: (r: T) => string,
  timeOf: (r: T) => number,
  merge: (old: T | undefined, next: T) => T,
  counts: MergeResult,
): Bucket<T> | null {
  const index = new Map<string, number>();
  if (stored) for (let i = 0; i < stored.keys.length; i++) index.set(stored.keys[i]!, i);
  const changed = new Map<string, T>();
  for (const next of incoming) {
    const key = keyOf(next);
    let prev = changed.get(key);
    if (prev === undefined) {
      const at = index.get(key);
      if (at !== undefined) prev = parseRecord(stored!.texts[at]!);
    }
    const out = merge(prev, next);
    if (prev === undefined) counts.added++;
    else if (out === prev) counts.unchanged++;
    else counts.updated++;
    if (out !== prev) changed.set(key, out);
  }
  if (changed.size === 0) return null;
  const keys = stored ? stored.keys.slice() : [];
  for (const key of changed.keys()) if (!index.has(key)) keys.push(key);
  keys.sort(compareKeys);
  const texts = new Array<RecordText<T>>(keys.length);
  const times = new Array<number>(keys.length);
  keys.forEach((key, i) => {
    const record = changed.get(key);
    if (record === undefined) {
      const at = index.get(key)!;
      texts[i] = stored!.texts[at]!;
      times[i] = stored!.times[at]!;
    } else {
      texts[i] = JSON.stringify(record) as RecordText<T>;
      times[i] = timeOf(record);
    }
  });
  return { bucket: number, keys, texts, times };
}

/**
 * Merges records into the store idempotently, in ONE transaction: a record new to the store is added; one that
 * exists is replaced only when the incoming copy is newer (judgments: `updatedAt`) and differs; otherwise it is
 * kept as is. So importing the same file twice changes nothing, and newer edits win in either direction.
 * Observed responses keep the first sighting and fill a missing prompt or model. Incoming records are merged in
 * order, so a record given twice counts once as added and the second copy merges with the first.
 * Only the buckets the records fall into are read, and only buckets that changed are written.
 * Cancelling (signal) or any error aborts the transaction: the store is exactly as before.
 */
export async function mergeRecords(
  db: AttuneDB,
  records: ImportRecords,
  options: TaskOptions = {},
): Promise<{ judgments: MergeResult; responses: MergeResult; settingsRestored: boolean }> {
  throwIfAborted(options.signal);
  const result = { judgments: { added: 0, updated: 0, unchanged: 0 }, responses: { added: 0, updated: 0, unchanged: 0 }, settingsRestored: false };
  const total = records.judgments.length + records.responses.length;
  // 1. Before the transaction (it would commit while we yield): which bucket each incoming record goes to.
  const tick = createTicker(options);
  const grouped = {
    judgments: await groupByBucket(records.judgments, judgmentKey, tick, 0, total),
    responses: await groupByBucket(records.responses, responseKey, tick, records.judgments.length, total),
  };
  throwIfAborted(options.signal);

  // Relaxed durability: the commit does not wait for an OS-level flush (a lost import after a power cut can be redone).
  const raw = db.transaction(['judgmentBuckets', 'responseBuckets', 'meta'], 'readwrite', { durability: 'relaxed' });
  const done = raw.done;
  done.catch(() => undefined);
  // The native transaction: plain requests with callbacks.
  const tx = unwrap(raw);
  let failed = false;
  let rejectRun: (error: unknown) => void = () => undefined;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    try {
      tx.abort();
    } catch {
      // already finished
    }
    rejectRun(error);
  };
  tx.addEventListener('error', () => fail(tx.error ?? new DOMException('Import failed', 'UnknownError')));
  const request = <T>(make: () => IDBRequest<T>): Promise<T> =>
    new Promise((resolve) => {
      const r = make();
      r.onsuccess = () => resolve(r.result);
    });

  let merged = 0;
  const run = async () => {
    // 2. Step by step over the touched buckets: read them (one getAll for a dense range, else one get each),
    //    merge in memory, queue the writes of the changed ones, go on. The writes run while the next step merges.
    for (const kind of ['judgments', 'responses'] as const) {
      const store = tx.objectStore(BUCKET_STORE[kind]);
      const groups = grouped[kind] as Grouped<Judgment | ObservedResponse>;
      const keyOf = (kind === 'judgments' ? judgmentKey : responseKey) as (r: Judgment | ObservedResponse) => string;
      const timeOf = (kind === 'judgments' ? judgmentTime : responseTime) as (r: Judgment | ObservedResponse) => number;
      const mergeOne = (kind === 'judgments' ? mergeJudgment : mergeResponse) as (old: Judgment | ObservedResponse | undefined, next: Judgment | ObservedResponse) => Judgment | ObservedResponse;
      const touched = [...groups.keys()].sort((a, b) => a - b);
      for (let i = 0; i < touched.length; i += MERGE_BUCKETS) {
        if (failed) return;
        if (options.signal?.aborted) throw abortError();
        const step = touched.slice(i, i + MERGE_BUCKETS);
        const first = step[0]!;
        const last = step[step.length - 1]!;
        const stored = (
          step.length * 2 >= last - first + 1
            ? await request(() => store.getAll(IDBKeyRange.bound(first, last)))
            : await Promise.all(step.map((b) => request(() => store.get(b))))
        ) as (Bucket<Judgment | ObservedResponse> | undefined)[];
        const byNumber = new Map(stored.flatMap((b) => (b ? [[b.bucket, b] as const] : [])));
        for (const number of step) {
          const incoming = groups.get(number)!;
          const next = mergeBucket(number, byNumber.get(number), incoming, keyOf, timeOf, mergeOne, result[kind]);
          if (next) store.put(next);
          merged += incoming.length;
        }
        options.onProgress?.({ phase: 'Writing', done: merged, total });
      }
    }
    if (failed) return;
    if (records.settings !== undefined && (await request(() => tx.objectStore('meta').count(SETTINGS_META_KEY))) === 0) {
      tx.objectStore('meta').put(records.settings, SETTINGS_META_KEY);
      result.settingsRestored = true;
    }
    // Derived state (the fitted profile) no longer matches the judgments: drop it in the same transaction,
    // so whoever reads it next refits.
    if (result.judgments.added + result.judgments.updated > 0) for (const key of DERIVED_META_KEYS) tx.objectStore('meta').delete(key);
  };

  await new Promise<void>((resolve, reject) => {
    rejectRun = reject;
    // Cancelled after the last step was queued: the writes are not committed yet, so still nothing is applied.
    run().then(() => (options.signal?.aborted ? fail(abortError()) : resolve()), fail);
  });
  await done;
  return result;
}

/** The record to store for an incoming judgment: the existing object itself when nothing should change. */
export function mergeJudgment(existing: Judgment | undefined, incoming: Judgment): Judgment {
  if (!existing) return incoming;
  if (incoming.updatedAt <= existing.updatedAt) return existing;
  if (sameJudgmentContent(existing, incoming)) return existing;
  // Keep the earliest creation time of the two copies.
  return { ...incoming, createdAt: Math.min(existing.createdAt, incoming.createdAt) };
}

function sameJudgmentContent(a: Judgment, b: Judgment): boolean {
  const ka = Object.keys(a).filter((k) => k !== 'updatedAt' && k !== 'createdAt');
  const kb = Object.keys(b).filter((k) => k !== 'updatedAt' && k !== 'createdAt');
  if (ka.length !== kb.length) return false;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return ka.every((k) => Object.is(ra[k], rb[k]));
}

/** Observed responses: keep the first sighting; fill a missing prompt or model; a newer text replaces the old. */
export function mergeResponse(existing: ObservedResponse | undefined, incoming: ObservedResponse): ObservedResponse {
  if (!existing) return incoming;
  const prompt = existing.prompt || incoming.prompt;
  const model = existing.model ?? incoming.model;
  const text = incoming.observedAt > existing.observedAt && incoming.text ? incoming.text : existing.text || incoming.text;
  if (prompt === existing.prompt && model === existing.model && text === existing.text) return existing;
  return { ...existing, prompt, model, text };
}
