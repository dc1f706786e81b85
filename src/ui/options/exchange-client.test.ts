// The page fallback of exchange-client.ts (where no Worker exists, as here in Node): the same contract as the worker
// path the end-to-end tests drive — check first, nothing written until confirm, cancel changes nothing.
import { describe, expect, it } from 'vitest';
import { backupV1Text } from '../../import/fixtures';
import { getDB } from '../../store/db';
import { allJudgments, deleteAll } from '../../store/judgments';
import { checkImportFile, exportFile, readRecentJudgments } from './exchange-client';

const backupFile = () => new File([backupV1Text()], 'attune-backup.json', { type: 'application/json' });

describe('exchange client (in the page, without a worker)', () => {
  it('checks without writing, imports on confirm, and exports what it imported', async () => {
    expect(typeof Worker).toBe('undefined');
    const db = await getDB();
    await deleteAll(db);
    const session = await checkImportFile(backupFile(), {});
    expect(session.plan).toEqual({ kind: 'attune-backup', file: 'attune-backup.json', judgments: 4, responses: 2, skipped: [] });
    expect(await allJudgments(db)).toHaveLength(0);
    const report = await session.confirm({});
    expect(report.judgments).toEqual({ added: 4, updated: 0, unchanged: 0 });
    const out = await exportFile('backup', undefined, {});
    expect(out.parts.every((p) => p instanceof Blob)).toBe(true);
    const text = await new Blob(out.parts).text();
    expect((JSON.parse(text) as { judgments: unknown[] }).judgments).toHaveLength(4);
    const kto = await new Blob((await exportFile('kto', { sites: ['nowhere'] }, {})).parts).text();
    expect(kto).toBe('');
    const recent = await readRecentJudgments(3);
    const newest = (await allJudgments(db)).reverse().slice(0, 3);
    expect(recent.map((j) => j.id)).toEqual(newest.map((j) => j.id));
  });

  it('cancelled, it writes nothing and says so with an AbortError', async () => {
    const db = await getDB();
    await deleteAll(db);
    const controller = new AbortController();
    const session = await checkImportFile(backupFile(), {});
    controller.abort();
    await expect(session.confirm({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(checkImportFile(backupFile(), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(exportFile('csv', undefined, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await allJudgments(db)).toHaveLength(0);
  });
});
