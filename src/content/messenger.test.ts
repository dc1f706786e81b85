import { describe, expect, it, vi } from 'vitest';
import { ContextInvalidated, createMessenger, type Transport } from './messenger';

const noSleep = async () => {};

describe('content messenger', () => {
  it('retries until the background acknowledges (worker asleep, write failed), then resolves', async () => {
    let calls = 0;
    const transport: Transport = async () => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (calls === 2) return undefined; // the worker woke up without a listener yet
      if (calls === 3) return { ok: false, error: 'failed: QuotaExceededError' };
      return { ok: true, value: { label: 'up' } };
    };
    const m = createMessenger({ transport, sleep: noSleep });
    await expect(m.send('rating/get', { keys: [] })).resolves.toEqual({ label: 'up' });
    expect(calls).toBe(4);
  });

  it('does not retry a rejected message (retrying cannot fix it)', async () => {
    const transport = vi.fn<Transport>(async () => ({ ok: false, error: 'rejected: payload.label: must be one of' }));
    const m = createMessenger({ transport, sleep: noSleep });
    await expect(m.send('rating/get', { keys: [] })).rejects.toThrow(/rejected/);
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('stops for good when the extension context is invalidated', async () => {
    const onInvalidated = vi.fn();
    const m = createMessenger({ transport: async () => { throw new ContextInvalidated('gone'); }, sleep: noSleep, onInvalidated });
    await expect(m.send('rating/get', { keys: [] })).rejects.toBeInstanceOf(ContextInvalidated);
    await expect(m.send('rating/get', { keys: [] })).rejects.toBeInstanceOf(ContextInvalidated);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    expect(m.invalidated).toBe(true);
  });

  it('backs off with growing delays', async () => {
    const delays: number[] = [];
    let calls = 0;
    const transport: Transport = async () => (++calls < 5 ? Promise.reject(new Error('asleep')) : { ok: true, value: {} });
    const m = createMessenger({ transport, sleep: async (ms) => void delays.push(ms), backoff: [10, 20, 40] });
    await m.send('rating/get', { keys: [] });
    expect(delays).toEqual([10, 20, 40, 40]);
  });
});
