// ChatGPT's official data export (Settings → Data controls → Export data): a .zip holding
//   message_feedback.json   [{ id, message_id?, conversation_id, user_id, rating: "thumbsUp" | "thumbsDown",
//                              content: "{\"tags\": [...], \"text\": ...}", create_time: ISO string | epoch s, … }]
//   model_comparisons.json  [{ id, user_id, input: { conversation_id, messages: [message…] },
//                              output: { feedback_step_2: { original_turn: [message…], new_turn: [message…],
//                                completion_comparison_rating: "new" | "original" | "same",
//                                new_completion_placement: "not-applicable" | "left" | "right", … } },
//                              create_time, … }]
//   conversations.json      [{ id, title, mapping: { [nodeId]: { id, parent, children, message: { id,
//                              author: { role }, content: { content_type, parts: [...] }, create_time,
//                              metadata: { model_slug } } } }, … }]
// (older exports key feedback by `id` = the message id; newer ones add `message_id`; both are read.)
// Thumbs become vendor ratings and comparisons become choices, with the texts joined from conversations.json.
// Ids are the ones live capture would give the same judgment, so an export never duplicates what Attune saw.
import { Unzip, UnzipInflate } from 'fflate';
import { JUDGMENT_WEIGHTS, type ChoiceJudgment, type Judgment, type ObservedResponse, type RatingJudgment } from '../shared/records';
import { choiceJudgmentSchema, MAX_TEXT, observedResponseSchema, ratingJudgmentSchema } from '../shared/record-schema';
import { isPlainObject } from '../shared/schema';
import { choiceId, ratingId } from '../store/judgments';
import { createTicker, throwIfAborted, type TaskOptions } from '../export/task';
import { ImportError } from './errors';
import { checkDepthAsync, decodeUtf8, parseJson } from './safe-json';

const SITE = 'chatgpt';
const WANTED = ['conversations.json', 'message_feedback.json', 'model_comparisons.json'] as const;
/** Newer exports split conversations into shards: conversations-000.json, conversations-001.json, … */
const SHARD = /^conversations-\d{1,4}\.json$/;
/** Per-entry limit on decompressed size: refuses zip bombs before they fill memory. */
export const MAX_ENTRY_BYTES = 768 * 1024 * 1024;
const MAX_DEPTH = 128;

export interface ChatGptImport {
  judgments: Judgment[];
  responses: ObservedResponse[];
  /** Entries that could not be used (e.g. the rated message is missing from conversations.json), for the report. */
  skipped: string[];
}

export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Extracts the three files Attune reads, chunk by chunk (yielding, cancellable), ignoring everything else. */
export async function unzipChatGptExport(bytes: Uint8Array, file: string, options: TaskOptions = {}): Promise<Record<string, Uint8Array>> {
  if (!hasEndOfArchive(bytes)) throw new ImportError(file, '', 'is truncated or not a zip file (no end-of-archive record)');
  const found = new Map<string, Uint8Array[]>();
  const sizes = new Map<string, number>();
  let error: Error | null = null;
  const unzipper = new Unzip();
  unzipper.register(UnzipInflate);
  unzipper.onfile = (entry) => {
    const base = entry.name.split('/').pop() ?? '';
    // Only the top-level files (or one folder down, when the zip was re-packed from an extracted folder).
    if (!((WANTED as readonly string[]).includes(base) || SHARD.test(base)) || entry.name.split('/').length > 2 || found.has(base)) return;
    if (entry.originalSize !== undefined && entry.originalSize > MAX_ENTRY_BYTES) {
      error = new ImportError(file, entry.name, `is too large (${Math.round(entry.originalSize / 1048576)} MB uncompressed)`);
      return;
    }
    const chunks: Uint8Array[] = [];
    found.set(base, chunks);
    sizes.set(base, 0);
    entry.ondata = (err, chunk) => {
      if (err) {
        error ??= new ImportError(file, entry.name, `cannot be decompressed (${err.message})`);
        return;
      }
      sizes.set(base, sizes.get(base)! + chunk.byteLength);
      if (sizes.get(base)! > MAX_ENTRY_BYTES) {
        error ??= new ImportError(file, entry.name, 'is too large uncompressed');
        entry.terminate();
        return;
      }
      chunks.push(chunk);
    };
    entry.start();
  };
  const tick = createTicker(options);
  const CHUNK = 1 << 20;
  try {
    for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) {
      await tick(offset, bytes.byteLength, 'Unpacking');
      const end = Math.min(offset + CHUNK, bytes.byteLength);
      unzipper.push(bytes.subarray(offset, end), end === bytes.byteLength);
      if (error) throw error;
    }
    if (bytes.byteLength === 0) unzipper.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ImportError || (e instanceof DOMException && e.name === 'AbortError')) throw e;
    throw new ImportError(file, '', `is not a readable zip file (${e instanceof Error ? e.message : String(e)})`);
  }
  if (error) throw error;
  const out: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const [name, chunks] of found) {
    const all = new Uint8Array(sizes.get(name)!);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    out[name] = all;
  }
  return out;
}

/** A complete zip ends with an end-of-central-directory record (PK\x05\x06) within its last 64 KiB + 22 bytes. */
function hasEndOfArchive(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.byteLength - 65_557);
  for (let i = bytes.byteLength - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

export async function parseChatGptExport(bytes: Uint8Array, file: string, options: TaskOptions = {}): Promise<ChatGptImport> {
  const files = await unzipChatGptExport(bytes, file, options);
  if (!files['message_feedback.json'] && !files['model_comparisons.json']) {
    throw new ImportError(file, '', 'is not a ChatGPT data export: it has neither message_feedback.json nor model_comparisons.json');
  }
  const shards = Object.keys(files).filter((n) => SHARD.test(n)).sort();
  if (!files['conversations.json'] && shards.length === 0) throw new ImportError(file, '', 'has no conversations.json, so the rated texts cannot be found');
  const tick = createTicker(options);
  const read = async (name: string): Promise<unknown[]> => {
    const bytes = files[name];
    if (!bytes) return [];
    const text = decodeUtf8(bytes, name);
    await checkDepthAsync(text, MAX_DEPTH, name, tick);
    const value = parseJson(text, name, { depthChecked: true });
    if (!Array.isArray(value)) throw new ImportError(name, '', 'must be a JSON list');
    return value;
  };
  const conversations = await read('conversations.json');
  for (const shard of shards) conversations.push(...(await read(shard)));
  return parseChatGptFiles(await read('message_feedback.json'), await read('model_comparisons.json'), conversations, options);
}

interface Msg {
  id: string;
  role: string;
  text: string;
  model: string | null;
  time: number | null;
  parent: string | null;
}

/** The joined judgments from the three parsed files (exported for tests of each rule). */
export async function parseChatGptFiles(feedback: unknown[], comparisons: unknown[], conversations: unknown[], options: TaskOptions = {}): Promise<ChatGptImport> {
  const tick = createTicker(options);
  const skipped: string[] = [];
  const FB = 'message_feedback.json';
  const MC = 'model_comparisons.json';
  const CV = 'conversations.json';

  // 1. Which conversations are needed.
  const needed = new Set<string>();
  const feedbackRows = feedback.map((row, i) => {
    const r = entry(row, FB, i);
    const conversationId = str(r, 'conversation_id', FB, i, true);
    const messageId = str(r, 'message_id', FB, i, false) ?? str(r, 'id', FB, i, true);
    const rating = str(r, 'rating', FB, i, true);
    needed.add(conversationId);
    return { i, conversationId, messageId, rating, time: time(r.create_time, FB, i) };
  });
  const comparisonRows = comparisons.map((row, i) => {
    const r = entry(row, MC, i);
    const input = r.input === undefined ? {} : obj(r.input, MC, i, 'input');
    const output = obj(r.output, MC, i, 'output');
    const step = obj(output.feedback_step_2, MC, i, 'output.feedback_step_2');
    const conversationId = str(input, 'conversation_id', MC, i, false, 'input.') ?? str(r, 'conversation_id', MC, i, false);
    if (conversationId) needed.add(conversationId);
    return {
      i,
      conversationId,
      context: listOf(input.messages, MC, i, 'input.messages').map((m, k) => message(m, MC, i, `input.messages[${k}]`)),
      original: listOf(step.original_turn, MC, i, 'output.feedback_step_2.original_turn').map((m, k) => message(m, MC, i, `original_turn[${k}]`)),
      fresh: listOf(step.new_turn, MC, i, 'output.feedback_step_2.new_turn').map((m, k) => message(m, MC, i, `new_turn[${k}]`)),
      rating: str(step, 'completion_comparison_rating', MC, i, true, 'output.feedback_step_2.'),
      time: time(r.create_time, MC, i),
    };
  });

  // 2. Messages of those conversations, by id.
  const messages = new Map<string, Map<string, Msg>>();
  for (let c = 0; c < conversations.length; c++) {
    if ((c & 63) === 0) await tick(c, conversations.length, 'Reading conversations');
    const conv = entry(conversations[c], CV, c);
    const id = str(conv, 'id', CV, c, false) ?? str(conv, 'conversation_id', CV, c, true);
    if (!needed.has(id)) continue;
    const mapping = obj(conv.mapping, CV, c, 'mapping');
    const byId = new Map<string, Msg>();
    for (const nodeId of Object.keys(mapping)) {
      const node = mapping[nodeId];
      if (!isPlainObject(node) || !isPlainObject(node.message)) continue;
      const m = message(node.message, CV, c, `mapping.${nodeId}.message`);
      const parent = typeof node.parent === 'string' ? node.parent : null;
      byId.set(m.id, { ...m, parent });
      if (m.id !== nodeId) byId.set(nodeId, { ...m, parent });
    }
    messages.set(id, byId);
  }

  /** The nearest user message above a message (following parent links, cycle-safe). */
  const promptFor = (conv: Map<string, Msg> | undefined, id: string | null): string | null => {
    let at = id ? conv?.get(id) : undefined;
    for (let steps = 0; at && steps < 10_000; steps++) {
      if (at.role === 'user' && at.text) return at.text;
      at = at.parent ? conv!.get(at.parent) : undefined;
    }
    return null;
  };

  const judgments = new Map<string, Judgment>();
  const responses = new Map<string, ObservedResponse>();
  const keep = (j: Judgment) => {
    const seen = judgments.get(j.id);
    if (!seen || j.updatedAt > seen.updatedAt) judgments.set(j.id, j);
  };
  const tooLong = (...texts: string[]) => texts.some((t) => t.length > MAX_TEXT);

  // 3. Thumbs.
  for (const f of feedbackRows) {
    const label = f.rating === 'thumbsUp' ? 'up' : f.rating === 'thumbsDown' ? 'down' : null;
    if (!label) {
      skipped.push(`${FB}[${f.i}]: rating ${JSON.stringify(f.rating)} is not a thumb`);
      continue;
    }
    const conv = messages.get(f.conversationId);
    const msg = conv?.get(f.messageId);
    if (!msg || msg.role !== 'assistant' || !msg.text) {
      skipped.push(`${FB}[${f.i}]: the rated answer is not in ${CV}`);
      continue;
    }
    const prompt = promptFor(conv, msg.parent) ?? '';
    if (tooLong(prompt, msg.text)) {
      skipped.push(`${FB}[${f.i}]: the texts are too long to store`);
      continue;
    }
    const at = f.time ?? msg.time ?? 0;
    const responseKey = `${SITE}:${f.messageId}`;
    const j: RatingJudgment = {
      id: ratingId('vendor', responseKey),
      kind: 'rating',
      site: SITE,
      conversationId: f.conversationId,
      prompt,
      source: 'vendor',
      weight: JUDGMENT_WEIGHTS.vendor,
      createdAt: at,
      updatedAt: at,
      responseKey,
      completion: msg.text,
      label,
      model: msg.model,
    };
    keep(ratingJudgmentSchema(j, ''));
    const r: ObservedResponse = {
      key: responseKey,
      site: SITE,
      conversationId: f.conversationId,
      messageId: f.messageId,
      prompt,
      text: msg.text,
      model: msg.model,
      observedAt: msg.time ?? at,
    };
    responses.set(r.key, observedResponseSchema(r, ''));
  }

  // 4. Comparisons ("Was this response better or worse?" after a regeneration, and side-by-side choices).
  for (const c of comparisonRows) {
    const outcome: 'preference' | 'tie' | null = c.rating === 'new' || c.rating === 'original' ? 'preference' : c.rating === 'same' ? 'tie' : null;
    if (!outcome) {
      skipped.push(`${MC}[${c.i}]: rating ${JSON.stringify(c.rating)} is not a choice`);
      continue;
    }
    const answer = (turn: Omit<Msg, 'parent'>[]) => {
      const parts = turn.filter((m) => m.role === 'assistant' && m.text);
      return parts.length ? { text: parts.map((m) => m.text).join('\n\n'), model: parts[0]!.model, first: turn[0] ?? null } : null;
    };
    const original = answer(c.original);
    const fresh = answer(c.fresh);
    if (!original || !fresh) {
      skipped.push(`${MC}[${c.i}]: one of the two answers has no text`);
      continue;
    }
    const conv = c.conversationId ? messages.get(c.conversationId) : undefined;
    const fromContext = [...c.context].reverse().find((m) => m.role === 'user' && m.text)?.text;
    const prompt = fromContext ?? promptFor(conv, conv?.get(fresh.first?.id ?? '')?.parent ?? conv?.get(original.first?.id ?? '')?.parent ?? null);
    if (prompt === null || prompt === undefined) {
      skipped.push(`${MC}[${c.i}]: the prompt is not in the export`);
      continue;
    }
    const [chosen, rejected] = c.rating === 'original' ? [original, fresh] : [fresh, original];
    if (tooLong(prompt, chosen.text, rejected.text)) {
      skipped.push(`${MC}[${c.i}]: the texts are too long to store`);
      continue;
    }
    const at = c.time ?? fresh.first?.time ?? 0;
    const input = {
      site: SITE,
      conversationId: c.conversationId,
      prompt,
      source: 'comparison' as const,
      outcome,
      chosen: chosen.text,
      rejected: rejected.text,
      chosenModel: chosen.model,
      rejectedModel: rejected.model,
    };
    const j: ChoiceJudgment = { ...input, id: choiceId(input), kind: 'choice', weight: JUDGMENT_WEIGHTS.comparison, createdAt: at, updatedAt: at };
    keep(choiceJudgmentSchema(j, ''));
  }
  throwIfAborted(options.signal);
  return { judgments: [...judgments.values()], responses: [...responses.values()], skipped };
}

// ── Tolerant readers of the vendor's shapes: unknown fields are ignored; the fields used must have the right type.
function entry(v: unknown, file: string, i: number): Record<string, unknown> {
  if (!isPlainObject(v)) throw new ImportError(file, `entry ${i}`, 'must be an object');
  return v;
}

function obj(v: unknown, file: string, i: number, field: string): Record<string, unknown> {
  if (!isPlainObject(v)) throw new ImportError(file, `entry ${i}`, `field "${field}" must be an object`);
  return v;
}

function listOf(v: unknown, file: string, i: number, field: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ImportError(file, `entry ${i}`, `field "${field}" must be a list`);
  return v;
}

function str(r: Record<string, unknown>, key: string, file: string, i: number, required: true, prefix?: string): string;
function str(r: Record<string, unknown>, key: string, file: string, i: number, required: false, prefix?: string): string | null;
function str(r: Record<string, unknown>, key: string, file: string, i: number, required: boolean, prefix = ''): string | null {
  const v = Object.hasOwn(r, key) ? r[key] : undefined;
  if (typeof v === 'string' && v.length > 0 && v.length <= 512) return v;
  if ((v === undefined || v === null) && !required) return null;
  throw new ImportError(file, `entry ${i}`, `field "${prefix}${key}" must be ${v === undefined ? 'present' : 'a short text'}`);
}

/** create_time is epoch seconds (float) in conversations and an ISO string in feedback files; null if absent. */
function time(v: unknown, file: string, i: number): number | null {
  if (v === undefined || v === null) return null;
  const ms = typeof v === 'number' ? v * 1000 : typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms) || ms < 0 || ms > 8.64e15) throw new ImportError(file, `entry ${i}`, 'field "create_time" must be a time');
  return Math.round(ms);
}

function message(v: unknown, file: string, i: number, field: string): Omit<Msg, 'parent'> {
  if (!isPlainObject(v)) throw new ImportError(file, `entry ${i}`, `field "${field}" must be a message object`);
  const id = typeof v.id === 'string' && v.id.length <= 512 ? v.id : null;
  if (!id) throw new ImportError(file, `entry ${i}`, `field "${field}.id" must be a text id`);
  const author = isPlainObject(v.author) ? v.author : {};
  const role = typeof author.role === 'string' ? author.role : 'unknown';
  const content = isPlainObject(v.content) ? v.content : {};
  let text = '';
  if (Array.isArray(content.parts)) text = content.parts.filter((p): p is string => typeof p === 'string').join('\n');
  else if (typeof content.text === 'string') text = content.text;
  const metadata = isPlainObject(v.metadata) ? v.metadata : {};
  const model = typeof metadata.model_slug === 'string' && metadata.model_slug.length <= 256 ? metadata.model_slug : null;
  const t = typeof v.create_time === 'number' && Number.isFinite(v.create_time) && v.create_time >= 0 && v.create_time < 8.64e12 ? Math.round(v.create_time * 1000) : null;
  return { id, role, text: text.trim(), model, time: t };
}
