// Opens Attune's IndexedDB. Call it only from extension-origin code (background, popup, options):
// IndexedDB opened in a content script would be the assistant page's storage, readable by the page.
import { openDB, type IDBPDatabase } from 'idb';
import { migrations, SCHEMA_VERSION, type Migration } from './migrations';
import type { AttuneSchema } from './schema';

export const DB_NAME = 'attune';
export type AttuneDB = IDBPDatabase<AttuneSchema>;

export async function openAttuneDB(name = DB_NAME, version = SCHEMA_VERSION): Promise<AttuneDB> {
  const db: AttuneDB = await openDB<AttuneSchema>(name, version, {
    async upgrade(upgrading, oldVersion, newVersion, tx) {
      // Migrations may touch stores of earlier versions (AttuneSchemaHistory).
      const stores = upgrading as unknown as Parameters<Migration>[0];
      const upgradeTx = tx as unknown as Parameters<Migration>[1];
      for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v]!(stores, upgradeTx);
    },
    blocking() {
      // A newer version of Attune wants to upgrade the schema: step aside so it can.
      db.close();
      if (shared) shared = null;
    },
  });
  return db;
}

let shared: Promise<AttuneDB> | null = null;

/** One connection per extension context, reopened after a schema upgrade closed it. */
export function getDB(): Promise<AttuneDB> {
  shared ??= openAttuneDB().catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
