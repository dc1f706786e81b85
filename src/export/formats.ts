// Export formats. Each is a pure function of stored records (per record, so the streaming exporter in run.ts,
// the CLI and tests share them). Field contracts are documented in docs/formats.md and checked by formats.test.ts.
import type { ChoiceJudgment, Judgment, ObservedResponse, RatingJudgment } from '../shared/records';
import { RECORD_SCHEMA_VERSION } from '../store/schema';
import { classifyContext } from '../model/context';
import type { ContextName } from '../model/profile-types';

export const BACKUP_FORMAT = 'attune-backup';
/** Version of the backup file layout. Bump it (and add a step in src/import/backup.ts) when the layout changes. */
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  /** The user's steering settings (pinned, muted, edited and custom lines); absent when never set. */
  settings?: unknown;
  judgments: Judgment[];
  responses: ObservedResponse[];
}

export type RecordFormat = 'kto' | 'trl' | 'openai' | 'csv';

/** Which judgments an export includes. Empty or missing fields mean "no restriction". */
export interface ExportFilter {
  sites?: readonly string[];
  contexts?: readonly ContextName[];
  /** Inclusive bounds on the judgment's last update, in ms since the epoch. */
  from?: number | null;
  to?: number | null;
}

export const isRating = (j: Judgment): j is RatingJudgment => j.kind === 'rating';
export const isPreference = (j: Judgment): j is ChoiceJudgment => j.kind === 'choice' && j.outcome === 'preference';

/** The filter as a predicate (context is classified from the prompt, as the model does). */
export function matchesFilter(filter: ExportFilter | undefined): (j: Judgment) => boolean {
  if (!filter) return () => true;
  const sites = filter.sites?.length ? new Set(filter.sites) : null;
  const contexts = filter.contexts?.length ? new Set<string>(filter.contexts) : null;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  return (j) =>
    (!sites || sites.has(j.site)) && j.updatedAt >= from && j.updatedAt <= to && (!contexts || contexts.has(classifyContext(j.prompt)));
}

const iso = (ms: number): string => new Date(ms).toISOString();

// ── TRL KTO (thumbs) ───────────────────────────────────────────────────────────────────────────────────────
export interface KtoRow {
  prompt: string;
  completion: string;
  label: boolean;
  weight: number;
  at: string;
  source: string;
  site: string;
}

export function ktoRow(j: RatingJudgment): KtoRow {
  return { prompt: j.prompt, completion: j.completion, label: j.label === 'up', weight: j.weight, at: iso(j.updatedAt), source: j.source, site: j.site };
}

// ── TRL preference (choices) ───────────────────────────────────────────────────────────────────────────────
export interface TrlRow {
  prompt: string;
  chosen: string;
  rejected: string;
  weight: number;
  at: string;
  source: string;
  site: string;
}

export function trlRow(j: ChoiceJudgment): TrlRow {
  return { prompt: j.prompt, chosen: j.chosen, rejected: j.rejected, weight: j.weight, at: iso(j.updatedAt), source: j.source, site: j.site };
}

// ── OpenAI preference fine-tuning (DPO) ────────────────────────────────────────────────────────────────────
export interface OpenAiPreferenceRow {
  input: { messages: { role: 'user'; content: string }[] };
  preferred_output: { role: 'assistant'; content: string }[];
  non_preferred_output: { role: 'assistant'; content: string }[];
}

/** Exactly the fields OpenAI's preference fine-tuning accepts; nothing else (it rejects unknown fields). */
export function openAiRow(j: ChoiceJudgment): OpenAiPreferenceRow {
  return {
    input: { messages: [{ role: 'user', content: j.prompt }] },
    preferred_output: [{ role: 'assistant', content: j.chosen }],
    non_preferred_output: [{ role: 'assistant', content: j.rejected }],
  };
}

// ── CSV (RFC 4180) ─────────────────────────────────────────────────────────────────────────────────────────
export const CSV_COLUMNS = [
  'id',
  'kind',
  'site',
  'context',
  'source',
  'weight',
  'created_at',
  'updated_at',
  'conversation_id',
  'prompt',
  'label',
  'completion',
  'outcome',
  'chosen',
  'rejected',
  'model',
  'chosen_model',
  'rejected_model',
] as const;

/**
 * One CSV cell: quoted when it holds a comma, quote, CR or LF (quotes doubled), and — so a spreadsheet never runs
 * a prompt as a formula — prefixed with ' when it starts with = + - @ (or a tab / carriage return, which some
 * spreadsheets strip before reading a formula).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

export function csvRow(j: Judgment): string {
  const r = j.kind === 'rating' ? j : null;
  const c = j.kind === 'choice' ? j : null;
  const cells: (string | number | null)[] = [
    j.id,
    j.kind,
    j.site,
    classifyContext(j.prompt),
    j.source,
    j.weight,
    iso(j.createdAt),
    iso(j.updatedAt),
    j.conversationId,
    j.prompt,
    r ? r.label : null,
    r ? r.completion : null,
    c ? c.outcome : null,
    c ? c.chosen : null,
    c ? c.rejected : null,
    r ? r.model : null,
    c ? c.chosenModel : null,
    c ? c.rejectedModel : null,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The line (or CSV row) a judgment contributes to a format, or null when the format leaves it out. */
export function formatLine(format: RecordFormat, j: Judgment): string | null {
  switch (format) {
    case 'kto':
      return isRating(j) ? `${JSON.stringify(ktoRow(j))}\n` : null;
    case 'trl':
      return isPreference(j) ? `${JSON.stringify(trlRow(j))}\n` : null;
    case 'openai':
      return isPreference(j) ? `${JSON.stringify(openAiRow(j))}\n` : null;
    case 'csv':
      return csvRow(j);
  }
}

/** The whole file of one record format (in memory; run.ts streams the same lines for large stores). */
export function toRecordFile(format: RecordFormat, judgments: Iterable<Judgment>, filter?: ExportFilter): string {
  const keep = matchesFilter(filter);
  let out = format === 'csv' ? CSV_HEADER : '';
  for (const j of judgments) {
    if (!keep(j)) continue;
    const line = formatLine(format, j);
    if (line !== null) out += line;
  }
  return out;
}

/** Thumbs as TRL KTO lines: {"prompt","completion","label"} (label true = thumbs up), plus weight and time. */
export const toKtoJsonl = (judgments: readonly Judgment[], filter?: ExportFilter): string => toRecordFile('kto', judgments, filter);

/** Side-by-side choices as TRL preference lines: {"prompt","chosen","rejected"}. Ties carry no preference and are left out. */
export const toTrlJsonl = (judgments: readonly Judgment[], filter?: ExportFilter): string => toRecordFile('trl', judgments, filter);

/** Choices in OpenAI's preference fine-tuning layout. */
export const toOpenAiPreferenceJsonl = (judgments: readonly Judgment[], filter?: ExportFilter): string =>
  toRecordFile('openai', judgments, filter);

export const toCsv = (judgments: readonly Judgment[], filter?: ExportFilter): string => toRecordFile('csv', judgments, filter);

// ── Full backup ────────────────────────────────────────────────────────────────────────────────────────────
/** Everything needed to restore exactly. */
export function toBackup(judgments: readonly Judgment[], responses: readonly ObservedResponse[], now = new Date(), settings?: unknown): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: RECORD_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    ...(settings === undefined ? {} : { settings }),
    judgments: [...judgments],
    responses: [...responses],
  };
}

/** The opening of a streamed backup file; records follow one per line, then backupMiddle, then backupEnd. */
export function backupHead(now = new Date(), settings?: unknown): string {
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: RECORD_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    ...(settings === undefined ? {} : { settings }),
  });
  return `${head.slice(0, -1)},\n"judgments":[\n`;
}
export const backupMiddle = '],\n"responses":[\n';
export const backupEnd = ']}\n';

export const FORMAT_FILES: Readonly<Record<RecordFormat | 'backup', { name: string; type: string }>> = {
  kto: { name: 'attune-thumbs-kto', type: 'application/jsonl' },
  trl: { name: 'attune-choices-trl', type: 'application/jsonl' },
  openai: { name: 'attune-choices-openai-preference', type: 'application/jsonl' },
  csv: { name: 'attune-judgments', type: 'text/csv' },
  backup: { name: 'attune-backup', type: 'application/json' },
};
