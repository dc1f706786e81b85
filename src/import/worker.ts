// The import worker: one per chosen file. It reads and checks the file ("check"), keeps the plan, and on
// "confirm" merges it into the store in one transaction (the same code as without a worker: src/import/index.ts,
// src/store/exchange.ts). "cancel" aborts whichever runs; the worker always answers with the outcome, so the page
// says "nothing was changed" only when nothing was.
import { openAttuneDB } from '../store/db';
import { applyImportPlan, readImportFile, type ImportPlan } from './index';
import type { TaskOptions } from '../export/task';
import type { FromImportWorker, ToImportWorker } from './worker-messages';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null; postMessage(message: FromImportWorker): void };
let plan: ImportPlan | null = null;
let controller = new AbortController();

const options = (): TaskOptions => ({ signal: controller.signal, onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) });

async function handle(message: ToImportWorker): Promise<void> {
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
    } else {
      if (!plan) throw new Error('No checked file to import');
      const db = await openAttuneDB();
      try {
        const report = await applyImportPlan(db, plan, options());
        plan = null;
        scope.postMessage({ type: 'imported', report });
      } finally {
        db.close();
      }
    }
  } catch (error) {
    const e = error instanceof Error || error instanceof DOMException ? error : new Error(String(error));
    scope.postMessage({ type: 'failed', name: e.name, message: e.message });
  }
}

scope.onmessage = (event) => void handle(event.data);
