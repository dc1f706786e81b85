// Messages between the options page and the import worker (src/import/worker.ts). The worker reads, checks and
// merges the file; the page only ever holds this summary, so parsing 100 MB never stalls the page.
import type { Progress } from '../export/task';
import type { ImportKind, ImportReport } from './index';

/** What the page shows for confirmation: the plan itself stays in the worker. */
export interface ImportPlanSummary {
  kind: ImportKind;
  file: string;
  judgments: number;
  responses: number;
  skipped: string[];
}

export type ToImportWorker = { type: 'check'; file: File } | { type: 'confirm' } | { type: 'cancel' };

export type FromImportWorker =
  | { type: 'progress'; progress: Progress }
  | { type: 'checked'; plan: ImportPlanSummary }
  | { type: 'imported'; report: ImportReport }
  | { type: 'failed'; name: string; message: string };
