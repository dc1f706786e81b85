// Adapter health: on a conversation page, the adapter checks itself (responses? feedback buttons? composer?).
// Something missing for longer than a grace period (pages render late, responses stream) makes the site
// "degraded"; the popup shows what is missing. Only changes are reported.
import type { SelfCheck, SiteAdapter } from '../sites/adapter';
import type { SiteHealth } from '../shared/protocol';

/** What each check means to a user ("degraded: can't find feedback buttons"). */
export const MISSING_WORDS: Readonly<Record<keyof SelfCheck, string>> = { responses: 'responses', feedback: 'feedback buttons', composer: 'message box' };

export interface HealthMonitor {
  /**
   * Checks now. Returns the health to report when it changed (or when `force`), and in how many ms to check
   * again if something is missing but still within its grace period.
   */
  check(force?: boolean): { report: SiteHealth | null; recheckInMs: number | null };
}

export function createHealthMonitor(adapter: SiteAdapter, doc: Document, now: () => number, graceMs = 10_000): HealthMonitor {
  const missingSince = new Map<keyof SelfCheck, number>();
  let lastPath = '';
  let lastReported = '';

  return {
    check(force = false) {
      const href = doc.location?.href ?? '';
      const url = new URL(href);
      const t = now();
      if (url.pathname !== lastPath) missingSince.clear(); // another page: its own grace period
      lastPath = url.pathname;
      let status: SiteHealth['status'] = 'not-conversation';
      const missing: string[] = [];
      let recheckInMs: number | null = null;
      if (adapter.isConversation(url)) {
        let result: SelfCheck;
        try {
          result = adapter.selfCheck(doc);
        } catch {
          result = { responses: false, feedback: false, composer: false };
        }
        for (const key of Object.keys(MISSING_WORDS) as (keyof SelfCheck)[]) {
          if (result[key]) {
            missingSince.delete(key);
            continue;
          }
          const since = missingSince.get(key) ?? t;
          missingSince.set(key, since);
          if (t - since >= graceMs) missing.push(MISSING_WORDS[key]);
          else recheckInMs = Math.min(recheckInMs ?? Infinity, since + graceMs - t);
        }
        status = missing.length > 0 ? 'degraded' : 'working';
      } else {
        missingSince.clear();
      }
      const signature = `${status}:${missing.join(',')}`;
      const changed = force || signature !== lastReported;
      lastReported = signature;
      return { report: changed ? { site: adapter.id, status, missing, url: (url.origin + url.pathname).slice(0, 2048), checkedAt: Math.floor(t) } : null, recheckInMs };
    },
  };
}
