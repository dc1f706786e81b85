// Options page: import an Attune backup, TRL / KTO / OpenAI JSONL, or ChatGPT's data export (.zip). The file is
// read and checked completely first; nothing is written until the person confirms what will be imported, and
// then everything is written in one transaction (src/import, src/store/exchange.ts). The work runs in a worker
// (exchange-client.ts), so the page stays responsive.
import { useState } from 'preact/hooks';
import { describeReport, IMPORT_KIND_NAMES } from '../../import';
import { TaskStatus, useExchangeTask } from './DataExport';
import { checkImportFile, type ImportSession } from './exchange-client';

export function DataImport({ onImported }: { onImported: () => void | Promise<void> }) {
  const task = useExchangeTask();
  const [session, setSession] = useState<ImportSession | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const plan = session?.plan ?? null;

  const drop = () => {
    session?.close();
    setSession(null);
  };

  const choose = async (file: File | undefined) => {
    drop();
    if (!file) return;
    const checked = await task.run(
      'Checking the file',
      (options) => checkImportFile(file, options),
      ({ plan: p }) =>
        `Checked "${p.file}": ${IMPORT_KIND_NAMES[p.kind]} with ${p.judgments.toLocaleString()} judgments${p.skipped.length ? ` (${p.skipped.length} ${p.skipped.length === 1 ? 'entry' : 'entries'} cannot be used)` : ''}. Nothing is imported until you confirm.`,
    );
    setSession(checked);
    setInputKey((k) => k + 1);
  };

  const confirm = async (s: ImportSession) => {
    setSession(null);
    const report = await task.run('Importing', (options) => s.confirm(options), describeReport);
    if (report) await onImported();
  };

  return (
    <section data-attune="data-import">
      <h2>Import</h2>
      <p class="muted">
        An Attune backup (merged: nothing is duplicated, newer edits win), thumbs or choices as TRL / KTO / OpenAI JSONL, or your ChatGPT data
        export (the .zip from ChatGPT’s Settings → Data controls → Export data), to start from the thumbs and comparisons you already gave.
        The file is read here; nothing is sent anywhere.
      </p>
      <div class="row">
        <input
          key={inputKey}
          type="file"
          data-attune="import-file"
          accept=".json,.jsonl,.zip,application/json,application/zip"
          disabled={task.busy}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      {session && plan && (
        <div class="notice" role="alertdialog" aria-label="Confirm import" data-attune="import-preview">
          <p>
            Import {plan.judgments.toLocaleString()} judgments{plan.responses ? ` and ${plan.responses.toLocaleString()} observed answers` : ''} from “{plan.file}” ({IMPORT_KIND_NAMES[plan.kind]})?
          </p>
          {plan.skipped.length > 0 && (
            <ul class="muted">
              {plan.skipped.slice(0, 5).map((s) => (
                <li key={s}>{s}</li>
              ))}
              {plan.skipped.length > 5 && <li>… and {plan.skipped.length - 5} more</li>}
            </ul>
          )}
          <div class="row">
            <button class="primary" data-attune="import-confirm" onClick={() => void confirm(session)}>Import</button>
            <button data-attune="import-cancel" onClick={drop}>Cancel</button>
          </div>
        </div>
      )}
      <TaskStatus task={task} name="import" />
    </section>
  );
}
