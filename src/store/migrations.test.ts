import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openAttuneDB } from './db';
import { migrations, SCHEMA_VERSION } from './migrations';
import { setRating, allJudgments, recordChoice } from './judgments';
import { choice, response, uniqueDbName } from './test-helpers';

describe('schema migrations', () => {
  it('numbers every version: the schema version is the count of migrations', () => {
    expect(SCHEMA_VERSION).toBe(migrations.length);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('creates the v1 stores and indexes from nothing', async () => {
    const db = await openAttuneDB(uniqueDbName(), 1);
    expect([...db.objectStoreNames].sort()).toEqual(['judgments', 'meta', 'responses']);
    expect([...db.transaction('judgments').store.indexNames].sort()).toEqual(['by-site', 'by-updated']);
    db.close();
  });

  it('upgrades a database written at every earlier version with every record intact', async () => {
    for (let from = 1; from < SCHEMA_VERSION; from++) {
      const name = uniqueDbName();
      const old = await openAttuneDB(name, from);
      await setRating(old, response(), 'inline', 'up', 5);
      await recordChoice(old, choice(), 6);
      const before = await allJudgments(old);
      old.close();
      const upgraded = await openAttuneDB(name);
      expect(await allJudgments(upgraded)).toEqual(before);
      upgraded.close();
    }
  });

  it('opens a v1 database exactly as Attune 0.1 wrote it (frozen copy of the v1 layout), records intact', async () => {
    const name = uniqueDbName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const j = db.createObjectStore('judgments', { keyPath: 'id' });
        j.createIndex('by-updated', 'updatedAt');
        j.createIndex('by-site', 'site');
        db.createObjectStore('responses', { keyPath: 'key' }).createIndex('by-observed', 'observedAt');
        db.createObjectStore('meta');
      },
    });
    const rating = {
      id: 'rating:inline:chatgpt:m-1', kind: 'rating', site: 'chatgpt', conversationId: 'c-1', prompt: 'p', source: 'inline',
      weight: 0.7, createdAt: 1, updatedAt: 2, responseKey: 'chatgpt:m-1', completion: 'c', label: 'up', model: null,
    };
    await v1.put('judgments', rating);
    await v1.put('responses', response());
    v1.close();
    const db = await openAttuneDB(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(await allJudgments(db)).toEqual([rating]);
    expect(await db.getAll('responses')).toEqual([response()]);
    db.close();
  });

  it('refuses to open a database from a newer Attune rather than losing its data', async () => {
    const name = uniqueDbName();
    const future = await openDB(name, SCHEMA_VERSION + 1);
    future.close();
    await expect(openAttuneDB(name)).rejects.toThrow();
  });
});
