// Validation of exported judgment lines (TRL preference / KTO), shared by the CLI and imports.
import type { ModelJudgment } from './learner';

export type LineResult = { ok: true; judgment: ModelJudgment } | { ok: false; problem: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A TRL preference line {"prompt","chosen","rejected"} or a KTO line {"prompt","completion","label"}, each with
 * optional "weight" (number ≥ 0) and "at" (epoch ms or ISO date). Returns the judgment or what is wrong.
 */
export function judgmentFromLine(value: unknown): LineResult {
  const bad = (problem: string): LineResult => ({ ok: false, problem });
  if (!isObject(value)) return bad('expected a JSON object');
  const isPair = 'chosen' in value || 'rejected' in value;
  const isThumb = 'completion' in value || 'label' in value;
  if (isPair && isThumb) return bad('mixes TRL ("chosen"/"rejected") and KTO ("completion"/"label") fields');
  if (!isPair && !isThumb) return bad('expected TRL {"prompt","chosen","rejected"} or KTO {"prompt","completion","label"} fields');
  if (typeof value.prompt !== 'string') return bad('"prompt" must be a string');
  let weight: number | undefined;
  if (value.weight !== undefined && value.weight !== null) {
    if (typeof value.weight !== 'number' || !Number.isFinite(value.weight) || value.weight < 0) return bad('"weight" must be a number ≥ 0');
    weight = value.weight;
  }
  let at: number | string | undefined;
  if (value.at !== undefined && value.at !== null) {
    if (typeof value.at === 'number' && Number.isFinite(value.at)) at = value.at;
    else if (typeof value.at === 'string' && Number.isFinite(Date.parse(value.at))) at = value.at;
    else return bad('"at" must be epoch milliseconds or an ISO date string');
  }
  if (isPair) {
    if (typeof value.chosen !== 'string') return bad('"chosen" must be a string');
    if (typeof value.rejected !== 'string') return bad('"rejected" must be a string');
    return { ok: true, judgment: { kind: 'pair', prompt: value.prompt, chosen: value.chosen, rejected: value.rejected, weight, at } };
  }
  if (typeof value.completion !== 'string') return bad('"completion" must be a string');
  if (typeof value.label !== 'boolean') return bad('"label" must be true or false');
  return { ok: true, judgment: { kind: 'thumb', prompt: value.prompt, completion: value.completion, label: value.label, weight, at } };
}
