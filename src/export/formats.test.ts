import { describe, expect, it } from 'vitest';
import { openAttuneDB } from '../store/db';
import { uniqueDbName } from '../store/test-helpers';
import { mergeRecords } from '../store/exchange';
import { classifyContext } from '../model/context';
import type { ChoiceJudgment, Judgment, RatingJudgment } from '../shared/records';
import {
  CSV_COLUMNS,
  csvCell,
  matchesFilter,
  toBackup,
  toCsv,
  toKtoJsonl,
  toOpenAiPreferenceJsonl,
  toRecordFile,
  toTrlJsonl,
  type RecordFormat,
} from './formats';
import { exportFromStore } from './run';
import { sampleJudgments, sampleResponses } from './sample';

const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const js = sampleJudgments(200, 5);
const ratings = js.filter((j): j is RatingJudgment => j.kind === 'rating');
const prefs = js.filter((j): j is ChoiceJudgment => j.kind === 'choice' && j.outcome === 'preference');

/** A minimal RFC 4180 reader, to check the writer against the standard rather than against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('field contracts', () => {
  it('TRL KTO: one line per thumb with exactly prompt, completion, label (+ weight, at, source, site)', () => {
    const rows = lines(toKtoJsonl(js));
    expect(rows).toHaveLength(ratings.length);
    for (const [i, row] of rows.entries()) {
      expect(Object.keys(row).sort()).toEqual(['at', 'completion', 'label', 'prompt', 'site', 'source', 'weight']);
      expect(typeof row.prompt).toBe('string');
      expect(typeof row.completion).toBe('string');
      expect(typeof row.label).toBe('boolean');
      expect(row.label).toBe(ratings[i]!.label === 'up');
      expect(new Date(row.at as string).toISOString()).toBe(row.at);
    }
  });

  it('TRL preference: one line per preference (ties left out) with prompt, chosen, rejected', () => {
    const rows = lines(toTrlJsonl(js));
    expect(rows).toHaveLength(prefs.length);
    for (const [i, row] of rows.entries()) {
      expect(Object.keys(row).sort()).toEqual(['at', 'chosen', 'prompt', 'rejected', 'site', 'source', 'weight']);
      expect(row).toMatchObject({ prompt: prefs[i]!.prompt, chosen: prefs[i]!.chosen, rejected: prefs[i]!.rejected });
    }
  });

  it("OpenAI preference fine-tuning: exactly input.messages, preferred_output and non_preferred_output", () => {
    const rows = lines(toOpenAiPreferenceJsonl(js));
    expect(rows).toHaveLength(prefs.length);
    for (const [i, row] of rows.entries()) {
      expect(row).toEqual({
        input: { messages: [{ role: 'user', content: prefs[i]!.prompt }] },
        preferred_output: [{ role: 'assistant', content: prefs[i]!.chosen }],
        non_preferred_output: [{ role: 'assistant', content: prefs[i]!.rejected }],
      });
    }
  });

  it('CSV: RFC 4180 (CRLF, quoted commas, quotes and newlines), header, one row per judgment', () => {
    const tricky: Judgment = { ...ratings[0]!, prompt: 'a, "quoted"\nmultiline\r\nprompt', completion: 'plain' };
    const rows = parseCsv(toCsv([tricky, ...js]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(js.length + 2);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows[1]![col('prompt')]).toBe(tricky.prompt);
    expect(rows[1]![col('label')]).toBe(ratings[0]!.label);
    expect(rows[1]![col('context')]).toBe(classifyContext(tricky.prompt));
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('CSV: cells a spreadsheet would run as a formula are prefixed with an apostrophe', () => {
    for (const s of ['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('2 + 2 = 4')).toBe('2 + 2 = 4');
    expect(csvCell(0.7)).toBe('0.7');
    expect(csvCell(null)).toBe('');
    const rows = parseCsv(toCsv([{ ...ratings[0]!, prompt: '=cmd|\' /C calc\'!A0', completion: '@evil' }]));
    expect(rows[1]![CSV_COLUMNS.indexOf('prompt')]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]![CSV_COLUMNS.indexOf('completion')]).toBe("'@evil");
  });
});

describe('filters', () => {
  it('by site, context and date, in every format', () => {
    const filter = { sites: ['claude'], contexts: [classifyContext(js[0]!.prompt)], from: js[10]!.updatedAt, to: js[150]!.updatedAt };
    const keep = matchesFilter(filter);
    const expected = js.filter((j) => j.site === 'claude' && classifyContext(j.prompt) === filter.contexts[0] && j.updatedAt >= filter.from && j.updatedAt <= filter.to);
    expect(js.filter(keep)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(parseCsv(toCsv(js, filter))).toHaveLength(expected.length + 1);
    expect(lines(toKtoJsonl(js, filter))).toHaveLength(expected.filter((j) => j.kind === 'rating').length);
    expect(matchesFilter({})(js[0]!)).toBe(true);
  });
});

describe('streamed export from the store', () => {
  it('gives the same files as the in-memory formats, and a backup that parses to the store contents', async () => {
    const db = await openAttuneDB(uniqueDbName());
    await mergeRecords(db, { judgments: js, responses: sampleResponses(js) });
    const sorted = [...js].sort((a, b) => (a.id < b.id ? -1 : 1));
    const byTime = [...sorted].sort((a, b) => a.updatedAt - b.updatedAt);
    for (const kind of ['kto', 'trl', 'openai', 'csv'] as RecordFormat[]) {
      const out = await exportFromStore(db, kind, { filter: { sites: ['chatgpt'] } });
      expect(out.parts.join(''), kind).toBe(toRecordFile(kind, byTime, { sites: ['chatgpt'] }));
    }
    const backup = await exportFromStore(db, 'backup', { now: new Date(0) });
    expect(backup.filename).toBe('attune-backup-1970-01-01.json');
    const parsed = JSON.parse(backup.parts.join('')) as ReturnType<typeof toBackup>;
    expect(parsed).toEqual(toBackup(sorted, [...sampleResponses(js)].sort((a, b) => (a.key < b.key ? -1 : 1)), new Date(0)));
    const empty = await openAttuneDB(uniqueDbName());
    expect(JSON.parse((await exportFromStore(empty, 'backup')).parts.join(''))).toMatchObject({ judgments: [], responses: [] });
  });

  it('can be cancelled', async () => {
    const db = await openAttuneDB(uniqueDbName());
    await mergeRecords(db, { judgments: sampleJudgments(5000, 2), responses: [] });
    const controller = new AbortController();
    await expect(exportFromStore(db, 'csv', { signal: controller.signal, onProgress: () => controller.abort() })).rejects.toThrow(/Cancelled/);
  });
});
