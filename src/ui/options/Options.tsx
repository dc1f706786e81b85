import { useCallback, useEffect, useState } from 'preact/hooks';
import { request } from '../api';
import { readRecentJudgments } from './exchange-client';
import { DataExport } from './DataExport';
import { DataImport } from './DataImport';
import { SteeringSettings } from './SteeringSettings';
import { adapters } from '../../sites/registry';
import type { Stats } from '../../shared/protocol';
import type { Judgment } from '../../shared/records';

const excerpt = (text: string, n = 220) => (text.length > n ? `${text.slice(0, n)}…` : text);

export function Options() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [recent, setRecent] = useState<Judgment[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    // Both at once, so the counts and the recent list never disagree on screen.
    const [nextStats, nextRecent] = await Promise.all([request('stats/get', {}), readRecentJudgments(20)]);
    setStats(nextStats);
    setRecent(nextRecent);
  }, []);

  useEffect(() => {
    refresh().catch((e: unknown) => setMessage(`Could not read your data: ${String(e)}`));
  }, [refresh]);

  const deleteEverything = async () => {
    const { deleted } = await request('data/delete-all', { confirm: 'delete-all' });
    setConfirming(false);
    setMessage(`Deleted ${deleted} judgments and every observed response.`);
    await refresh();
  };

  const names = new Map(adapters.map((a) => [a.id, a.name]));
  return (
    <main>
      <h1>Attune</h1>
      <p class="muted">Everything below lives only in this browser. Nothing is sent anywhere.</p>
      {message && <p class="notice" role="status">{message}</p>}

      <h2>Judgments</h2>
      <p>
        <span class="big" data-attune="judgment-count">{stats ? stats.total : '…'}</span>{' '}
        <span class="muted">
          {stats ? `(${stats.ratings} thumbs, ${stats.choices} side-by-side choices; ${stats.observed} responses observed)` : ''}
        </span>
      </p>
      <table data-attune="site-counts">
        <tbody>
          {Object.entries(stats?.bySite ?? {}).map(([site, n]) => (
            <tr key={site}>
              <td>{names.get(site) ?? site}</td>
              <td data-site={site}>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <SteeringSettings />

      <DataExport sites={Object.keys(stats?.bySite ?? {})} names={names} />
      <DataImport onImported={refresh} />

      <h2>Recent judgments</h2>
      <table data-attune="recent">
        <tbody>
          {recent.map((j) => (
            <tr key={j.id}>
              <td>{names.get(j.site) ?? j.site}</td>
              <td>{j.kind === 'rating' ? (j.label === 'up' ? '👍' : '👎') : j.outcome === 'preference' ? 'chose' : j.outcome}</td>
              <td>
                <div class="excerpt muted">{excerpt(j.prompt, 120)}</div>
                <div class="excerpt">{excerpt(j.kind === 'rating' ? j.completion : j.chosen)}</div>
              </td>
              <td class="muted">{j.source}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Delete</h2>
      {!confirming ? (
        <button class="danger" data-attune="delete-all" onClick={() => setConfirming(true)}>Delete all data…</button>
      ) : (
        <div class="notice" role="alertdialog" aria-label="Confirm deletion">
          <p>Delete all {stats?.total ?? ''} judgments and every observed response from this browser? This cannot be undone; export a backup first if you may want them back.</p>
          <div class="row">
            <button class="danger" data-attune="delete-confirm" onClick={() => void deleteEverything()}>Delete everything</button>
            <button data-attune="delete-cancel" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </div>
      )}
    </main>
  );
}
