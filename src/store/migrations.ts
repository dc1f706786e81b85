// Numbered, append-only schema migrations. Migration N upgrades a database at version N-1 to version N.
// Never edit a released migration: add the next one, and a test that opens a database written at the
// previous version and finds every record intact (migrations.test.ts).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AttuneSchema } from './schema';

export type UpgradeTx = IDBPTransaction<AttuneSchema, StoreNames<AttuneSchema>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<AttuneSchema>, tx: UpgradeTx) => void | Promise<void>;

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
];

export const SCHEMA_VERSION = migrations.length;
