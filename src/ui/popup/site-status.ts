// What the popup says about the current tab's site: supported? a conversation page? is the adapter healthy?
import type { SiteAdapter } from '../../sites/adapter';
import type { SiteHealth } from '../../shared/protocol';

export type SiteStatusKind = 'unsupported' | 'not-conversation' | 'working' | 'degraded' | 'unknown';

export interface SiteStatusView {
  kind: SiteStatusKind;
  text: string;
}

/** `health` is the latest report for this site (from the page itself or the background), if any. */
export function describeSite(adapter: SiteAdapter | null, url: URL | null, health: SiteHealth | null): SiteStatusView {
  if (!adapter || !url) return { kind: 'unsupported', text: 'This tab is not a supported assistant.' };
  const name = adapter.name;
  if (!adapter.isConversation(url)) return { kind: 'not-conversation', text: `${name}: not a conversation page — open a chat to rate answers.` };
  // A report about another page of the same site says little about this one.
  const fresh = health && health.site === adapter.id && samePage(health.url, url) ? health : null;
  if (fresh?.status === 'degraded' && fresh.missing.length > 0) {
    return { kind: 'degraded', text: `${name}: degraded: can't find ${fresh.missing.join(', ')}. The site may have changed; Attune keeps what it can.` };
  }
  if (fresh?.status === 'working') return { kind: 'working', text: `${name}: working — rate answers with the Attune thumbs under each response.` };
  return { kind: 'unknown', text: `${name}: supported — reload the page if the Attune thumbs do not appear.` };
}

function samePage(reported: string, url: URL): boolean {
  try {
    const r = new URL(reported);
    return r.origin === url.origin && r.pathname === url.pathname;
  } catch {
    return false;
  }
}
