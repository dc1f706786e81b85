// The options page's exchange worker: one per task. Import: "check" reads and checks the file and keeps the plan;
// "confirm" merges it in one transaction. Export: "export" makes the file as Blobs. The same code as without a
// worker (src/import, src/export, src/store/exchange.ts). "recent" reads the whole store for the few newest judgments. "cancel" aborts whichever runs; the worker always
// answers with the outcome, so the page says "nothing was changed" only when nothing was.
import { openAttuneDB } from '../../store/db';
import { recentJudgments } from '../../store/judgments';
import { exportFromStore } from '../../export/run';
import type { TaskOptions } from '../../export/task';
import { applyImportPlan, readImportFile, type ImportPlan } from '../../import';
import type { FromExchangeWorker, ToExchangeWorker } from './exchange-messages';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ToExchangeWorker>) => void) | null; postMessage(message: FromExchangeWorker): void };
let plan: ImportPlan | null = null;
let controller = new AbortController();

const options = (): TaskOptions => ({ signal: controller.signal, onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) });

async function withDB<T>(work: (db: Awaited<ReturnType<typeof openAttuneDB>>) => Promise<T>): Promise<T> {
  const db = await openAttuneDB();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function handle(message: ToExchangeWorker): Promise<void> {
  if (message.type === 'cancel') {
    controller.abort();
    return;
  }
  controller = new AbortController();
  try {
    if (message.type === 'check') {
      plan = await readImportFile(message.file.name, new Uint8Array(await message.file.arrayBuffer()), options());
      const { kind, file, judgments, responses, skipped } = plan;
      scope.postMessage({ type: 'checked', plan: { kind, file, judgments: judgments.length, responses: responses.length, skipped } });
    } else if (message.type === 'confirm') {
      const checked = plan;
      if (!checked) throw new Error('No checked file to import');
      const report = await withDB((db) => applyImportPlan(db, checked, options()));
      plan = null;
      scope.postMessage({ type: 'imported', report });
    } else if (message.type === 'recent') {
      const { limit } = message;
      scope.postMessage({ type: 'recent', judgments: await withDB((db) => recentJudgments(db, limit)) });
    } else {
      const { kind, filter } = message;
      const result = await withDB((db) => exportFromStore(db, kind, { ...options(), blobs: true, ...(filter ? { filter } : {}) }));
      scope.postMessage({ type: 'exported', result });
    }
  } catch (error) {
    const e = error instanceof Error || error instanceof DOMException ? error : new Error(String(error));
    scope.postMessage({ type: 'failed', name: e.name, message: e.message });
  }
}

scope.onmessage = (event) => void handle(event.data);
