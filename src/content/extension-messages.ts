// Requests the extension sends to this tab (popup, keyboard shortcut, background). One listener, one sender check:
// only this extension's own pages and worker may ask anything (never a page, never another extension).
import type { TabRequests } from '../shared/protocol';

type Handlers = { [K in keyof TabRequests]?: (payload: TabRequests[K]['payload']) => TabRequests[K]['result'] | Promise<TabRequests[K]['result']> };

interface Sender {
  id?: string;
  url?: string;
}
type Listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => boolean | undefined;
interface RuntimeWithEvents {
  id?: string;
  getURL?(path: string): string;
  onMessage?: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
}

/** Answers the given request types until the returned function is called. */
export function answerExtension(handlers: Handlers): () => void {
  const g = globalThis as { browser?: { runtime?: RuntimeWithEvents }; chrome?: { runtime?: RuntimeWithEvents } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime?.onMessage) return () => {};
  const listener: Listener = (message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    // An extension page open in a tab has sender.tab in Firefox, so that is no test; its URL is.
    const own = runtime.getURL?.('');
    if (sender.id !== runtime.id || !own || !sender.url?.startsWith(own)) return undefined;
    const handler = handlers[type as keyof TabRequests] as (payload: unknown) => unknown;
    Promise.resolve()
      .then(() => handler((message as { payload?: unknown }).payload ?? {}))
      .then(sendResponse, () => sendResponse(null));
    return true; // the reply comes asynchronously (works in every Chrome and Firefox version)
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage?.removeListener(listener);
}
