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
import { mergeRecords } from './exchange';
import type { RatingJudgment } from '../shared/records';

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

describe('bucketed storage', () => {
  const keyOf = (i: number) => `chatgpt:m-${i}`;
  const many = (n: number) => Array.from({ length: n }, (_, i) => response({ key: keyOf(i), messageId: `m-${i}` }));

  it('keeps many records apart: every rating findable, clearing one leaves its bucket-mates', async () => {
    const responses = many(600);
    for (const [i, r] of responses.entries()) await setRating(db, r, 'inline', i % 3 === 0 ? 'down' : 'up', 1000 + i);
    expect(await allJudgments(db)).toHaveLength(600);
    await setRating(db, responses[7]!, 'inline', null, 5000);
    const labels = await getInlineRatings(db, responses.map((r) => r.key));
    expect(Object.keys(labels)).toHaveLength(599);
    expect(labels[keyOf(7)]).toBeUndefined();
    expect(labels[keyOf(9)]).toBe('down');
    expect(labels[keyOf(10)]).toBe('up');
    expect((await getStats(db)).observed).toBe(600);
  });

  it('orders as the old indexes did: all by updatedAt then id, recent by updatedAt then id, both descending', async () => {
    for (const i of [5, 3, 9, 1, 7]) await setRating(db, response({ key: keyOf(i), messageId: `m-${i}` }), 'inline', 'up', i < 5 ? 10 : 20);
    const ids = (await allJudgments(db)).map((j) => j.id);
    expect(ids).toEqual(['rating:inline:chatgpt:m-1', 'rating:inline:chatgpt:m-3', 'rating:inline:chatgpt:m-5', 'rating:inline:chatgpt:m-7', 'rating:inline:chatgpt:m-9']);
    expect((await recentJudgments(db, 3)).map((j) => j.id)).toEqual(['rating:inline:chatgpt:m-9', 'rating:inline:chatgpt:m-7', 'rating:inline:chatgpt:m-5']);
    expect((await recentJudgments(db, 10)).map((j) => j.id)).toEqual([...ids].reverse());
  });

  it('imports into buckets that already hold records without losing them, counting a repeated record once', async () => {
    await setRating(db, response(), 'inline', 'up', 10);
    const rated = (await allJudgments(db))[0] as RatingJudgment;
    const incoming = many(301)
      .slice(2)
      .map((r, i): RatingJudgment => ({ ...rated, id: `rating:inline:${r.key}`, responseKey: r.key, updatedAt: 100 + i }));
    const result = await mergeRecords(db, { judgments: [...incoming, { ...incoming[0]!, updatedAt: 999, label: 'down' as const }], responses: [] });
    expect(result.judgments).toEqual({ added: 299, updated: 1, unchanged: 0 });
    const all = await allJudgments(db);
    expect(all).toHaveLength(300);
    expect(all[0]).toEqual(rated);
    expect(all.find((j) => j.id === incoming[0]!.id)).toMatchObject({ updatedAt: 999, label: 'down' });
    expect((await recentJudgments(db, 3)).map((j) => j.updatedAt)).toEqual([999, 398, 397]);
    expect((await mergeRecords(db, { judgments: incoming, responses: [] })).judgments).toEqual({ added: 0, updated: 0, unchanged: 299 });
  });
});
