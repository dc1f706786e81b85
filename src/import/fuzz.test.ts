// Fuzz: hundreds of mutated files (truncation, byte flips, type swaps, oversize fields, hostile keys), seeded so a
// failure reproduces. Each import must either fail with an ImportError and leave the store exactly as it was, or
// succeed with only valid records stored.
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openAttuneDB, type AttuneDB } from '../store/db';
import { allJudgments, allResponses } from '../store/judgments';
import { uniqueDbName } from '../store/test-helpers';
import { mergeRecords } from '../store/exchange';
import { judgmentSchema, observedResponseSchema } from '../shared/record-schema';
import { exportFromStore } from '../export/run';
import { toKtoJsonl, toTrlJsonl } from '../export/formats';
import { prng, sampleJudgments, sampleResponses } from '../export/sample';
import { importFile, ImportError } from './index';
import { chatgptExportZip } from './fixtures';

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);

function truncate(bytes: Uint8Array, rand: Rand): Uint8Array {
  return bytes.slice(0, int(rand, bytes.length));
}

function flipBytes(bytes: Uint8Array, rand: Rand): Uint8Array {
  const out = bytes.slice();
  const n = 1 + int(rand, 8);
  for (let i = 0; i < n; i++) out[int(rand, out.length)] = int(rand, 256);
  return out;
}

const WEIRD: unknown[] = [null, 0, -1, 1e308, true, '', 'x', [], {}, [[[]]], { __proto__: 1 }, '<script>alert(1)</script>', 'x'.repeat(250_000)];

/** Replaces one random value inside the JSON (at any depth) with a value of another type or an oversize string. */
function swapType(text: string, rand: Rand): string {
  const value = JSON.parse(text) as unknown;
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || slots.length > 5000) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        slots.push([v, i]);
        walk(x, depth + 1);
      });
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        slots.push([v as Record<string, unknown>, k]);
        walk((v as Record<string, unknown>)[k], depth + 1);
      }
    }
  };
  walk(value, 0);
  const [holder, key] = slots[int(rand, slots.length)]!;
  const replacement = WEIRD[int(rand, WEIRD.length)];
  (holder as Record<string | number, unknown>)[key] = replacement;
  let out = JSON.stringify(value);
  // Sometimes add a prototype-polluting key as raw JSON (JSON.stringify would drop a real __proto__).
  if (rand() < 0.2) out = out.replace('{', '{"__proto__":{"polluted":1},');
  if (rand() < 0.05) out = `${'['.repeat(5000)}${out}${']'.repeat(5000)}`;
  return out;
}

async function seededStore(): Promise<AttuneDB> {
  const db = await openAttuneDB(uniqueDbName());
  const js = sampleJudgments(6, 99);
  await mergeRecords(db, { judgments: js, responses: sampleResponses(js) });
  return db;
}

const state = async (db: AttuneDB) => JSON.stringify([await allJudgments(db), await allResponses(db)]);

async function check(db: AttuneDB, name: string, bytes: Uint8Array, label: string): Promise<'rejected' | 'imported'> {
  const before = await state(db);
  try {
    await importFile(db, name, bytes);
  } catch (error) {
    expect(error, `${label}: ${String(error)}`).toBeInstanceOf(ImportError);
    expect((error as Error).message.length, label).toBeGreaterThan(name.length + 2);
    expect(await state(db), `${label}: store changed by a failed import`).toBe(before);
    return 'rejected';
  }
  for (const j of await allJudgments(db)) judgmentSchema(j, label);
  for (const r of await allResponses(db)) observedResponseSchema(r, label);
  expect(({} as Record<string, unknown>).polluted, label).toBeUndefined();
  return 'imported';
}

describe('fuzzed imports never corrupt the store', () => {
  it('Attune backups: 300 mutations', async () => {
    const db = await seededStore();
    const source = await openAttuneDB(uniqueDbName());
    const js = sampleJudgments(25, 4);
    await mergeRecords(source, { judgments: js, responses: sampleResponses(js) });
    const text = (await exportFromStore(source, 'backup')).parts.join('');
    const rand = prng(20261126);
    const outcomes = { rejected: 0, imported: 0 };
    for (let i = 0; i < 300; i++) {
      const kind = i % 3;
      const bytes = kind === 0 ? truncate(strToU8(text), rand) : kind === 1 ? flipBytes(strToU8(text), rand) : strToU8(swapType(text, rand));
      outcomes[await check(db, 'backup.json', bytes, `backup #${i} (${['truncate', 'flip', 'swap'][kind]})`)]++;
    }
    expect(outcomes.rejected).toBeGreaterThan(200);
  }, 60_000);

  it('TRL / KTO JSONL: 150 mutations', async () => {
    const db = await seededStore();
    const js = sampleJudgments(30, 8);
    const files = [toKtoJsonl(js), toTrlJsonl(js)];
    const rand = prng(42);
    for (let i = 0; i < 150; i++) {
      const text = files[i % 2]!;
      const kind = int(rand, 3);
      const bytes =
        kind === 0
          ? truncate(strToU8(text), rand)
          : kind === 1
            ? flipBytes(strToU8(text), rand)
            : strToU8(text.split('\n').map((l, k) => (l && k === int(rand, 30) ? swapType(l, rand) : l)).join('\n'));
      await check(db, 'prefs.jsonl', bytes, `jsonl #${i}`);
    }
  }, 60_000);

  it('ChatGPT export zips: 150 mutations of the archive and of the files inside', async () => {
    const db = await seededStore();
    const zip = chatgptExportZip();
    const inner = unzipSync(zip);
    const names = ['message_feedback.json', 'model_comparisons.json', 'conversations.json'];
    const rand = prng(7);
    for (let i = 0; i < 150; i++) {
      const kind = int(rand, 4);
      let bytes: Uint8Array;
      if (kind === 0) bytes = truncate(zip, rand);
      else if (kind === 1) bytes = flipBytes(zip, rand);
      else {
        const name = names[int(rand, names.length)]!;
        const text = strFromU8(inner[name]!);
        const mutated = kind === 2 ? swapType(text, rand) : strFromU8(truncate(strToU8(text), rand), true);
        bytes = zipSync({ ...inner, [name]: strToU8(mutated) });
      }
      await check(db, 'export.zip', bytes, `zip #${i} (kind ${kind})`);
    }
  }, 60_000);
});
