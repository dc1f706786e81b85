// Import pipeline: recognise the file, read and validate ALL of it (nothing is written yet), then merge it into
// the store in one transaction (store/exchange.ts). Any problem → ImportError naming file, place and field, and
// the store is untouched. Progress and cancellation run through every step.
import type { AttuneDB } from '../store/db';
import { mergeRecords, type MergeResult } from '../store/exchange';
import type { Judgment, ObservedResponse } from '../shared/records';
import { throwIfAborted, type TaskOptions } from '../export/task';
import { parseBackup } from './backup';
import { isZip, parseChatGptExport } from './chatgpt';
import { ImportError } from './errors';
import { parseJsonl } from './jsonl';
import { decodeUtf8 } from './safe-json';

export { ImportError } from './errors';

export type ImportKind = 'attune-backup' | 'jsonl' | 'chatgpt-export';

export interface ImportPlan {
  kind: ImportKind;
  file: string;
  judgments: Judgment[];
  responses: ObservedResponse[];
  /** Steering settings carried by a backup. */
  settings?: unknown;
  /** Entries left out (with why), e.g. a ChatGPT thumb whose answer is not in the export. */
  skipped: string[];
}

export interface ImportReport {
  kind: ImportKind;
  file: string;
  judgments: MergeResult;
  responses: MergeResult;
  /** The backup's steering settings were restored (only when this browser had none). */
  settingsRestored: boolean;
  skipped: string[];
}

export const IMPORT_KIND_NAMES: Readonly<Record<ImportKind, string>> = {
  'attune-backup': 'Attune backup',
  jsonl: 'TRL / KTO JSONL',
  'chatgpt-export': 'ChatGPT data export',
};

/** Reads and validates a file completely. Writes nothing. */
export async function readImportFile(name: string, bytes: Uint8Array, options: TaskOptions & { now?: number } = {}): Promise<ImportPlan> {
  throwIfAborted(options.signal);
  if (bytes.byteLength === 0) throw new ImportError(name, '', 'is empty');
  if (isZip(bytes) || /\.zip$/i.test(name)) {
    const { judgments, responses, skipped } = await parseChatGptExport(bytes, name, options);
    return { kind: 'chatgpt-export', file: name, judgments, responses, skipped };
  }
  const text = decodeUtf8(bytes, name);
  const head = text.slice(0, 400).trimStart();
  if (/^<(!doctype|html|script)/i.test(head)) throw new ImportError(name, '', 'is an HTML page, not an export (did the download save a web page?)');
  if (/\.jsonl$/i.test(name) || (!/\.json$/i.test(name) && !/^\{\s*"format"\s*:\s*"attune-backup"/.test(head))) {
    return { kind: 'jsonl', file: name, judgments: await parseJsonl(text, name, options), responses: [], skipped: [] };
  }
  const { judgments, responses, settings } = await parseBackup(text, name, options);
  return { kind: 'attune-backup', file: name, judgments, responses, skipped: [], ...(settings ? { settings } : {}) };
}

/** Reads, validates, then merges a file into the store in one transaction. */
export async function importFile(db: AttuneDB, name: string, bytes: Uint8Array, options: TaskOptions & { now?: number } = {}): Promise<ImportReport> {
  const plan = await readImportFile(name, bytes, options);
  return applyImportPlan(db, plan, options);
}

export async function applyImportPlan(db: AttuneDB, plan: ImportPlan, options: TaskOptions = {}): Promise<ImportReport> {
  const merged = await mergeRecords(db, plan, options);
  return { kind: plan.kind, file: plan.file, skipped: plan.skipped, ...merged };
}

/** One line for the UI. */
export function describeReport(r: ImportReport): string {
  const j = r.judgments;
  const parts = [`${IMPORT_KIND_NAMES[r.kind]} "${r.file}": ${j.added} new judgments, ${j.updated} updated, ${j.unchanged} already here`];
  if (r.settingsRestored) parts.push('steering settings restored');
  if (r.responses.added + r.responses.updated > 0) parts.push(`${r.responses.added + r.responses.updated} observed answers added or updated`);
  if (r.skipped.length) parts.push(`${r.skipped.length} ${r.skipped.length === 1 ? 'entry' : 'entries'} skipped (${r.skipped.slice(0, 3).join('; ')}${r.skipped.length > 3 ? '; …' : ''})`);
  return `${parts.join('; ')}.`;
}
