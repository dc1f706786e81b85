import { afterEach, describe, expect, it } from 'vitest';
import { answerHealthQueries, HEALTH_QUERY } from './health-query';
import type { SiteHealth } from '../shared/protocol';

type Listener = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => void;
const health: SiteHealth = { site: 'claude', status: 'working', missing: [], url: 'https://claude.ai/chat/x', checkedAt: 1 };

function fakeRuntime() {
  const listeners = new Set<Listener>();
  const runtime = {
    id: 'attune-id',
    getURL: (p: string) => `chrome-extension://attune-id/${p}`,
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  const ask = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) => {
    let reply: unknown = 'no reply';
    for (const l of listeners) l(message, sender, (r) => (reply = r));
    return reply;
  };
  return { ask, listeners };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('health queries from the popup', () => {
  it('answers this extension\'s pages (in a tab or not) with the live health', () => {
    const { ask } = fakeRuntime();
    answerHealthQueries(() => health);
    expect(ask({ type: HEALTH_QUERY }, { id: 'attune-id', url: 'chrome-extension://attune-id/src/ui/popup/index.html' })).toEqual(health);
    expect(ask({ type: HEALTH_QUERY }, { id: 'attune-id', url: 'chrome-extension://attune-id/src/ui/options/index.html', tab: { id: 3 } })).toEqual(health);
  });

  it('ignores other extensions, other pages and other messages, and stops when told', () => {
    const { ask, listeners } = fakeRuntime();
    const stop = answerHealthQueries(() => health);
    expect(ask({ type: HEALTH_QUERY }, { id: 'someone-else' })).toBe('no reply');
    expect(ask({ type: HEALTH_QUERY }, { id: 'attune-id', url: 'https://claude.ai/chat/x' })).toBe('no reply');
    expect(ask({ type: 'steering/insert' }, { id: 'attune-id' })).toBe('no reply');
    stop();
    expect(listeners.size).toBe(0);
  });
});
