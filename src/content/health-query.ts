// The popup asks a tab's content script for its live health with this message (browser.tabs.sendMessage): the
// background's copy is lost whenever its worker sleeps. Only this extension can message its content scripts
// (tabs.sendMessage); the sender's id and, where given, its URL must be this extension's own.
import type { SiteHealth } from '../shared/protocol';

export const HEALTH_QUERY = 'attune/health-now';

interface Sender {
  id?: string;
  url?: string;
}
interface OnMessage {
  addListener(fn: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => void): void;
  removeListener(fn: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => void): void;
}
interface RuntimeWithEvents {
  id?: string;
  getURL?(path: string): string;
  onMessage?: OnMessage;
}

/** Answers health queries until the returned function is called. */
export function answerHealthQueries(health: () => SiteHealth): () => void {
  const g = globalThis as { browser?: { runtime?: RuntimeWithEvents }; chrome?: { runtime?: RuntimeWithEvents } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime?.onMessage) return () => {};
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== HEALTH_QUERY || sender.id !== runtime.id) return;
    // (An extension page open in a tab has sender.tab in Firefox, so that is no test.)
    const own = runtime.getURL?.('');
    if (own && sender.url && !sender.url.startsWith(own)) return;
    try {
      sendResponse(health());
    } catch {
      sendResponse(null);
    }
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage?.removeListener(listener);
}
