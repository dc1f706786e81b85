// The current tab's site in the popup: "working", "degraded: can't find feedback buttons", "not a conversation
// page". Asks the tab's content script first (live), else the background's last report for the site.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { request } from '../api';
import { adapterFor } from '../../sites/registry';
import type { SiteHealth } from '../../shared/protocol';
import { describeSite, type SiteStatusView } from './site-status';

async function currentStatus(): Promise<SiteStatusView> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const adapter = active?.url ? adapterFor(active.url) : null;
  if (!active?.url || !adapter) return describeSite(null, null, null);
  const url = new URL(active.url);
  let health: SiteHealth | null = null;
  if (active.id !== undefined) {
    health = (await browser.tabs.sendMessage(active.id, { type: 'health/now', payload: {} }).catch(() => null)) as SiteHealth | null;
  }
  health ??= (await request('health/get', { site: adapter.id }).catch(() => ({ health: null }))).health;
  return describeSite(adapter, url, health);
}

export function SiteStatus() {
  const [status, setStatus] = useState<SiteStatusView | null>(null);
  useEffect(() => {
    currentStatus().then(setStatus, () => setStatus(describeSite(null, null, null)));
  }, []);
  return (
    <p data-attune="site-status" data-status={status?.kind ?? 'pending'}>
      {status === null ? '…' : <span class={`status ${status.kind}`}>{status.text}</span>}
    </p>
  );
}
