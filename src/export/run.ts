// Exports straight from the store: records are read in one snapshot (store/exchange.ts) and turned into text
// parts chunk by chunk, yielding between chunks; with option `blobs` the parts become Blobs as they fill.
import type { AttuneDB } from '../store/db';
import { readBuckets, SETTINGS_META_KEY } from '../store/exchange';
import { compareKeys, recordsIn } from '../store/buckets';
import type { Bucket } from '../store/schema';
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
import { createTicker, throwIfAborted, type TaskOptions } from './task';

export type ExportKind = RecordFormat | 'backup';

export interface ExportResult {
  filename: string;
  type: string;
  /** Parts in order; `new Blob(parts)` is the file. Texts, or (option `blobs`) Blobs of ~16 million characters. */
  parts: BlobPart[];
  /** Judgments written (lines / rows / backup records). */
  count: number;
}

export const dateStamp = (d = new Date()): string => d.toISOString().slice(0, 10);

/** Records per text part of a backup. */
const WRITE_CHUNK = 4000;
/** Characters per Blob of an export made in a page. */
const BLOB_CHARS = 1 << 24;

const EXTENSIONS: Record<ExportKind, string> = { kto: 'jsonl', trl: 'jsonl', openai: 'jsonl', csv: 'csv', backup: 'json' };

export async function exportFromStore(
  db: AttuneDB,
  kind: ExportKind,
  options: TaskOptions & {
    filter?: ExportFilter;
    now?: Date;
    /** Return the file as Blobs (in a page: the browser then holds the file, not the strings). */
    blobs?: boolean;
  } = {},
): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const { name, type } = FORMAT_FILES[kind];
  const filename = `${name}-${dateStamp(now)}.${EXTENSIONS[kind]}`;
  // Text parts; with option `blobs` they are gathered into a Blob every ~16 million characters (Chromium makes one
  // Blob of many parts faster than many Blobs, and smaller Blobs keep each pause short).
  const fileParts: BlobPart[] = [];
  let texts: string[] = [];
  let pending = 0;
  const flush = () => {
    if (texts.length === 0) return;
    if (options.blobs) fileParts.push(new Blob(texts));
    else fileParts.push(...texts);
    texts = [];
    pending = 0;
  };
  const push = (text: string) => {
    texts.push(text);
    pending += text.length;
    if (pending >= BLOB_CHARS) flush();
  };
  const finish = (): BlobPart[] => {
    flush();
    return fileParts;
  };
  const tick = createTicker(options);

  if (kind === 'backup') {
    push(backupHead(now, await db.get('meta', SETTINGS_META_KEY)));
    // One read-only transaction (a consistent snapshot) hands out the stored JSON texts; the file is those texts
    // in key order (each bucket is sorted; the buckets are in hash order), made outside it, yielding to the page.
    const stored = { judgments: [] as Bucket[], responses: [] as Bucket[] };
    await readBuckets(db, ['judgments', 'responses'], (store, buckets) => void stored[store].push(...(buckets as Bucket[])), options);
    let done = 0;
    const totalRecords = [...stored.judgments, ...stored.responses].reduce((n, b) => n + b.keys.length, 0);
    const write = async (buckets: Bucket[], phase: string): Promise<number> => {
      const keys: string[] = [];
      const records: string[] = [];
      for (const b of buckets) {
        for (let i = 0; i < b.keys.length; i++) {
          keys.push(b.keys[i]!);
          records.push(b.texts[i]!);
        }
      }
      const order = Array.from(keys.keys()).sort((x, y) => compareKeys(keys[x]!, keys[y]!));
      // One record per line: a person can read the file, and an import error can name the line.
      // The texts go into the Blob as they are, with no joined copy (Chromium encodes many parts faster than one
      // joined string it first has to build).
      for (let i = 0; i < order.length; i += WRITE_CHUNK) {
        await tick(done, totalRecords, phase);
        const end = Math.min(i + WRITE_CHUNK, order.length);
        for (let k = i; k < end; k++) {
          if (k > 0) push(',\n');
          push(records[order[k]!]!);
        }
        done += end - i;
      }
      return order.length;
    };
    const count = await write(stored.judgments, 'Writing judgments');
    stored.judgments.length = 0;
    push(`\n${backupMiddle}`);
    await write(stored.responses, 'Writing observed responses');
    stored.responses.length = 0;
    push(`\n${backupEnd}`);
    throwIfAborted(options.signal);
    return { filename, type, parts: finish(), count };
  }

  const keep = matchesFilter(options.filter);
  // Lines come out oldest judgment first (as a person reads a history; ties by id), whatever the store's order.
  const lines: { at: number; id: string; line: string }[] = [];
  await readBuckets(
    db,
    ['judgments'],
    (_store, buckets) => {
      for (const bucket of buckets) {
        for (const j of recordsIn(bucket as Bucket<Judgment>)) {
          if (!keep(j)) continue;
          const line = formatLine(kind, j);
          if (line !== null) lines.push({ at: j.updatedAt, id: j.id, line });
        }
      }
    },
    options,
  );
  throwIfAborted(options.signal);
  lines.sort((a, b) => a.at - b.at || compareKeys(a.id, b.id));
  if (kind === 'csv') push(CSV_HEADER);
  for (let i = 0; i < lines.length; i += 1000) push(lines.slice(i, i + 1000).map((l) => l.line).join(''));
  return { filename, type, parts: finish(), count: lines.length };
}
