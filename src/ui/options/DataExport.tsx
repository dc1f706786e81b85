// Options page: exports (record formats with filters, full backup, profile and preference card), with progress
// and cancel. The work itself is in src/export (pure formats, streamed store reads); this is only the UI.
import { useRef, useState } from 'preact/hooks';
import { getDB } from '../../store/db';
import { dateStamp, type ExportKind } from '../../export/run';
import { exportFile } from './exchange-client';
import { profileExportFromStore } from '../../export/profile-source';
import { isAbortError, type Progress, type TaskOptions } from '../../export/task';
import { CONTEXTS, CONTEXT_DESCRIPTIONS } from '../../model/context';
import type { ContextName } from '../../model/profile-types';
import type { ExportFilter } from '../../export/formats';
import { downloadFile } from '../download';

/** One long-running exchange task at a time, with progress, cancel and a result or error message. */
export function useExchangeTask() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean; ms?: number } | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function run<T>(phase: string, work: (options: TaskOptions) => Promise<T>, done: (result: T) => string): Promise<T | null> {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setMessage(null);
    setProgress({ phase, done: 0, total: null });
    let last = 0;
    const started = performance.now();
    try {
      const result = await work({
        signal: c.signal,
        onProgress: (p) => {
          // Re-render at most ~20 times a second.
          const now = performance.now();
          if (now - last > 50) {
            last = now;
            setProgress(p);
          }
        },
      });
      const text = done(result);
      setMessage({ text, error: false, ms: Math.round(performance.now() - started) });
      return result;
    } catch (error) {
      setMessage(isAbortError(error) ? { text: 'Cancelled. Nothing was changed.', error: false } : { text: error instanceof Error ? error.message : String(error), error: true });
      return null;
    } finally {
      if (controller.current === c) controller.current = null;
      setProgress(null);
    }
  }
  return { progress, message, setMessage, run, cancel: () => controller.current?.abort(), busy: progress !== null };
}

export function TaskStatus({ task, name }: { task: ReturnType<typeof useExchangeTask>; name: string }) {
  const { progress, message } = task;
  return (
    <div aria-live="polite">
      {progress && (
        <div class="row" data-attune={`${name}-progress`}>
          <span>{progress.phase}…</span>
          <progress max={progress.total ?? undefined} value={progress.total ? progress.done : undefined} />
          <span class="muted">{progress.total ? `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}` : progress.done ? progress.done.toLocaleString() : ''}</span>
          <button data-attune={`${name}-cancel`} onClick={task.cancel}>Cancel</button>
        </div>
      )}
      {message && (
        <p class="notice" role={message.error ? 'alert' : 'status'} data-attune={`${name}-status`} data-error={message.error ? 'true' : 'false'} data-ms={message.ms}>
          {message.text}
        </p>
      )}
    </div>
  );
}

const dayStart = (value: string): number | null => (value ? Date.parse(`${value}T00:00:00`) : null);
const dayEnd = (value: string): number | null => (value ? Date.parse(`${value}T23:59:59.999`) : null);

export function DataExport({ sites, names }: { sites: readonly string[]; names: ReadonlyMap<string, string> }) {
  const task = useExchangeTask();
  const [siteFilter, setSiteFilter] = useState<string[]>([]);
  const [contextFilter, setContextFilter] = useState<ContextName[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [card, setCard] = useState<string | null>(null);

  const filter = (): ExportFilter => ({ sites: siteFilter, contexts: contextFilter, from: dayStart(from), to: dayEnd(to) });
  const filtered = siteFilter.length + contextFilter.length > 0 || from !== '' || to !== '';

  const exportAs = (kind: ExportKind) =>
    task.run(
      'Exporting',
      async (options) => {
        // In a worker (exchange-client.ts): the page only receives the finished file.
        const out = await exportFile(kind, kind === 'backup' ? undefined : filter(), options);
        downloadFile(out.filename, out.parts, out.type);
        return out;
      },
      (out) => `Exported ${out.count.toLocaleString()} judgments to ${out.filename}.`,
    );

  const exportProfile = (as: 'json' | 'card' | 'show') =>
    task.run(
      'Building your profile',
      async () => profileExportFromStore(await getDB()),
      (doc) => {
        if (as === 'json') downloadFile(`attune-profile-${dateStamp()}.json`, [`${JSON.stringify(doc, null, 2)}\n`], 'application/json');
        else if (as === 'card') downloadFile(`attune-preference-card-${dateStamp()}.txt`, [doc.card], 'text/plain');
        setCard(doc.card);
        return as === 'show' ? 'Your preference card is below: copy it into any assistant’s custom instructions.' : `Exported your profile (${doc.judgments} judgments).`;
      },
    );

  const toggle = <T,>(list: T[], item: T, set: (next: T[]) => void) => set(list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  return (
    <section data-attune="data-export">
      <h2>Export</h2>
      <p class="muted">Files are made here, in your browser, and saved through its normal download flow.</p>
      <div class="row">
        <button data-attune="export-kto" disabled={task.busy} onClick={() => void exportAs('kto')}>Thumbs (TRL KTO JSONL)</button>
        <button data-attune="export-trl" disabled={task.busy} onClick={() => void exportAs('trl')}>Choices (TRL preference JSONL)</button>
        <button data-attune="export-openai" disabled={task.busy} onClick={() => void exportAs('openai')}>Choices (OpenAI preference JSONL)</button>
        <button data-attune="export-csv" disabled={task.busy} onClick={() => void exportAs('csv')}>Everything (CSV)</button>
      </div>
      <details data-attune="export-filters">
        <summary>Filters for these four{filtered ? ' (active)' : ''}</summary>
        <div class="row">
          <span class="muted">Sites:</span>
          {sites.map((s) => (
            <label key={s}>
              <input type="checkbox" data-attune-site={s} checked={siteFilter.includes(s)} onChange={() => toggle(siteFilter, s, setSiteFilter)} /> {names.get(s) ?? s}
            </label>
          ))}
        </div>
        <div class="row">
          <span class="muted">Kinds of request:</span>
          {CONTEXTS.map((c) => (
            <label key={c} title={CONTEXT_DESCRIPTIONS[c]}>
              <input type="checkbox" data-attune-context={c} checked={contextFilter.includes(c)} onChange={() => toggle(contextFilter, c, setContextFilter)} /> {c}
            </label>
          ))}
        </div>
        <div class="row">
          <label>
            From <input type="date" data-attune="export-from" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
          </label>
          <label>
            to <input type="date" data-attune="export-to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          </label>
          <span class="muted">(empty = no limit; no box ticked = all)</span>
        </div>
      </details>
      <div class="row">
        <button data-attune="export-json" disabled={task.busy} onClick={() => void exportAs('backup')}>Full backup (JSON)</button>
        <button data-attune="export-profile" disabled={task.busy} onClick={() => void exportProfile('json')}>Profile (JSON)</button>
        <button data-attune="export-card" disabled={task.busy} onClick={() => void exportProfile('card')}>Preference card (text)</button>
        <button data-attune="show-card" disabled={task.busy} onClick={() => void exportProfile('show')}>Show card to copy</button>
      </div>
      <TaskStatus task={task} name="export" />
      {card !== null && (
        <div>
          <textarea data-attune="preference-card" readOnly rows={10} style={{ width: '100%' }} value={card} />
          <button data-attune="copy-card" onClick={() => void navigator.clipboard.writeText(card).then(() => task.setMessage({ text: 'Copied.', error: false }))}>
            Copy
          </button>
        </div>
      )}
    </section>
  );
}
