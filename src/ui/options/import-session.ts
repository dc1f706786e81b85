// Runs an import for the options page: in a worker (src/import/worker.ts) where the page can start one, so reading,
// checking and merging a 100 MB file never stalls the page; in the page itself otherwise. Either way: check first,
// show the summary, merge on confirm; progress and cancel as for every exchange task.
import { getDB } from '../../store/db';
import { abortError, throwIfAborted, type TaskOptions } from '../../export/task';
import { applyImportPlan, readImportFile, type ImportReport } from '../../import';
import type { FromImportWorker, ImportPlanSummary, ToImportWorker } from '../../import/worker-messages';

export interface ImportSession {
  plan: ImportPlanSummary;
  /** Merges the checked file into the store (one transaction). */
  confirm(options: TaskOptions): Promise<ImportReport>;
  /** Drops the checked file. */
  close(): void;
}

/** Reads and checks a file; nothing is written until `confirm`. */
export async function checkImportFile(file: File, options: TaskOptions): Promise<ImportSession> {
  throwIfAborted(options.signal);
  if (typeof Worker === 'undefined') return checkInPage(file, options);
  const worker = new Worker(new URL('../../import/worker.ts', import.meta.url), { type: 'module' });
  /** Sends one request; resolves with the worker's outcome (after a cancel too: the worker says what happened). */
  const ask = <T extends FromImportWorker['type']>(message: ToImportWorker, answer: T, opts: TaskOptions) =>
    new Promise<Extract<FromImportWorker, { type: T }>>((resolve, reject) => {
      const onAbort = () => worker.postMessage({ type: 'cancel' } satisfies ToImportWorker);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => opts.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
        const m = event.data;
        if (m.type === 'progress') return opts.onProgress?.(m.progress);
        done();
        if (m.type === answer) resolve(m as Extract<FromImportWorker, { type: T }>);
        else if (m.type === 'failed') reject(m.name === 'AbortError' ? abortError() : new Error(m.message));
        else reject(new Error(`Unexpected answer from the import worker: ${m.type}`));
      };
      worker.onerror = (event) => {
        done();
        reject(new Error(`The import worker failed: ${event.message || 'could not start'}`));
      };
      worker.postMessage(message);
    });
  try {
    const { plan } = await ask({ type: 'check', file }, 'checked', options);
    return {
      plan,
      confirm: async (opts) => {
        try {
          return (await ask({ type: 'confirm' }, 'imported', opts)).report;
        } finally {
          worker.terminate();
        }
      },
      close: () => worker.terminate(),
    };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

async function checkInPage(file: File, options: TaskOptions): Promise<ImportSession> {
  const plan = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()), options);
  const { kind, judgments, responses, skipped } = plan;
  return {
    plan: { kind, file: plan.file, judgments: judgments.length, responses: responses.length, skipped },
    confirm: async (opts) => applyImportPlan(await getDB(), plan, opts),
    close: () => undefined,
  };
}
