import { beforeEach, describe, expect, it } from 'vitest';
import { route, type RouterConfig } from './router';
import { openAttuneDB } from '../store/db';
import { allJudgments } from '../store/judgments';
import { response, uniqueDbName } from '../store/test-helpers';
import type { SiteHealth } from '../shared/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const content = { id: ID, url: 'https://chatgpt.com/c/6650d2c1-4b6e', tab: { id: 3 }, frameId: 0 };
const page = { id: ID, url: `${ORIGIN}src/ui/options/index.html` };

let config: RouterConfig;
let changes = 0;
beforeEach(async () => {
  const db = await openAttuneDB(uniqueDbName());
  changes = 0;
  config = { extensionId: ID, extensionOrigin: ORIGIN, context: { db: async () => db, judgmentsChanged: () => changes++, health: new Map<string, SiteHealth>() } };
});

const rate = { type: 'rating/set', payload: { response: response(), source: 'inline', label: 'up' } };

describe('background router', () => {
  it('stores a valid rating from a content script and acknowledges after commit', async () => {
    expect(await route(rate, content, config)).toEqual({ ok: true, value: { label: 'up' } });
    expect(await allJudgments(await config.context.db())).toHaveLength(1);
    expect(changes).toBe(1);
  });

  it.each([
    ['another extension', { ...content, id: 'someone-else' }],
    ['an unsupported site', { ...content, url: 'https://evil.example/c/1' }],
    ['a lookalike host', { ...content, url: 'https://chatgpt.com.evil.example/c/1' }],
    ['a page without a tab or extension url', { id: ID, url: 'https://chatgpt.com/' }],
  ])('rejects messages from %s', async (_name, sender) => {
    const reply = await route(rate, sender, config);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^rejected:/);
    expect(await allJudgments(await config.context.db())).toHaveLength(0);
  });

  it('does not let a content script delete data or read stats', async () => {
    for (const msg of [{ type: 'data/delete-all', payload: { confirm: 'delete-all' } }, { type: 'stats/get', payload: {} }]) {
      const reply = await route(msg, content, config);
      expect(!reply.ok && reply.error).toMatch(/^rejected: .* is not allowed from this sender/);
    }
    expect(await route({ type: 'stats/get', payload: {} }, page, config)).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it.each([
    ['unknown type', { type: 'judgments/drop', payload: {} }, /unknown request type/],
    ['extra envelope field', { ...rate, extra: 1 }, /message.extra: is not an allowed field/],
    ['wrong label', { ...rate, payload: { ...rate.payload, label: 'love' } }, /payload.label: must be one of/],
    ['wrong source', { ...rate, payload: { ...rate.payload, source: 'page' } }, /payload.source/],
    ['text as number', { ...rate, payload: { ...rate.payload, response: { ...response(), text: 5 } } }, /payload.response.text: must be a string/],
    ['oversize text', { ...rate, payload: { ...rate.payload, response: { ...response(), text: 'x'.repeat(200_001) } } }, /too long/],
    ['prototype pollution', JSON.parse('{"type":"rating/set","payload":{"__proto__":{"polluted":true}}}'), /forbidden key/],
    ['missing field', { type: 'rating/get', payload: {} }, /payload.keys: is missing/],
    ['not an object', 'rating/set', /message: must be an object/],
    ['bad site id', { ...rate, payload: { ...rate.payload, response: { ...response(), site: '<script>' } } }, /payload.response.site/],
  ])('rejects a malformed message: %s', async (_name, msg, error) => {
    const reply = await route(msg, content, config);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the safety bounds out of reach of messages: no request carries rules, and settings cannot hold any', async () => {
    const steering = { customLines: [], mutedAxes: [], pinnedAxes: [], edits: {}, autoInsert: {} };
    for (const settings of [{ steering, bounds: [] }, { steering: { ...steering, rules: [] } }, { steering: { ...steering, allow: ['*'] } }]) {
      const reply = await route({ type: 'settings/set', payload: { settings } }, page, config);
      expect(!reply.ok && reply.error).toMatch(/^rejected: .*is not an allowed field/);
    }
    const fromContent = await route({ type: 'settings/set', payload: { settings: { steering } } }, content, config);
    expect(!fromContent.ok && fromContent.error).toMatch(/not allowed from this sender/);
    expect(await route({ type: 'settings/set', payload: { settings: { steering } } }, page, config)).toMatchObject({ ok: true });
  });

  it('reports a failed write as retryable, not rejected', async () => {
    const broken: RouterConfig = { ...config, context: { ...config.context, db: async () => { throw new Error('disk full'); } } };
    expect(await route(rate, content, broken)).toEqual({ ok: false, error: 'failed: disk full' });
  });
});
