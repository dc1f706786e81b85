// Numbered, append-only schema migrations. Migration N upgrades a database at version N-1 to version N.
// Never edit a released migration: add the next one, and a test that opens a database written at the
// previous version and finds every record intact (migrations.test.ts).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { stableHash } from '../shared/hash';
import type { AttuneSchemaHistory, Bucket } from './schema';

// Migrations see every store any version had (AttuneSchemaHistory), not only the current ones.
export type UpgradeTx = IDBPTransaction<AttuneSchemaHistory, StoreNames<AttuneSchemaHistory>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<AttuneSchemaHistory>, tx: UpgradeTx) => void | Promise<void>;

/** Migration 2's bucketing, frozen here (store/buckets.ts must agree: buckets.test.ts checks it). */
export const bucketOfV2 = (id: string): number => Number.parseInt(stableHash(id).slice(-6), 16) % 1024;

function toBuckets<T>(records: readonly T[], keyOf: (r: T) => string): Bucket<T>[] {
  const buckets = new Map<number, T[]>();
  for (const r of records) {
    const b = bucketOfV2(keyOf(r));
    const list = buckets.get(b);
    if (list) list.push(r);
    else buckets.set(b, [r]);
  }
  const out: Bucket<T>[] = [];
  for (const [bucket, list] of buckets) out.push({ bucket, records: list.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)) });
  return out;
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
  // 2: bucketed stores (store/schema.ts): every judgment and observed response moves into the bucket its id
  // hashes to, then the v1 stores are removed (nothing is stored twice). Same records, same fields.
  async (db, tx) => {
    const judgmentBuckets = db.createObjectStore('judgmentBuckets', { keyPath: 'bucket' });
    const responseBuckets = db.createObjectStore('responseBuckets', { keyPath: 'bucket' });
    const [judgments, responses] = await Promise.all([tx.objectStore('judgments').getAll(), tx.objectStore('responses').getAll()]);
    await Promise.all([
      ...toBuckets(judgments, (j) => j.id).map((b) => judgmentBuckets.put(b)),
      ...toBuckets(responses, (r) => r.key).map((b) => responseBuckets.put(b)),
    ]);
    db.deleteObjectStore('judgments');
    db.deleteObjectStore('responses');
  },
];

export const SCHEMA_VERSION = migrations.length;
