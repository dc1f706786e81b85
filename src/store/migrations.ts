// Numbered, append-only schema migrations. Migration N upgrades a database at version N-1 to version N.
// Never edit a released migration: add the next one, and a test that opens a database written at the
// previous version and finds every record intact (migrations.test.ts).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { stableHash } from '../shared/hash';
import type { AttuneSchemaHistory, Bucket } from './schema';

// Migrations see every store any version had (AttuneSchemaHistory), not only the current ones.
export type UpgradeTx = IDBPTransaction<AttuneSchemaHistory, StoreNames<AttuneSchemaHistory>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<AttuneSchemaHistory>, tx: UpgradeTx) => void | Promise<void>;

/** Migration 2's bucketing, frozen here (store/buckets.ts must agree: migrations.test.ts checks it). */
export const bucketOfV2 = (key: string): number => Number.parseInt(stableHash(key).slice(-6), 16) % 256;

/** v1 records → v2 buckets: per bucket, keys sorted, and the records' JSON texts and times in the same order. */
function toBucketsV2<T>(records: readonly T[], keyOf: (r: T) => string, timeOf: (r: T) => number): Bucket<T>[] {
  const groups = new Map<number, { key: string; text: string; time: number }[]>();
  for (const r of records) {
    const key = keyOf(r);
    const b = bucketOfV2(key);
    const entry = { key, text: JSON.stringify(r), time: timeOf(r) };
    const list = groups.get(b);
    if (list) list.push(entry);
    else groups.set(b, [entry]);
  }
  return [...groups].map(([bucket, list]) => {
    list.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    return { bucket, keys: list.map((x) => x.key), texts: list.map((x) => x.text), times: list.map((x) => x.time) };
  });
}

export const migrations: readonly Migration[] = [
  // 1: judgments (thumbs and choices), observed responses (the model's baseline), key–value meta.
  (db) => {
    const judgments = db.createObjectStore('judgments', { keyPath: 'id' });
    judgments.createIndex('by-updated', 'updatedAt');
    judgments.createIndex('by-site', 'site');
    const responses = db.createObjectStore('responses', { keyPath: 'key' });
    responses.createIndex('by-observed', 'observedAt');
    db.createObjectStore('meta');
  },
  // 2: bucketed stores (store/schema.ts): every judgment and observed response moves, as its JSON text (and its
  // time), into the bucket its key hashes to; then the v1 stores are removed (nothing is stored twice). Same records, same fields.
  async (db, tx) => {
    const judgmentBuckets = db.createObjectStore('judgmentBuckets', { keyPath: 'bucket' });
    const responseBuckets = db.createObjectStore('responseBuckets', { keyPath: 'bucket' });
    const [judgments, responses] = await Promise.all([tx.objectStore('judgments').getAll(), tx.objectStore('responses').getAll()]);
    await Promise.all([
      ...toBucketsV2(judgments, (j) => j.id, (j) => j.updatedAt).map((b) => judgmentBuckets.put(b)),
      ...toBucketsV2(responses, (r) => r.key, (r) => r.observedAt).map((b) => responseBuckets.put(b)),
    ]);
    db.deleteObjectStore('judgments');
    db.deleteObjectStore('responses');
  },
];

export const SCHEMA_VERSION = migrations.length;
