// Runs the options page's imports and exports in a worker (exchange-worker.ts) where the page can start one, so
// reading, checking and merging a 100 MB file, or making one, never stalls the page; in the page itself
// otherwise. Progress and cancel work as for every exchange task.
import { getDB } from '../../store/db';
import { recentJudgments } from '../../store/judgments';
import type { Judgment } from '../../shared/records';
import { abortError, throwIfAborted, type TaskOptions } from '../../export/task';
import { exportFromStore, type ExportKind, type ExportResult } from '../../export/run';
import type { ExportFilter } from '../../export/formats';
import { applyImportPlan, readImportFile, type ImportReport } from '../../import';
import type { FromExchangeWorker, ImportPlanSummary, ToExchangeWorker } from './exchange-messages';

export interface ImportSession {
  plan: ImportPlanSummary;
  /** Merges the checked file into the store (one transaction). */
  confirm(options: TaskOptions): Promise<ImportReport>;
  /** Drops the checked file. */
  close(): void;
}

type Answer<T extends FromExchangeWorker['type']> = Extract<FromExchangeWorker, { type: T }>;

function startWorker(): { ask<T extends FromExchangeWorker['type']>(message: ToExchangeWorker, answer: T, options: TaskOptions): Promise<Answer<T>>; close(): void } {
  const worker = new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' });
  return {
    /** Sends one request; resolves with the worker's outcome (after a cancel too: the worker says what happened). */
    ask: (message, answer, options) =>
      new Promise((resolve, reject) => {
        const onAbort = () => worker.postMessage({ type: 'cancel' } satisfies ToExchangeWorker);
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => options.signal?.removeEventListener('abort', onAbort);
        worker.onmessage = (event: MessageEvent<FromExchangeWorker>) => {
          const m = event.data;
          if (m.type === 'progress') return options.onProgress?.(m.progress);
          done();
          if (m.type === answer) resolve(m as Answer<typeof answer>);
          else if (m.type === 'failed') reject(m.name === 'AbortError' ? abortError() : new Error(m.message));
          else reject(new Error(`Unexpected answer from the exchange worker: ${m.type}`));
        };
        worker.onerror = (event) => {
          done();
          reject(new Error(`The exchange worker failed: ${event.message || 'it could not start'}`));
        };
        worker.postMessage(message);
      }),
    close: () => worker.terminate(),
  };
}

/** Reads and checks a file; nothing is written until `confirm`. */
export async function checkImportFile(file: File, options: TaskOptions): Promise<ImportSession> {
  throwIfAborted(options.signal);
  if (typeof Worker === 'undefined') return checkInPage(file, options);
  const worker = startWorker();
  try {
    const { plan } = await worker.ask({ type: 'check', file }, 'checked', options);
    return {
      plan,
      confirm: async (opts) => {
        try {
          return (await worker.ask({ type: 'confirm' }, 'imported', opts)).report;
        } finally {
          worker.close();
        }
      },
      close: worker.close,
    };
  } catch (error) {
    worker.close();
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

/** The `limit` most recently changed judgments (the store is read in the worker: it means reading every bucket). */
export async function readRecentJudgments(limit: number): Promise<Judgment[]> {
  if (typeof Worker === 'undefined') return recentJudgments(await getDB(), limit);
  const worker = startWorker();
  try {
    return (await worker.ask({ type: 'recent', limit }, 'recent', {})).judgments;
  } finally {
    worker.close();
  }
}

/** Makes an export file (as Blobs). */
export async function exportFile(kind: ExportKind, filter: ExportFilter | undefined, options: TaskOptions): Promise<ExportResult> {
  throwIfAborted(options.signal);
  if (typeof Worker === 'undefined') return exportFromStore(await getDB(), kind, { ...options, blobs: true, ...(filter ? { filter } : {}) });
  const worker = startWorker();
  try {
    return (await worker.ask({ type: 'export', kind, ...(filter ? { filter } : {}) }, 'exported', options)).result;
  } finally {
    worker.close();
  }
}
