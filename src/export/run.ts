// Exports straight from the store: records are read batch by batch (store/exchange.ts) and turned into text
// parts as they arrive, so 100,000 judgments never sit in memory as one array plus one string.
import type { AttuneDB } from '../store/db';
import { countRecords, readInBatches, SETTINGS_META_KEY } from '../store/exchange';
import type { Judgment } from '../shared/records';
import {
  backupEnd,
  backupHead,
  backupMiddle,
  CSV_HEADER,
  FORMAT_FILES,
  formatLine,
  matchesFilter,
  type ExportFilter,
  type RecordFormat,
} from './formats';
import { throwIfAborted, type TaskOptions } from './task';

export type ExportKind = RecordFormat | 'backup';

export interface ExportResult {
  filename: string;
  type: string;
  /** Parts in order; `new Blob(parts)` is the file. Text, or (option `blobs`) one Blob per batch. */
  parts: BlobPart[];
  /** Judgments written (lines / rows / backup records). */
  count: number;
}

export const dateStamp = (d = new Date()): string => d.toISOString().slice(0, 10);

const EXTENSIONS: Record<ExportKind, string> = { kto: 'jsonl', trl: 'jsonl', openai: 'jsonl', csv: 'csv', backup: 'json' };

export async function exportFromStore(
  db: AttuneDB,
  kind: ExportKind,
  options: TaskOptions & {
    filter?: ExportFilter;
    now?: Date;
    /** Turn each batch into a Blob as it is made (in a page: the browser then holds the file, not one huge string). */
    blobs?: boolean;
  } = {},
): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const { name, type } = FORMAT_FILES[kind];
  const filename = `${name}-${dateStamp(now)}.${EXTENSIONS[kind]}`;
  const totals = await countRecords(db);
  const out: BlobPart[] = [];
  const parts = { push: (x: string) => out.push(options.blobs ? new Blob([x]) : x) };
  const finish = (): BlobPart[] => out;
  let count = 0;
  const progress = (phase: string, done: number, total: number) => options.onProgress?.({ phase, done, total });

  if (kind === 'backup') {
    const total = totals.judgments + totals.responses;
    parts.push(backupHead(now, await db.get('meta', SETTINGS_META_KEY)));
    let current: 'judgments' | 'responses' = 'judgments';
    let firstInStore = true;
    let done = 0;
    await readInBatches(
      db,
      ['judgments', 'responses'],
      (store, records) => {
        if (store !== current) {
          parts.push(`\n${backupMiddle}`);
          current = store;
          firstInStore = true;
        }
        // One record per line: a person can read the file, and an import error can name the line.
        const body = records.map((r) => JSON.stringify(r)).join(',\n');
        parts.push(firstInStore ? body : `,\n${body}`);
        firstInStore = false;
        if (store === 'judgments') count += records.length;
        done += records.length;
        progress(store === 'judgments' ? 'Writing judgments' : 'Writing observed responses', done, total);
      },
      { signal: options.signal },
    );
    if (current === 'judgments') parts.push(`\n${backupMiddle}`);
    parts.push(`\n${backupEnd}`);
    throwIfAborted(options.signal);
    return { filename, type, parts: finish(), count };
  }

  const keep = matchesFilter(options.filter);
  // Lines come out oldest judgment first (as a person reads a history), whatever the store's key order.
  const lines: { at: number; line: string }[] = [];
  let done = 0;
  await readInBatches(
    db,
    ['judgments'],
    (_store, records) => {
      for (const j of records as Judgment[]) {
        if (!keep(j)) continue;
        const line = formatLine(kind, j);
        if (line !== null) lines.push({ at: j.updatedAt, line });
      }
      done += records.length;
      progress('Writing', done, totals.judgments);
    },
    { signal: options.signal },
  );
  throwIfAborted(options.signal);
  lines.sort((a, b) => a.at - b.at);
  if (kind === 'csv') parts.push(CSV_HEADER);
  for (let i = 0; i < lines.length; i += 1000) parts.push(lines.slice(i, i + 1000).map((l) => l.line).join(''));
  count = lines.length;
  return { filename, type, parts: finish(), count };
}
