// The popup asks a tab's content script for its live health with this message (browser.tabs.sendMessage): the
// background's copy is lost whenever its worker sleeps. Only this extension can message its content scripts, and
// only its pages (no tab) are answered.
import type { SiteHealth } from '../shared/protocol';

export const HEALTH_QUERY = 'attune/health-now';

interface Sender {
  id?: string;
  tab?: unknown;
}
interface OnMessage {
  addListener(fn: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => void): void;
  removeListener(fn: (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => void): void;
}
interface RuntimeWithEvents {
  id?: string;
  onMessage?: OnMessage;
}

/** Answers health queries until the returned function is called. */
export function answerHealthQueries(health: () => SiteHealth): () => void {
  const g = globalThis as { browser?: { runtime?: RuntimeWithEvents }; chrome?: { runtime?: RuntimeWithEvents } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime?.onMessage) return () => {};
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== HEALTH_QUERY || sender.id !== runtime.id || sender.tab) return;
    try {
      sendResponse(health());
    } catch {
      sendResponse(null);
    }
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage?.removeListener(listener);
}
