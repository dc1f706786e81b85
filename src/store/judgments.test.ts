import { beforeEach, describe, expect, it } from 'vitest';
import { openAttuneDB, type AttuneDB } from './db';
import {
  allJudgments,
  deleteAll,
  getInlineRatings,
  getStats,
  observeResponse,
  recentJudgments,
  recordChoice,
  setRating,
} from './judgments';
import { choice, response, uniqueDbName } from './test-helpers';

let db: AttuneDB;
beforeEach(async () => {
  db = await openAttuneDB(uniqueDbName());
});

describe('ratings', () => {
  it('stores, changes and clears one rating per source and response, never duplicating', async () => {
    await setRating(db, response(), 'inline', 'up', 10);
    await setRating(db, response(), 'inline', 'up', 20);
    expect(await allJudgments(db)).toHaveLength(1);
    await setRating(db, response(), 'inline', 'down', 30);
    let [j] = await allJudgments(db);
    expect(j).toMatchObject({ kind: 'rating', label: 'down', createdAt: 10, updatedAt: 30, source: 'inline', weight: 0.7 });
    await setRating(db, response(), 'vendor', 'up', 40);
    expect(await allJudgments(db)).toHaveLength(2);
    await setRating(db, response(), 'inline', null, 50);
    [j] = await allJudgments(db);
    expect(j).toMatchObject({ source: 'vendor', label: 'up' });
  });

  it('reports inline ratings by response key for drawing the controls', async () => {
    await setRating(db, response(), 'inline', 'down');
    await setRating(db, response({ key: 'chatgpt:m-2', messageId: 'm-2' }), 'vendor', 'up');
    expect(await getInlineRatings(db, ['chatgpt:m-1', 'chatgpt:m-2', 'chatgpt:none'])).toEqual({ 'chatgpt:m-1': 'down' });
  });

  it('fills a prompt that an earlier sighting missed (virtualized threads)', async () => {
    await observeResponse(db, response({ prompt: '' }));
    await setRating(db, response(), 'inline', 'up');
    const [j] = await allJudgments(db);
    expect(j).toMatchObject({ prompt: 'How do I sort a list?' });
  });
});

describe('observed responses', () => {
  it('stores each response once and reports whether anything changed', async () => {
    expect(await observeResponse(db, response())).toBe(true);
    expect(await observeResponse(db, response({ observedAt: 99 }))).toBe(false);
    expect(await observeResponse(db, response({ text: 'Use `sorted()` or `list.sort()`.' }))).toBe(true);
    expect((await getStats(db)).observed).toBe(1);
  });
});

describe('choices', () => {
  it('records a choice once however often it is reported', async () => {
    const a = await recordChoice(db, choice(), 1);
    const b = await recordChoice(db, choice(), 2);
    expect(a).toBe(b);
    const all = await allJudgments(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ kind: 'choice', chosen: 'Cold rain on maples', rejected: 'Rain is wet.', createdAt: 1, updatedAt: 2, weight: 1 });
  });

  it('keeps the opposite choice as a separate judgment, and a tie the same in either order', async () => {
    await recordChoice(db, choice());
    await recordChoice(db, choice({ chosen: 'Rain is wet.', rejected: 'Cold rain on maples' }));
    expect(await allJudgments(db)).toHaveLength(2);
    const t1 = await recordChoice(db, choice({ outcome: 'tie' }));
    const t2 = await recordChoice(db, choice({ outcome: 'tie', chosen: 'Rain is wet.', rejected: 'Cold rain on maples' }));
    expect(t1).toBe(t2);
  });
});

describe('stats, recent, delete', () => {
  it('counts per site and kind, lists recent first, and deletes everything', async () => {
    await setRating(db, response(), 'inline', 'up', 1);
    await setRating(db, response({ key: 'claude:h:1', site: 'claude', messageId: null }), 'inline', 'down', 3);
    await recordChoice(db, choice(), 2);
    expect(await getStats(db)).toEqual({ total: 3, ratings: 2, choices: 1, bySite: { chatgpt: 2, claude: 1 }, observed: 2 });
    expect((await recentJudgments(db, 2)).map((j) => j.updatedAt)).toEqual([3, 2]);
    expect(await deleteAll(db)).toBe(3);
    expect(await getStats(db)).toEqual({ total: 0, ratings: 0, choices: 0, bySite: {}, observed: 0 });
  });
});
