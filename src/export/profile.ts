// The learned profile as a portable, documented document (docs/profile.schema.json) and as a plain-text
// "preference card" a person can paste into any assistant's custom instructions. Pure functions: the model's
// Profile and the composed steering (src/steering) come in as inputs.
import { AXES } from '../model/features';
import { CONTEXT_DESCRIPTIONS } from '../model/context';
import { explainProfile } from '../model/profile-utils';
import type { AxisEstimate, ContextName, Profile } from '../model/profile-types';
import type { ComposeResult } from '../steering/compose';

export const PROFILE_EXPORT_FORMAT = 'attune-profile-export';
export const PROFILE_EXPORT_VERSION = 1;

export interface ExportedAxis {
  name: string;
  description: string;
  /** Posterior mean weight (logits per reference standard deviation of the style); > 0 = prefers more. */
  mean: number;
  /** Posterior standard deviation of the weight. */
  uncertainty: number;
  /** Effective number of judgments behind this axis. */
  evidence: number;
  direction: 'more' | 'less';
  /** Probability the direction is right (0.5–1). */
  confidence: number;
  /** e.g. "prefers shorter answers". */
  phrase: string;
}

export interface ExportedDeviation {
  name: string;
  mean: number;
  uncertainty: number;
  evidence: number;
}

export interface ExportedContext {
  name: ContextName;
  description: string;
  /** Deviation from the global weights in this context (effective = global + deviation). */
  deviations: ExportedDeviation[];
}

export interface ExportedBound {
  axis: string;
  direction: string;
  mean: number;
  clampedTo: number;
  reason: string;
}

export interface ExportedBlockedLine {
  id: string;
  text: string;
  rules: string[];
  reason: string | null;
}

export interface ProfileExport {
  format: typeof PROFILE_EXPORT_FORMAT;
  version: typeof PROFILE_EXPORT_VERSION;
  exportedAt: string;
  updatedAt: string;
  judgments: number;
  halfLifeDays: number | null;
  axes: ExportedAxis[];
  contexts: ExportedContext[];
  /** The composed steering block (null when steering was not available) and the bounds that applied to it. */
  steering: { text: string; bounds: ExportedBound[]; blocked: ExportedBlockedLine[] } | null;
  /** The plain-text preference card (also offered on its own). */
  card: string;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const descriptions = new Map(AXES.map((a) => [a.name as string, a.description]));
const sd = (e: AxisEstimate) => Math.sqrt(Math.max(0, e.variance));

/**
 * Builds the export. `steering` is the composed block for the general context (composeSteering(profile, null));
 * `contextSteering` the blocks per context, used for the card's per-context lines.
 */
export function toProfileExport(
  profile: Profile,
  options: { steering?: ComposeResult | null; contextSteering?: Partial<Record<ContextName, ComposeResult>>; now?: Date } = {},
): ProfileExport {
  const byAxis = new Map(profile.global.map((e) => [e.axis, e]));
  const axes: ExportedAxis[] = explainProfile(profile).map((t) => {
    const e = byAxis.get(t.axis);
    return {
      name: t.axis,
      description: t.description,
      mean: round(e?.mean ?? 0),
      uncertainty: round(e ? sd(e) : 0),
      evidence: round(e?.evidence ?? t.evidence, 2),
      direction: t.direction,
      confidence: round(t.confidence, 3),
      phrase: t.phrase,
    };
  });
  const contexts: ExportedContext[] = (Object.keys(profile.contexts) as ContextName[]).sort().map((name) => ({
    name,
    description: CONTEXT_DESCRIPTIONS[name] ?? name,
    deviations: (profile.contexts[name] ?? []).map((e) => ({ name: e.axis, mean: round(e.mean), uncertainty: round(sd(e)), evidence: round(e.evidence, 2) })),
  }));
  const s = options.steering ?? null;
  const steering = s
    ? {
        text: s.text,
        bounds: s.bounded.map((b) => ({ axis: b.axis, direction: b.direction, mean: round(b.mean), clampedTo: round(b.clampedTo), reason: b.reason })),
        blocked: s.excluded.filter((x) => x.cause === 'blocked').map((x) => ({ id: x.id, text: x.text, rules: x.rules ?? [], reason: x.reason ?? null })),
      }
    : null;
  const doc: ProfileExport = {
    format: PROFILE_EXPORT_FORMAT,
    version: PROFILE_EXPORT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    updatedAt: new Date(profile.updatedAt).toISOString(),
    judgments: profile.judgments,
    halfLifeDays: profile.halfLifeDays,
    axes,
    contexts,
    steering,
    card: '',
  };
  doc.card = toPreferenceCard(doc, s, options.contextSteering);
  return doc;
}

/** The card: what a person would paste into custom instructions. Only confident preferences; bounded wording. */
export function toPreferenceCard(
  doc: Omit<ProfileExport, 'card'>,
  general: ComposeResult | null,
  contextSteering?: Partial<Record<ContextName, ComposeResult>>,
): string {
  const out = [`My answer-style preferences (learned by Attune from ${doc.judgments} of my ratings, ${doc.updatedAt.slice(0, 10)}):`, ''];
  const bodyOf = (r: ComposeResult) => r.lines.filter((l) => l.source !== 'fixed').map((l) => l.text);
  if (general) {
    const body = bodyOf(general);
    out.push(...(body.length ? body.map((l) => `- ${l}`) : ['- No strong preferences yet.']));
    for (const [ctx, r] of Object.entries(contextSteering ?? {}) as [ContextName, ComposeResult][]) {
      const extra = bodyOf(r).filter((l) => !body.includes(l));
      if (extra.length) out.push('', `For ${CONTEXT_DESCRIPTIONS[ctx]?.toLowerCase() ?? ctx}:`, ...extra.map((l) => `- ${l}`));
    }
    out.push('', ...general.lines.filter((l) => l.source === 'fixed').map((l) => l.text));
  } else {
    // Steering unavailable: the confident axes in plain words.
    const confident = doc.axes.filter((a) => a.confidence >= 0.9 && Math.abs(a.mean) >= 0.15).slice(0, 8);
    out.push(...(confident.length ? confident.map((a) => `- I ${a.phrase.replace(/^prefers/, 'prefer')}.`) : ['- No strong preferences yet.']));
  }
  return `${out.join('\n')}\n`;
}

/** Description of an axis for the docs and the UI. */
export const axisDescription = (name: string): string => descriptions.get(name) ?? name;
