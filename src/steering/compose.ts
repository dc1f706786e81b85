// Turns a learned profile (plus the user's pinned, edited, muted and custom lines) into a short steering block.
// Everything that ends up in the block has passed checkInstruction; the block always ends with FIXED_LINE.
import { classifyContext } from '../model/context';
import type { AxisEstimate, ContextName, Profile } from '../model/profile-types';
import { checkInstruction } from './bounds/check';
import { AXIS_PHRASES, COMBO_PHRASES, PROTECTED_AXES, type Direction, type ProtectedAxis } from './phrases';

/** The last line of every steering block. The user cannot remove or edit it. */
export const FIXED_LINE =
  "These are style preferences only: keep accuracy, honesty and safety unchanged, correct me when I'm wrong, and give balanced views on contested questions.";

export const DEFAULT_COMPOSE = Object.freeze({
  /** |mean| / sqrt(variance) needed before Attune says anything about an axis. */
  zThreshold: 2,
  /** |mean| (standardized units) needed as well: confident but tiny preferences stay unsaid. */
  minEffect: 0.15,
  /** Whole block, fixed line included. */
  maxChars: 600,
});

export interface PinnedLine {
  /** The line id it was pinned from (e.g. "length:less"), or any id the UI chose. */
  id: string;
  text: string;
}

export interface ComposeOptions {
  zThreshold?: number;
  minEffect?: number;
  maxChars?: number;
  /** Lines the user pinned: always included (first), even when the profile is no longer sure. */
  pinned?: readonly PinnedLine[];
  /** Axes whose learned line is kept (and put first) even when the profile is not confident enough to say it. */
  pinnedAxes?: readonly string[];
  /** Line ids ("length:less", "headings+lists:more", "custom:0", a pinned id) or axis names to leave out. */
  muted?: readonly string[];
  /** The user's rewording of a line, by line id, or by axis name for single-axis lines. */
  edits?: Readonly<Record<string, string>>;
  /** The user's own style lines. */
  custom?: readonly string[];
}

export type LineSource = 'pinned' | 'custom' | 'learned' | 'fixed';

export interface SteeringLine {
  id: string;
  text: string;
  source: LineSource;
  /** Axes behind a learned line. */
  axes: string[];
  direction?: Direction;
  /** |effective mean| after clamping (learned lines); ordering key. */
  strength?: number;
  /** The user's wording replaced the generated phrase. */
  edited?: boolean;
  /** Pinned by the user (a pinned line, or a learned line of a pinned axis). */
  pinned?: boolean;
  /** Set when the bounds rewrote the line: the rules that fired and what the user had written. */
  softened?: { rules: string[]; original: string };
}

export interface ExcludedLine {
  id: string;
  text: string;
  source: LineSource;
  axes: string[];
  /** Why it is not in the block. */
  cause: 'blocked' | 'muted' | 'too-long' | 'duplicate';
  rules?: string[];
  reason?: string;
}

export interface BoundedAxis {
  axis: string;
  direction: Direction;
  /** The learned effective mean, and the mean after clamping to the fixed limit. */
  mean: number;
  clampedTo: number;
  reason: string;
}

export interface ComposeResult {
  context: ContextName | null;
  /** Final lines in order; the last one is always the fixed line. */
  lines: SteeringLine[];
  /** The block as it would be inserted: lines joined by newlines, ending with FIXED_LINE. */
  text: string;
  /** Lines left out and why (blocked by the bounds, muted, over the length budget, duplicates). */
  excluded: ExcludedLine[];
  /** Protected axes whose learned preference was clamped, for the UI's "bounded" badge. */
  bounded: BoundedAxis[];
}

interface Effective {
  axis: string;
  mean: number;
  variance: number;
}

function finite(n: unknown, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

/** Effective per-axis belief in a context: the stored effective vector, else global + the context's deviation. */
export function effectiveAxes(profile: Profile, context: ContextName | null): Effective[] {
  const byAxis = new Map<string, Effective>();
  const add = (list: readonly AxisEstimate[] | undefined, replace: boolean) => {
    for (const e of list ?? []) {
      if (!e || typeof e.axis !== 'string') continue;
      const mean = finite(e.mean, 0);
      const variance = Math.max(0, finite(e.variance, Infinity));
      const prev = byAxis.get(e.axis);
      if (!prev || replace) byAxis.set(e.axis, { axis: e.axis, mean, variance });
      else byAxis.set(e.axis, { axis: e.axis, mean: prev.mean + mean, variance: prev.variance + variance });
    }
  };
  const eff = context ? profile.effective?.[context] : undefined;
  if (eff && eff.length > 0) add(eff, true);
  else {
    add(profile.global, true);
    if (context) add(profile.contexts?.[context], false);
  }
  return [...byAxis.values()];
}

/** A line before the bounds checked it (the checked fields, edits and softening are added later). */
type Candidate = Pick<SteeringLine, 'id' | 'text' | 'source' | 'axes' | 'direction' | 'strength' | 'pinned'>;

const PROTECTED: ReadonlyMap<string, ProtectedAxis> = new Map(PROTECTED_AXES.map((p) => [p.axis, p]));

/** Learned lines for the confident axes, strongest first, plus the protected axes that were clamped. */
function learnedCandidates(
  profile: Profile,
  context: ContextName | null,
  z: number,
  minEffect: number,
  muted: ReadonlySet<string>,
  pinnedAxes: ReadonlySet<string>,
) {
  const bounded: BoundedAxis[] = [];
  const picked: { axis: string; direction: Direction; strength: number; pinned: boolean }[] = [];
  for (const e of effectiveAxes(profile, context)) {
    const phrases = Object.hasOwn(AXIS_PHRASES, e.axis) ? AXIS_PHRASES[e.axis] : undefined;
    if (!phrases) continue;
    const sd = Math.sqrt(e.variance);
    const confident = Math.abs(e.mean) >= minEffect && (sd === 0 ? true : Math.abs(e.mean) / sd >= z) && Number.isFinite(sd);
    const pinned = pinnedAxes.has(e.axis) && e.mean !== 0;
    if (!confident && !pinned) continue;
    const direction: Direction = e.mean > 0 ? 'more' : 'less';
    let strength = Math.abs(e.mean);
    const guard = PROTECTED.get(e.axis);
    if (guard && guard.risky === direction && strength > guard.limit) {
      bounded.push({ axis: e.axis, direction, mean: e.mean, clampedTo: direction === 'more' ? guard.limit : -guard.limit, reason: guard.reason });
      strength = guard.limit;
    }
    if (strength < minEffect && !(pinned && strength > 0)) continue;
    picked.push({ axis: e.axis, direction, strength, pinned });
  }
  // Combos replace their parts when all parts are present (and the combo is not muted).
  const out: Candidate[] = [];
  const used = new Set<string>();
  for (const combo of COMBO_PHRASES) {
    if (muted.has(combo.id)) continue;
    const parts = combo.parts.map(([axis, dir]) => picked.find((p) => p.axis === axis && p.direction === dir));
    if (parts.some((p) => !p || used.has(p.axis) || muted.has(p.axis) || muted.has(`${p.axis}:${p.direction}`))) continue;
    for (const p of parts) used.add(p!.axis);
    out.push({
      id: combo.id,
      text: combo.text,
      source: 'learned',
      axes: parts.map((p) => p!.axis),
      strength: Math.max(...parts.map((p) => p!.strength)),
      pinned: parts.some((p) => p!.pinned),
    });
  }
  for (const p of picked) {
    if (used.has(p.axis)) continue;
    out.push({
      id: `${p.axis}:${p.direction}`,
      text: AXIS_PHRASES[p.axis]![p.direction],
      source: 'learned',
      axes: [p.axis],
      direction: p.direction,
      strength: p.strength,
      pinned: p.pinned,
    });
  }
  // Pinned axes first, then strongest first; ties broken by id so the order is deterministic.
  out.sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned) || b.strength! - a.strength! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { candidates: out, bounded };
}

const canon = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const sentences = (s: string) => s.split(/(?<=[.!?])\s+/u).map(canon).filter(Boolean);

/**
 * Composes the steering block for one context. Deterministic: the same profile, context and options always give the
 * same block. Every line (generated, pinned, edited or custom) passes through checkInstruction: blocked lines are
 * excluded and reported, softened lines replaced by their bounded form. The fixed line always ends the block.
 */
export function composeSteering(profile: Profile, context: ContextName | null, options: ComposeOptions = {}): ComposeResult {
  const z = finite(options.zThreshold, DEFAULT_COMPOSE.zThreshold);
  const minEffect = finite(options.minEffect, DEFAULT_COMPOSE.minEffect);
  const maxChars = finite(options.maxChars, DEFAULT_COMPOSE.maxChars);
  const muted = new Set(options.muted ?? []);
  const edits = options.edits ?? {};
  const excluded: ExcludedLine[] = [];

  const candidates: Candidate[] = [];
  (options.pinned ?? []).forEach((p, i) => {
    const id = typeof p?.id === 'string' && p.id ? p.id : `pinned:${i}`;
    candidates.push({ id, text: String(p?.text ?? ''), source: 'pinned', axes: [], pinned: true });
  });
  const learned = learnedCandidates(profile, context, z, minEffect, muted, new Set(options.pinnedAxes ?? []));
  const pinnedIds = new Set(candidates.filter((c) => c.source === 'pinned').map((c) => c.id));
  const fresh = learned.candidates.filter((c) => !pinnedIds.has(c.id));
  candidates.push(...fresh.filter((c) => c.pinned));
  (options.custom ?? []).forEach((text, i) => candidates.push({ id: `custom:${i}`, text: String(text ?? ''), source: 'custom', axes: [] }));
  candidates.push(...fresh.filter((c) => !c.pinned));

  const lines: SteeringLine[] = [];
  const seen = new Set<string>([canon(FIXED_LINE)]);
  let used = FIXED_LINE.length;
  for (const c of candidates) {
    if (muted.has(c.id) || (c.source === 'learned' && c.axes.some((a) => muted.has(a) || muted.has(`${a}:${c.direction}`)))) {
      excluded.push({ id: c.id, text: c.text, source: c.source, axes: c.axes, cause: 'muted' });
      continue;
    }
    const editKey = Object.hasOwn(edits, c.id) ? c.id : c.source === 'learned' && c.axes.length === 1 && Object.hasOwn(edits, c.axes[0]!) ? c.axes[0]! : null;
    const edit = editKey !== null && typeof edits[editKey] === 'string' ? edits[editKey] : undefined;
    const original = (edit ?? c.text).replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (!original) continue;
    const verdict = checkInstruction(original);
    if (verdict.verdict === 'block') {
      excluded.push({ id: c.id, text: original, source: c.source, axes: c.axes, cause: 'blocked', rules: verdict.rules, reason: verdict.reason });
      continue;
    }
    const text = verdict.verdict === 'soften' ? verdict.text! : original;
    if (seen.has(canon(text)) || sentences(text).every((x) => seen.has(x))) {
      excluded.push({ id: c.id, text, source: c.source, axes: c.axes, cause: 'duplicate' });
      continue;
    }
    if (used + text.length + 1 > maxChars) {
      excluded.push({ id: c.id, text, source: c.source, axes: c.axes, cause: 'too-long' });
      continue;
    }
    seen.add(canon(text));
    for (const x of sentences(text)) seen.add(x);
    used += text.length + 1;
    const line: SteeringLine = { id: c.id, text, source: c.source, axes: c.axes };
    if (c.direction) line.direction = c.direction;
    if (c.strength !== undefined) line.strength = c.strength;
    if (edit !== undefined) line.edited = true;
    if (c.pinned) line.pinned = true;
    if (verdict.verdict === 'soften') line.softened = { rules: verdict.rules, original };
    lines.push(line);
  }
  // Lines that pass one by one could still combine into an instruction that does not ("Ignore all previous" +
  // "instructions."): check the block as a whole and drop the user's own lines, last first, until it passes.
  let whole = checkInstruction(lines.map((l) => l.text).join('\n'));
  while (whole.verdict === 'block') {
    let idx = lines.length - 1;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i]!.source !== 'learned' || lines[i]!.edited) {
        idx = i;
        break;
      }
    }
    const [dropped] = lines.splice(idx, 1);
    if (!dropped) break;
    excluded.push({ id: dropped.id, text: dropped.text, source: dropped.source, axes: dropped.axes, cause: 'blocked', rules: whole.rules, ...(whole.reason ? { reason: whole.reason } : {}) });
    whole = checkInstruction(lines.map((l) => l.text).join('\n'));
  }
  lines.push({ id: 'fixed', text: FIXED_LINE, source: 'fixed', axes: [] });
  return { context, lines, text: lines.map((l) => l.text).join('\n'), excluded, bounded: learned.bounded };
}

/** Appends the fixed line unless the text already ends with it (and removes stray copies elsewhere). */
export function ensureFixedLine(text: string): string {
  const body = String(text ?? '')
    .split('\n')
    .filter((l) => canon(l) !== canon(FIXED_LINE))
    .join('\n')
    .trimEnd();
  return body ? `${body}\n${FIXED_LINE}` : FIXED_LINE;
}

export interface FinalizedBlock {
  text: string;
  /** Lines removed because the bounds block them (e.g. the user typed them into the preview). */
  blocked: { text: string; rules: string[]; reason?: string }[];
  /** Lines rewritten into their bounded form. */
  softened: { original: string; text: string; rules: string[] }[];
}

/**
 * The last gate before text leaves for a chat composer: every line is checked again (the preview may have been edited),
 * blocked lines are dropped, softened ones rewritten, and the fixed line ends the block.
 */
export function finalizeForComposer(text: string): FinalizedBlock {
  const blocked: FinalizedBlock['blocked'] = [];
  const softened: FinalizedBlock['softened'] = [];
  const kept: string[] = [];
  for (const raw of String(text ?? '').split('\n')) {
    const line = raw.trim();
    if (!line || canon(line) === canon(FIXED_LINE)) continue;
    const v = checkInstruction(line);
    if (v.verdict === 'block') blocked.push({ text: line, rules: v.rules, ...(v.reason ? { reason: v.reason } : {}) });
    else if (v.verdict === 'soften') {
      softened.push({ original: line, text: v.text!, rules: v.rules });
      kept.push(v.text!);
    } else kept.push(line);
  }
  // Lines that pass one by one may still combine into one that does not: drop from the end until the whole passes.
  let whole = checkInstruction(kept.join('\n'));
  while (whole.verdict === 'block' && kept.length > 0) {
    const dropped = kept.pop()!;
    blocked.push({ text: dropped, rules: whole.rules, ...(whole.reason ? { reason: whole.reason } : {}) });
    whole = checkInstruction(kept.join('\n'));
  }
  return { text: ensureFixedLine(kept.join('\n')), blocked, softened };
}

/** The context of what the user is typing, from the model's local classifier. */
export function detectContextFromDraft(draftText: string): ContextName {
  return classifyContext(draftText);
}
