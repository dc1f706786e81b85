// Content script → background requests. A write is acknowledged only after the background committed it; until
// then it is retried with backoff (the worker may be asleep or restarting), so a click is never lost while the
// tab stays open. When the extension is reloaded or removed, the context is invalidated and we stop quietly.
import type { ContentRequests, Reply } from '../shared/protocol';

type Type = keyof ContentRequests;
export type Transport = (message: { type: Type; payload: unknown }) => Promise<unknown>;

export class ContextInvalidated extends Error {}

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** The extension runtime of this content script (Firefox `browser`, Chrome `chrome`; both return promises in MV3). */
export function extensionRuntime(): RuntimeLike | undefined {
  const g = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

export const runtimeTransport: Transport = async (message) => {
  const runtime = extensionRuntime();
  if (!runtime?.id) throw new ContextInvalidated('extension context invalidated');
  try {
    return await runtime.sendMessage(message);
  } catch (error) {
    if (/context invalidated/i.test(String(error))) throw new ContextInvalidated(String(error));
    throw error;
  }
};

export interface MessengerOptions {
  transport?: Transport;
  /** Delays between attempts, in ms; the last one repeats until the write lands or the page goes away. */
  backoff?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  /** Called once when the extension context is gone. */
  onInvalidated?: () => void;
}

export class BackgroundError extends Error {}

export function createMessenger(options: MessengerOptions = {}) {
  const transport = options.transport ?? runtimeTransport;
  const backoff = options.backoff ?? [200, 500, 1000, 2000, 5000, 10000];
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let invalidated = false;

  async function once<K extends Type>(type: K, payload: ContentRequests[K]['payload']): Promise<ContentRequests[K]['result']> {
    const reply = (await transport({ type, payload })) as Reply<ContentRequests[K]['result']> | undefined;
    if (!reply || typeof reply !== 'object') throw new Error('no reply from the background worker');
    if (!reply.ok) throw new BackgroundError(reply.error);
    return reply.value;
  }

  /** Sends until acknowledged. Validation errors from the background are final (retrying cannot fix them). */
  async function send<K extends Type>(type: K, payload: ContentRequests[K]['payload']): Promise<ContentRequests[K]['result']> {
    for (let attempt = 0; ; attempt++) {
      if (invalidated) throw new ContextInvalidated('extension context invalidated');
      try {
        return await once(type, payload);
      } catch (error) {
        if (error instanceof ContextInvalidated) {
          if (!invalidated) {
            invalidated = true;
            options.onInvalidated?.();
          }
          throw error;
        }
        if (error instanceof BackgroundError && /^rejected:/.test(error.message)) throw error;
        await sleep(backoff[Math.min(attempt, backoff.length - 1)]!);
      }
    }
  }

  return { send, get invalidated() { return invalidated; } };
}

export type Messenger = ReturnType<typeof createMessenger>;
