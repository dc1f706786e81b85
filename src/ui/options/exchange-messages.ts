// Messages between the options page and its exchange worker (exchange-worker.ts). The worker reads, checks and
// merges imports, makes exports and picks the recent judgments out of the whole store; the page only ever holds
// summaries, finished Blobs and the few records it shows, so 100 MB of records never stall the page.
import type { Progress } from '../../export/task';
import type { ExportFilter } from '../../export/formats';
import type { ExportKind, ExportResult } from '../../export/run';
import type { ImportKind, ImportReport } from '../../import';
import type { Judgment } from '../../shared/records';

/** What the page shows for confirmation: the plan itself stays in the worker. */
export interface ImportPlanSummary {
  kind: ImportKind;
  file: string;
  judgments: number;
  responses: number;
  skipped: string[];
}

export type ToExchangeWorker =
  | { type: 'check'; file: File }
  | { type: 'confirm' }
  | { type: 'export'; kind: ExportKind; filter?: ExportFilter }
  | { type: 'recent'; limit: number }
  | { type: 'cancel' };

export type FromExchangeWorker =
  | { type: 'progress'; progress: Progress }
  | { type: 'checked'; plan: ImportPlanSummary }
  | { type: 'imported'; report: ImportReport }
  | { type: 'exported'; result: ExportResult }
  | { type: 'recent'; judgments: Judgment[] }
  | { type: 'failed'; name: string; message: string };
