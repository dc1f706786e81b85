// Bulk reads for export and bulk writes for import.
//
// Reads go in batches (getAll with a key range) inside ONE read-only transaction, so an export is a consistent
// snapshot and never holds the whole store in memory twice. Writes go in ONE read-write transaction: either
// every record of an import lands, or (error, cancel, crash) none does.
//
// IndexedDB commits a transaction as soon as no request is pending at the end of a task, so the work between
// requests is kept inside request callbacks (no timers while a transaction is open). Each request completes in
// its own task, so the page still paints and handles clicks between batches.
import { unwrap } from 'idb';
import type { AttuneDB } from './db';
import type { Judgment, ObservedResponse } from '../shared/records';
import { abortError, throwIfAborted, type TaskOptions } from '../export/task';

export const READ_BATCH = 4_000;
/** Meta entries computed from the judgments (background/profile-service.ts stores the profile as "profile"). */
export const DERIVED_META_KEYS = ['profile'] as const;
/** Meta entry with the user's steering settings (store/settings.ts): part of a backup. */
export const SETTINGS_META_KEY = 'settings';
export const WRITE_BATCH = 2_000;
/** Write chunks kept in flight, so the database always has the next chunk queued. */
const WRITES_IN_FLIGHT = 3;

type StoreName = 'judgments' | 'responses';
type ValueOf<S extends StoreName> = S extends 'judgments' ? Judgment : ObservedResponse;

/** Counts of both stores (for progress totals). */
export async function countRecords(db: AttuneDB): Promise<{ judgments: number; responses: number }> {
  const tx = db.transaction(['judgments', 'responses']);
  const [judgments, responses] = await Promise.all([tx.objectStore('judgments').count(), tx.objectStore('responses').count()]);
  await tx.done;
  return { judgments, responses };
}

/**
 * Calls `onBatch` with every record of the given stores, in primary-key order, batch by batch, in one read-only
 * transaction. `onBatch` must be synchronous (it runs while the transaction is open).
 */
export async function readInBatches(
  db: AttuneDB,
  stores: readonly StoreName[],
  onBatch: <S extends StoreName>(store: S, records: ValueOf<S>[]) => void,
  options: TaskOptions & { batch?: number } = {},
): Promise<number> {
  throwIfAborted(options.signal);
  const batch = options.batch ?? READ_BATCH;
  const raw = db.transaction([...stores]);
  const tx = raw as unknown as { objectStore(name: string): { getAll(query?: IDBKeyRange | null, count?: number): Promise<unknown[]> } };
  let total = 0;
  for (const name of stores) {
    const store = tx.objectStore(name);
    const keyPath = name === 'judgments' ? 'id' : 'key';
    let after: string | null = null;
    for (;;) {
      if (options.signal?.aborted) {
        raw.abort();
        raw.done.catch(() => undefined);
        throw abortError();
      }
      const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const records = (await store.getAll(range, batch)) as ValueOf<typeof name>[];
      if (records.length === 0) break;
      onBatch(name, records);
      total += records.length;
      options.onProgress?.({ phase: name === 'judgments' ? 'Reading judgments' : 'Reading observed responses', done: total, total: null });
      if (records.length < batch) break;
      after = (records[records.length - 1] as unknown as Record<string, string>)[keyPath]!;
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

/**
 * Merges records into the store idempotently, in ONE transaction: a record new to the store is added; one that
 * exists is replaced only when the incoming copy is newer (judgments: `updatedAt`) and differs; otherwise it is
 * kept as is. So importing the same file twice changes nothing, and newer edits win in either direction.
 * Observed responses keep the first sighting and fill a missing prompt or model.
 * Cancelling (signal) or any error aborts the transaction: the store is exactly as before.
 */
export async function mergeRecords(
  db: AttuneDB,
  records: ImportRecords,
  options: TaskOptions = {},
): Promise<{ judgments: MergeResult; responses: MergeResult; settingsRestored: boolean }> {
  throwIfAborted(options.signal);
  const result = { judgments: { added: 0, updated: 0, unchanged: 0 }, responses: { added: 0, updated: 0, unchanged: 0 }, settingsRestored: false };
  // Relaxed durability: the commit does not wait for an OS-level flush (a lost import after a power cut can be redone).
  const raw = db.transaction(['judgments', 'responses', 'meta'], 'readwrite', { durability: 'relaxed' });
  const done = raw.done;
  done.catch(() => undefined);
  // The native transaction: plain requests with callbacks, not a promise per record.
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

  const run = async () => {
    // 1. Which incoming records already exist (one key listing per store, no read per record).
    const known = {
      judgments: new Set((await request(() => tx.objectStore('judgments').getAllKeys())) as string[]),
      responses: new Set((await request(() => tx.objectStore('responses').getAllKeys())) as string[]),
    };
    // 2. Merge those with the stored copies (pipelined gets); new records are written as they are.
    const writes: { store: 'judgments' | 'responses'; value: Judgment | ObservedResponse }[] = [];
    for (const kind of ['judgments', 'responses'] as const) {
      const incoming: readonly (Judgment | ObservedResponse)[] = records[kind];
      const keyOf = (r: Judgment | ObservedResponse) => (kind === 'judgments' ? (r as Judgment).id : (r as ObservedResponse).key);
      const existing = incoming.filter((r) => known[kind].has(keyOf(r)));
      for (const r of incoming) {
        if (!known[kind].has(keyOf(r))) {
          writes.push({ store: kind, value: r });
          result[kind].added++;
        }
      }
      const store = tx.objectStore(kind);
      for (let i = 0; i < existing.length; i += WRITE_BATCH) {
        if (options.signal?.aborted) throw abortError();
        const slice = existing.slice(i, i + WRITE_BATCH);
        const stored = await Promise.all(slice.map((r) => request(() => store.get(keyOf(r)) as IDBRequest<Judgment | ObservedResponse | undefined>)));
        slice.forEach((next, k) => {
          const old = stored[k];
          const merged = kind === 'judgments' ? mergeJudgment(old as Judgment | undefined, next as Judgment) : mergeResponse(old as ObservedResponse | undefined, next as ObservedResponse);
          if (merged === old) result[kind].unchanged++;
          else {
            result[kind][old ? 'updated' : 'added']++;
            writes.push({ store: kind, value: merged });
          }
        });
        options.onProgress?.({ phase: 'Comparing with your data', done: i + slice.length, total: existing.length });
      }
    }
    // 3. Writes in chunks, a few in flight: a new chunk is issued whenever one completes,
    //    so the database never idles and the page gets a turn between chunks.
    const stores = { judgments: tx.objectStore('judgments'), responses: tx.objectStore('responses') };
    await new Promise<void>((resolve) => {
      let issued = 0;
      let completed = 0;
      const issueChunk = () => {
        if (failed) return;
        if (options.signal?.aborted) return fail(abortError());
        if (issued >= writes.length) {
          if (completed >= writes.length) resolve();
          return;
        }
        const end = Math.min(issued + WRITE_BATCH, writes.length);
        let last: IDBRequest | null = null;
        for (let i = issued; i < end; i++) last = stores[writes[i]!.store].put(writes[i]!.value);
        const size = end - issued;
        issued = end;
        last!.onsuccess = () => {
          completed += size;
          options.onProgress?.({ phase: 'Writing', done: completed, total: writes.length });
          if (completed >= writes.length) resolve();
          else issueChunk();
        };
      };
      if (writes.length === 0) resolve();
      for (let k = 0; k < WRITES_IN_FLIGHT; k++) issueChunk();
    });
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
    run().then(resolve, fail);
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
