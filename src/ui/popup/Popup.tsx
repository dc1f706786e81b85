import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { request } from '../api';
import { adapterFor } from '../../sites/registry';
import type { Stats } from '../../shared/protocol';
import { ProfileSummary } from './ProfileSummary';

interface TabInfo {
  site: string | null;
}

export function Popup() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request('stats/get', {}).then(setStats, (e: unknown) => setError(String(e)));
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => setTab({ site: active?.url ? (adapterFor(active.url)?.name ?? null) : null }))
      .catch(() => setTab({ site: null }));
  }, []);

  return (
    <div>
      <h1>Attune</h1>
      {error && <p class="notice">{error}</p>}
      <p>
        <span class="big" data-attune="judgment-count">
          {stats ? stats.total : '…'}
        </span>{' '}
        <span class="muted">judgments stored on this device</span>
      </p>
      <p data-attune="site-status">
        {tab === null ? '…' : tab.site ? `${tab.site}: supported — rate answers with the Attune thumbs under each response.` : 'This tab is not a supported assistant.'}
      </p>
      <ProfileSummary />
      <p>
        <a href="#" data-attune="open-options" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          Your data, exports and settings
        </a>
      </p>
    </div>
  );
}
