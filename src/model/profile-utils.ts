// Helpers that work from a stored Profile alone (no judgments): scoring, explaining, active learning.
import { expectedInformationGain, predictiveProbability } from './bradley-terry';
import { CONTEXTS, classifyContext } from './context';
import { AXES, DIM, extractFeatures } from './features';
import type { AxisEstimate, AxisName, ContextName, Profile } from './profile-types';

export interface WeightView {
  mean: Float64Array;
  variance: Float64Array;
}

function fill(out: WeightView, list: AxisEstimate[] | undefined, add: boolean): void {
  if (!list) return;
  for (const e of list) {
    const k = AXES.findIndex((a) => a.name === e.axis);
    if (k < 0 || !Number.isFinite(e.mean)) continue;
    out.mean[k] = (add ? out.mean[k]! : 0) + e.mean;
    out.variance[k] = (add ? out.variance[k]! : 0) + (Number.isFinite(e.variance) ? Math.max(0, e.variance) : 0);
  }
}

/** The weights that apply in a context: the effective vector if stored, else global + deviation. */
export function weightsFor(profile: Profile, context?: ContextName | null): WeightView {
  const view: WeightView = { mean: new Float64Array(DIM), variance: new Float64Array(DIM) };
  const eff = context ? profile.effective?.[context] : undefined;
  if (eff && eff.length > 0) {
    fill(view, eff, false);
    return view;
  }
  fill(view, profile.global, false);
  if (context) fill(view, profile.contexts?.[context], true);
  return view;
}

function moments(w: WeightView, x: ArrayLike<number>): { m: number; s2: number } {
  let m = 0;
  let s2 = 0;
  for (let k = 0; k < DIM; k++) {
    m += w.mean[k]! * x[k]!;
    s2 += w.variance[k]! * x[k]! * x[k]!;
  }
  return { m, s2 };
}

/** P(a ≻ b) from precomputed feature vectors (hot loops, benchmarks). */
export function predictPairFeatures(profile: Profile, context: ContextName | null, fa: ArrayLike<number>, fb: ArrayLike<number>): number {
  const x = new Float64Array(DIM);
  for (let k = 0; k < DIM; k++) x[k] = fa[k]! - fb[k]!;
  const { m, s2 } = moments(weightsFor(profile, context), x);
  return predictiveProbability(m, s2);
}

/** P(chosen ≻ rejected) under the profile (posterior-averaged, diagonal covariance). */
export function predictPair(profile: Profile, prompt: string, chosen: string, rejected: string): number {
  const a = extractFeatures(chosen);
  const b = extractFeatures(rejected);
  for (let k = 0; k < DIM; k++) a[k] = a[k]! - b[k]!;
  const { m, s2 } = moments(weightsFor(profile, classifyContext(prompt)), a);
  return predictiveProbability(m, s2);
}

/** The baseline features of a context stored in the profile, or null if the profile has none. */
export function profileBaseline(profile: Profile, context: ContextName): Float64Array | null {
  const b = profile.baseline;
  if (!b) return null;
  const src = b.contexts?.[context]?.mean ?? b.global;
  if (!Array.isArray(src) || src.length !== DIM) return null;
  return Float64Array.from(src);
}

/**
 * P(thumbs-up) for a completion: its features against the baseline (the profile's stored baseline unless one is
 * given), scored with the context's weights.
 */
export function predictThumb(profile: Profile, prompt: string, completion: string, baseline?: ArrayLike<number> | null): number {
  const context = classifyContext(prompt);
  const x = extractFeatures(completion);
  const base = baseline ?? profileBaseline(profile, context);
  if (base) for (let k = 0; k < DIM; k++) x[k] = x[k]! - base[k]!;
  const { m, s2 } = moments(weightsFor(profile, context), x);
  return predictiveProbability(m, s2);
}

/** Overall score of a response for a context (the utility w·φ, in logits relative to the reference). */
export function scoreResponse(profile: Profile, prompt: string, text: string): number {
  return moments(weightsFor(profile, classifyContext(prompt)), extractFeatures(text)).m;
}

export interface TopAxis {
  axis: AxisName;
  description: string;
  /** 'more' = the user prefers more of this axis. */
  direction: 'more' | 'less';
  /** |posterior mean|: logits per reference standard deviation. */
  strength: number;
  /** Posterior probability that the direction is right, 0.5–1. */
  confidence: number;
  /** Readable phrase, e.g. "prefers shorter answers". */
  phrase: string;
  evidence: number;
}

function normalCdf(z: number): number {
  // Abramowitz–Stegun 7.1.26 via erf.
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Every axis with direction, strength and confidence, strongest (strength × confidence) first. */
export function explainProfile(profile: Profile, context?: ContextName | null): TopAxis[] {
  const w = weightsFor(profile, context ?? null);
  const evid = new Map<string, number>();
  for (const e of (context ? profile.effective?.[context] : null) ?? profile.global) evid.set(e.axis, e.evidence);
  const out = AXES.map((a, k) => {
    const mean = w.mean[k]!;
    const sd = Math.sqrt(w.variance[k]!);
    const direction: 'more' | 'less' = mean >= 0 ? 'more' : 'less';
    const confidence = sd > 0 ? normalCdf(Math.abs(mean) / sd) : 1;
    return {
      axis: a.name,
      description: a.description,
      direction,
      strength: Math.abs(mean),
      confidence,
      phrase: `prefers ${direction === 'more' ? a.more : a.less}`,
      evidence: evid.get(a.name) ?? 0,
    };
  });
  return out.sort((p, q) => q.strength * (2 * q.confidence - 1) - p.strength * (2 * p.confidence - 1));
}

/** The n axes that best describe the user (see explainProfile). */
export function topAxes(profile: Profile, n = 5, context?: ContextName | null): TopAxis[] {
  return explainProfile(profile, context).slice(0, Math.max(0, n));
}

export interface ProfilePairCandidate {
  prompt: string;
  a: string;
  b: string;
}

/**
 * Ranks candidate pairs by expected information gain under the profile's (diagonal) posterior, most informative
 * first. The learner's own rankByInformationGain uses the full covariance and is preferable when available.
 */
export function rankByInformationGain(
  profile: Profile,
  candidatePairs: readonly ProfilePairCandidate[],
): { index: number; gain: number; p: number }[] {
  return candidatePairs
    .map((pair, index) => {
      const a = extractFeatures(pair.a);
      const b = extractFeatures(pair.b);
      for (let k = 0; k < DIM; k++) a[k] = a[k]! - b[k]!;
      const { m, s2 } = moments(weightsFor(profile, classifyContext(pair.prompt)), a);
      return { index, gain: expectedInformationGain(m, s2), p: predictiveProbability(m, s2) };
    })
    .sort((p, q) => q.gain - p.gain);
}

/** A neutral profile (no judgments yet). */
export function emptyProfile(now = Date.now(), halfLifeDays: number | null = 180, variance = 0.25): Profile {
  return {
    format: 'attune-profile',
    version: 1,
    updatedAt: now,
    judgments: 0,
    global: AXES.map((a) => ({ axis: a.name, mean: 0, variance, evidence: 0 })),
    contexts: {},
    halfLifeDays,
  };
}

/** Validates the shape of a parsed profile; returns a message describing the first problem, or null. */
export function profileProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'not a JSON object';
  const p = value as Record<string, unknown>;
  if (p.format !== 'attune-profile') return '"format" must be "attune-profile"';
  if (p.version !== 1) return 'unsupported "version" (expected 1)';
  if (!Array.isArray(p.global)) return '"global" must be an array of axis estimates';
  for (const [i, e] of (p.global as unknown[]).entries()) {
    const a = e as Record<string, unknown> | null;
    if (!a || typeof a.axis !== 'string' || typeof a.mean !== 'number' || typeof a.variance !== 'number') {
      return `"global[${i}]" must have "axis" (string), "mean" and "variance" (numbers)`;
    }
  }
  if (p.contexts !== undefined && (typeof p.contexts !== 'object' || p.contexts === null)) return '"contexts" must be an object';
  for (const c of Object.keys((p.contexts as object) ?? {})) {
    if (!(CONTEXTS as readonly string[]).includes(c)) return `unknown context "${c}" in "contexts"`;
  }
  return null;
}
