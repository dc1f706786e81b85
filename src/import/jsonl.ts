// TRL / KTO / OpenAI-preference JSONL files → judgments with deterministic ids, so importing the same file
// again finds the same records instead of adding copies. Each line is checked; the first bad line stops the
// import with its line number and field.
import { JUDGMENT_WEIGHTS, type ChoiceJudgment, type Judgment, type RatingJudgment } from '../shared/records';
import { choiceJudgmentSchema, ratingJudgmentSchema, MAX_TEXT } from '../shared/record-schema';
import { isPlainObject } from '../shared/schema';
import { stableHash } from '../shared/hash';
import { choiceId } from '../store/judgments';
import { createTicker, type TaskOptions } from '../export/task';
import { ImportError } from './errors';
import { LIMITS, parseJson } from './safe-json';

export const IMPORT_SITE = 'import';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export async function parseJsonl(text: string, file: string, options: TaskOptions & { now?: number } = {}): Promise<Judgment[]> {
  const now = options.now ?? Date.now();
  const tick = createTicker(options);
  const out = new Map<string, Judgment>();
  let lineNo = 0;
  let start = 0;
  let records = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    lineNo++;
    start = end + 1;
    if ((lineNo & 255) === 0) await tick(start, text.length, 'Checking lines');
    if (line.trim() === '') continue;
    if (line.length > LIMITS.maxLineChars) throw new ImportError(file, `line ${lineNo}`, `is too long (${line.length} characters)`);
    if (++records > LIMITS.maxRecords) throw new ImportError(file, '', `has too many lines (> ${LIMITS.maxRecords})`);
    const value = parseJson(line, file, { maxDepth: 8, lineOffset: lineNo - 1 });
    const j = rowToJudgment(value, file, lineNo, now);
    const seen = out.get(j.id);
    if (!seen || j.updatedAt > seen.updatedAt) out.set(j.id, j);
  }
  if (out.size === 0) throw new ImportError(file, '', 'has no records (expected one JSON object per line)');
  return [...out.values()];
}

function rowToJudgment(value: unknown, file: string, line: number, now: number): Judgment {
  const where = `line ${line}`;
  const fail = (problem: string): never => {
    throw new ImportError(file, where, problem);
  };
  if (!isPlainObject(value)) return fail('must be a JSON object');
  for (const key of Object.keys(value)) if (FORBIDDEN.has(key)) fail(`field "${key}" is a forbidden key`);
  const text = (key: string, v: unknown, role: 'user' | 'assistant'): string => {
    if (typeof v === 'string') return v.length > MAX_TEXT ? fail(`field "${key}" is too long (${v.length} > ${MAX_TEXT} characters)`) : v;
    // TRL's conversational layout: a list of {role, content} messages.
    if (Array.isArray(v)) {
      const msgs = v.filter((m): m is Record<string, unknown> => isPlainObject(m) && m.role === role && typeof m.content === 'string');
      if (msgs.length === 0) fail(`field "${key}" has no ${role} message`);
      return text(key, msgs[msgs.length - 1]!.content, role);
    }
    return fail(`field "${key}" must be text or a list of messages, got ${v === null ? 'null' : typeof v}`);
  };
  const site = value.site === undefined ? IMPORT_SITE : typeof value.site === 'string' && /^[a-z0-9-]{1,64}$/.test(value.site) ? value.site : fail('field "site" must be a site id like "chatgpt"');
  const weight = value.weight === undefined ? JUDGMENT_WEIGHTS.import : typeof value.weight === 'number' && value.weight >= 0 && value.weight <= 10 ? value.weight : fail('field "weight" must be a number from 0 to 10');
  let at = now;
  if (value.at !== undefined) {
    const t = typeof value.at === 'string' ? Date.parse(value.at) : NaN;
    if (!Number.isFinite(t) || t < 0) fail('field "at" must be an ISO date');
    at = t;
  }
  const base = { site, conversationId: null, source: 'import' as const, weight, createdAt: at, updatedAt: at };

  try {
    if ('completion' in value || 'label' in value) {
      const prompt = text('prompt', value.prompt, 'user');
      const completion = text('completion', value.completion, 'assistant');
      if (typeof value.label !== 'boolean') fail('field "label" must be true (thumbs up) or false (thumbs down)');
      const responseKey = `${site}:h:${stableHash(`${prompt}\u0000${completion}`)}`;
      const j: RatingJudgment = { ...base, id: `rating:import:${responseKey}`, kind: 'rating', prompt, responseKey, completion, label: value.label ? 'up' : 'down', model: null };
      return ratingJudgmentSchema(j, '');
    }
    let prompt: string;
    let chosen: string;
    let rejected: string;
    if ('preferred_output' in value) {
      const input = value.input;
      if (!isPlainObject(input)) return fail('field "input" must be an object with "messages"');
      prompt = text('input.messages', input.messages, 'user');
      chosen = text('preferred_output', value.preferred_output, 'assistant');
      rejected = text('non_preferred_output', value.non_preferred_output, 'assistant');
    } else if ('chosen' in value || 'rejected' in value) {
      prompt = value.prompt === undefined ? '' : text('prompt', value.prompt, 'user');
      chosen = text('chosen', value.chosen, 'assistant');
      rejected = text('rejected', value.rejected, 'assistant');
    } else {
      return fail('is neither a KTO line ("prompt", "completion", "label") nor a preference line ("prompt", "chosen", "rejected")');
    }
    const input = { site, conversationId: null, prompt, source: 'import' as const, outcome: 'preference' as const, chosen, rejected, chosenModel: null, rejectedModel: null };
    const j: ChoiceJudgment = { ...base, ...input, id: choiceId(input as unknown as Parameters<typeof choiceId>[0]), kind: 'choice' };
    return choiceJudgmentSchema(j, '');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, where, error instanceof Error ? error.message : String(error));
  }
}
