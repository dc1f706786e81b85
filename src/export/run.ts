// Exports straight from the store: records are read in one snapshot (store/exchange.ts) and turned into text
// parts chunk by chunk (Blobs in a page), so 100,000 judgments never sit in memory as one huge string.
import type { AttuneDB } from '../store/db';
import { readInBatches, SETTINGS_META_KEY } from '../store/exchange';
import { byKey, judgmentKey, responseKey } from '../store/buckets';
import type { Judgment, ObservedResponse } from '../shared/records';
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
import { createTicker, throwIfAborted, type TaskOptions } from './task';

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

/** Records per text part of a backup. */
const WRITE_CHUNK = 4000;

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
  const out: BlobPart[] = [];
  const parts = { push: (x: string) => out.push(options.blobs ? new Blob([x]) : x) };
  const tick = createTicker(options);

  if (kind === 'backup') {
    parts.push(backupHead(now, await db.get('meta', SETTINGS_META_KEY)));
    // One read-only transaction (a consistent snapshot), then the text is made outside it, yielding to the page.
    const stored = { judgments: [] as Judgment[][], responses: [] as ObservedResponse[][] };
    await readInBatches(db, ['judgments', 'responses'], (store, records) => void (stored[store] as unknown[][]).push(records), options);
    // Records in key order, as a person (and a diff) reads them best; the buckets hold them in hash order.
    const judgments = stored.judgments.flat().sort(byKey(judgmentKey));
    stored.judgments.length = 0;
    const responses = stored.responses.flat().sort(byKey(responseKey));
    stored.responses.length = 0;
    const total = judgments.length + responses.length;
    let done = 0;
    const write = async (records: readonly (Judgment | ObservedResponse)[], phase: string) => {
      // One record per line: a person can read the file, and an import error can name the line.
      for (let i = 0; i < records.length; i += WRITE_CHUNK) {
        await tick(done, total, phase);
        const body = records
          .slice(i, i + WRITE_CHUNK)
          .map((r) => JSON.stringify(r))
          .join(',\n');
        parts.push(i === 0 ? body : `,\n${body}`);
        done += Math.min(WRITE_CHUNK, records.length - i);
      }
    };
    await write(judgments, 'Writing judgments');
    parts.push(`\n${backupMiddle}`);
    await write(responses, 'Writing observed responses');
    parts.push(`\n${backupEnd}`);
    throwIfAborted(options.signal);
    return { filename, type, parts: out, count: judgments.length };
  }

  const keep = matchesFilter(options.filter);
  // Lines come out oldest judgment first (as a person reads a history; ties by id), whatever the store's order.
  const lines: { at: number; id: string; line: string }[] = [];
  await readInBatches(
    db,
    ['judgments'],
    (_store, records) => {
      for (const j of records as Judgment[]) {
        if (!keep(j)) continue;
        const line = formatLine(kind, j);
        if (line !== null) lines.push({ at: j.updatedAt, id: j.id, line });
      }
    },
    options,
  );
  throwIfAborted(options.signal);
  lines.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (kind === 'csv') parts.push(CSV_HEADER);
  for (let i = 0; i < lines.length; i += 1000) parts.push(lines.slice(i, i + 1000).map((l) => l.line).join(''));
  return { filename, type, parts: out, count: lines.length };
}
