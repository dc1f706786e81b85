import { afterEach, describe, expect, it } from 'vitest';
import { answerExtension } from './extension-messages';
import type { SiteHealth } from '../shared/protocol';

type Listener = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => boolean | undefined;
const health: SiteHealth = { site: 'claude', status: 'working', missing: [], url: 'https://claude.ai/chat/x', checkedAt: 1 };
const POPUP = { id: 'attune-id', url: 'chrome-extension://attune-id/src/ui/popup/index.html' };

function fakeRuntime() {
  const listeners = new Set<Listener>();
  const runtime = {
    id: 'attune-id',
    getURL: (p: string) => `chrome-extension://attune-id/${p}`,
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  const ask = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) =>
    new Promise<unknown>((resolve) => {
      let async = false;
      for (const l of listeners) async = l(message, sender, resolve) === true || async;
      if (!async) resolve('no reply');
    });
  return { ask, listeners };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('requests from the extension to a tab', () => {
  it("answers this extension's pages (in a tab or not), asynchronously", async () => {
    const { ask } = fakeRuntime();
    answerExtension({ 'health/now': () => health, 'steering/insert': async () => ({ ok: true }) });
    expect(await ask({ type: 'health/now', payload: {} }, POPUP)).toEqual(health);
    expect(await ask({ type: 'health/now' }, { ...POPUP, url: 'chrome-extension://attune-id/src/ui/options/index.html', tab: { id: 3 } })).toEqual(health);
    expect(await ask({ type: 'steering/insert', payload: {} }, POPUP)).toEqual({ ok: true });
  });

  it('ignores other extensions, pages, unknown types and stops when told', async () => {
    const { ask, listeners } = fakeRuntime();
    const stop = answerExtension({ 'health/now': () => health });
    expect(await ask({ type: 'health/now' }, { id: 'someone-else', url: POPUP.url })).toBe('no reply');
    expect(await ask({ type: 'health/now' }, { id: 'attune-id', url: 'https://claude.ai/chat/x' })).toBe('no reply');
    expect(await ask({ type: 'health/now' }, { id: 'attune-id' })).toBe('no reply');
    expect(await ask({ type: 'steering/insert' }, POPUP)).toBe('no reply');
    expect(await ask({ type: '__proto__' }, POPUP)).toBe('no reply');
    stop();
    expect(listeners.size).toBe(0);
  });

  it('replies null when a handler fails, instead of leaving the sender waiting', async () => {
    const { ask } = fakeRuntime();
    answerExtension({ 'health/now': () => { throw new Error('adapter bug'); } });
    expect(await ask({ type: 'health/now' }, POPUP)).toBeNull();
  });
});
