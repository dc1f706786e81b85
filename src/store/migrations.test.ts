import { describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { openAttuneDB } from './db';
import { bucketOfV2, migrations, SCHEMA_VERSION } from './migrations';
import { BUCKET_COUNT, bucketOf } from './buckets';
import { stableHash, stableHashLow32 } from '../shared/hash';
import { setRating, allJudgments, allResponses, recordChoice, getInlineRatings, getStats, recentJudgments } from './judgments';
import { choice, response, uniqueDbName } from './test-helpers';
import { sampleJudgments, sampleResponses } from '../export/sample';
import type { Judgment, ObservedResponse } from '../shared/records';

/** Attune 0.1's v1 layout, frozen here: one record per judgment and per observed response. */
function openFrozenV1(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, {
    upgrade(db) {
      const j = db.createObjectStore('judgments', { keyPath: 'id' });
      j.createIndex('by-updated', 'updatedAt');
      j.createIndex('by-site', 'site');
      db.createObjectStore('responses', { keyPath: 'key' }).createIndex('by-observed', 'observedAt');
      db.createObjectStore('meta');
    },
  });
}

/** Writes records as schema version `version` stored them; returns what must be found after upgrading. */
const writers: Record<number, (name: string) => Promise<{ judgments: Judgment[]; responses: ObservedResponse[] }>> = {
  1: async (name) => {
    const judgments = sampleJudgments(500, 17);
    const responses = sampleResponses(judgments);
    const v1 = await openFrozenV1(name);
    const tx = v1.transaction(['judgments', 'responses'], 'readwrite');
    await Promise.all([...judgments.map((j) => tx.objectStore('judgments').put(j)), ...responses.map((r) => tx.objectStore('responses').put(r))]);
    await tx.done;
    v1.close();
    return { judgments, responses };
  },
};

const byUpdated = (a: Judgment, b: Judgment) => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1);
const byKey = (a: ObservedResponse, b: ObservedResponse) => (a.key < b.key ? -1 : 1);

describe('schema migrations', () => {
  it('numbers every version: the schema version is the count of migrations', () => {
    expect(SCHEMA_VERSION).toBe(migrations.length);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('creates the v1 stores and indexes from nothing', async () => {
    const db = await openAttuneDB(uniqueDbName(), 1);
    expect([...db.objectStoreNames].sort()).toEqual(['judgments', 'meta', 'responses']);
    expect([...(db as unknown as IDBPDatabase).transaction('judgments').store.indexNames].sort()).toEqual(['by-site', 'by-updated']);
    db.close();
  });

  it('creates the bucketed stores (v2) from nothing, and no v1 store', async () => {
    const db = await openAttuneDB(uniqueDbName());
    expect([...db.objectStoreNames].sort()).toEqual(['judgmentBuckets', 'meta', 'responseBuckets']);
    db.close();
  });

  it('keeps migration 2 and live writes agreeing on every record’s bucket', () => {
    const ids = [...sampleJudgments(1000, 5).map((j) => j.id), 'rating:inline:chatgpt:m-1', '', 'é∂😀'];
    for (const id of ids) {
      expect(bucketOf(id), id).toBe(bucketOfV2(id));
      expect(stableHashLow32(id) % 2 ** 24, id).toBe(Number.parseInt(stableHash(id).slice(-6), 16));
    }
    // Spread: 5,000 keys fill every bucket, none with more than twice its share.
    const counts = new Map<number, number>();
    for (let i = 0; i < 5000; i++) counts.set(bucketOf(`rating:inline:chatgpt:m-${i}`), (counts.get(bucketOf(`rating:inline:chatgpt:m-${i}`)) ?? 0) + 1);
    expect(counts.size).toBe(BUCKET_COUNT);
    expect(Math.max(...counts.values())).toBeLessThan((2 * 5000) / BUCKET_COUNT);
    expect(BUCKET_COUNT).toBe(256);
  });

  it('upgrades a database written at every earlier version with every record intact', async () => {
    for (let from = 1; from < SCHEMA_VERSION; from++) {
      expect(writers[from], `a writer for schema version ${from}`).toBeDefined();
      const name = uniqueDbName();
      const written = await writers[from]!(name);
      const upgraded = await openAttuneDB(name);
      expect(upgraded.version).toBe(SCHEMA_VERSION);
      expect(await allJudgments(upgraded)).toEqual([...written.judgments].sort(byUpdated));
      expect(await allResponses(upgraded)).toEqual([...written.responses].sort(byKey));
      expect(await recentJudgments(upgraded, 7)).toEqual([...written.judgments].sort(byUpdated).reverse().slice(0, 7));
      upgraded.close();
    }
  });

  it('opens a v1 database exactly as Attune 0.1 wrote it (frozen copy of the v1 layout), records intact and live', async () => {
    const name = uniqueDbName();
    const v1 = await openFrozenV1(name);
    const rating = {
      id: 'rating:inline:chatgpt:m-1', kind: 'rating', site: 'chatgpt', conversationId: 'c-1', prompt: 'p', source: 'inline',
      weight: 0.7, createdAt: 1, updatedAt: 2, responseKey: 'chatgpt:m-1', completion: 'c', label: 'up', model: null,
    };
    await v1.put('judgments', rating);
    await v1.put('responses', response());
    await v1.put('meta', { steering: { customLines: ['Be brief.'] } }, 'settings');
    v1.close();
    const db = await openAttuneDB(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['judgmentBuckets', 'meta', 'responseBuckets']);
    expect(await allJudgments(db)).toEqual([rating]);
    expect(await allResponses(db)).toEqual([response()]);
    expect(await db.get('meta', 'settings')).toEqual({ steering: { customLines: ['Be brief.'] } });
    // Live reads and writes find the migrated records where they are: an update, not a duplicate.
    expect(await getInlineRatings(db, ['chatgpt:m-1'])).toEqual({ 'chatgpt:m-1': 'up' });
    await setRating(db, response(), 'inline', 'down', 3);
    await recordChoice(db, choice(), 4);
    expect(await allJudgments(db)).toMatchObject([{ id: rating.id, label: 'down', createdAt: 1, updatedAt: 3 }, { kind: 'choice' }]);
    expect(await getStats(db)).toMatchObject({ total: 2, observed: 1 });
    db.close();
  });

  it('refuses to open a database from a newer Attune rather than losing its data', async () => {
    const name = uniqueDbName();
    const future = await openDB(name, SCHEMA_VERSION + 1);
    future.close();
    await expect(openAttuneDB(name)).rejects.toThrow();
  });
});
