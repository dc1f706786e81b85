import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { request } from '../api';
import type { Stats } from '../../shared/protocol';
import { ProfileSummary } from './ProfileSummary';
import { SiteStatus } from './SiteStatus';
import { InsertSteering } from './InsertSteering';

export function Popup() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request('stats/get', {}).then(setStats, (e: unknown) => setError(String(e)));
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
      <SiteStatus />
      <InsertSteering />
      <ProfileSummary />
      <p>
        <a href="#" data-attune="open-options" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          Your data, exports and settings
        </a>
      </p>
    </div>
  );
}
