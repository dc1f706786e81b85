// The personal preference learner: judgments in, Profile out. Used by the background worker and the CLI.
import {
  adfUpdate,
  expectedInformationGain,
  fitLaplace,
  marginMoments,
  predictiveProbability,
  priorPosterior,
  symmetrize,
  type Design,
  type GaussianPrior,
  type Posterior,
} from './bradley-terry';
import { CONTEXTS, classifyContext } from './context';
import { cholesky, cholInverse } from './linalg';
import { AXES, DIM, extractFeatures } from './features';
import type { AxisEstimate, ContextName, Profile, ProfileBaseline } from './profile-types';
import { populationGaussian, type PopulationPrior } from './population-prior';

/** A side-by-side choice: `chosen` was preferred over `rejected`. */
export interface PairJudgment {
  kind: 'pair';
  prompt: string;
  chosen: string;
  rejected: string;
  /** Evidence weight; default 1 (explicit choice). Use ~0.4 for an inferred version pick. */
  weight?: number;
  /** When it was made: epoch ms or an ISO string; missing = now (no decay). */
  at?: number | string | null;
  /** Overrides the classified context of `prompt`. */
  context?: ContextName;
}

/** A thumbs up (label true) or down on one response; compared with the user's baseline in the same context. */
export interface ThumbJudgment {
  kind: 'thumb';
  prompt: string;
  completion: string;
  label: boolean;
  /** Evidence weight; default 0.7 (a thumb). */
  weight?: number;
  at?: number | string | null;
  context?: ContextName;
}

export type ModelJudgment = PairJudgment | ThumbJudgment;

/** A finished response the user saw (rated or not): it forms the baseline thumbs are compared against. */
export interface ObservedText {
  prompt: string;
  text: string;
  context?: ContextName;
}

export const DEFAULT_WEIGHTS = { pair: 1, thumb: 0.7 } as const;

export interface LearnerOptions {
  /** Recency half-life in days; null = no decay (default 180). */
  halfLifeDays?: number | null;
  /** Optional population prior: a starting point only; its variances are inflated so the user's data dominates. */
  prior?: Profile | null;
  /** Neutral prior variance of each global weight (default 0.25). */
  globalVariance?: number;
  /**
   * Prior variance of each per-context deviation (default: the population prior's `deviationVariance` when it has
   * one, else 0.1; tighter than global: contexts borrow strength).
   */
  deviationVariance?: number;
  /** Population-prior variance multiplier (default 1; priorSpread is the principled inflation). */
  priorInflation?: number;
  /**
   * Added to population-prior variances: how far one person may sit from the population, per axis (default 0.025:
   * a standardized pair difference has Σ_d E[Δφ_d²] ≈ 2·22 = 44, so this lets one person's utility for a typical pair
   * differ from the population's by ≈ 1 logit (sd) before any of their own data arrives).
   */
  priorSpread?: number;
  /** EM rounds of automatic relevance determination on the global axes in refit (default 0 = off). */
  relevanceRounds?: number;
  /**
   * Optional population prior WITH between-person covariance (see population.ts, fitted from many people's data):
   * the global weights start at N(population mean, population covariance), so a few choices settle where this person
   * sits among the directions people actually differ in. Their own data still dominates as it grows (the prior is a
   * fixed, full-rank Gaussian). Takes the place of `prior` when both are given.
   */
  population?: PopulationPrior | null;
  /** Per-context deviations on (default true). */
  hierarchical?: boolean;
  /** Clock for recency and `updatedAt` (default Date.now). */
  now?: () => number;
  /** Feature extractor (default extractFeatures with a per-learner cache); pass a shared cache to reuse work. */
  featurize?: (text: string) => Float64Array;
}

interface ResolvedOptions {
  halfLifeDays: number | null;
  prior: Profile | null;
  population: PopulationPrior | null;
  globalVariance: number;
  deviationVariance: number;
  priorInflation: number;
  priorSpread: number;
  hierarchical: boolean;
  relevanceRounds: number;
  now: () => number;
  featurize: ((text: string) => Float64Array) | null;
}

function resolve(o: LearnerOptions = {}): ResolvedOptions {
  return {
    halfLifeDays: o.halfLifeDays === undefined ? 180 : o.halfLifeDays,
    prior: o.prior ?? null,
    population: o.population ?? null,
    globalVariance: o.globalVariance ?? 0.25,
    deviationVariance: o.deviationVariance ?? o.population?.deviationVariance ?? 0.1,
    priorInflation: o.priorInflation ?? 1,
    priorSpread: o.priorSpread ?? 0.025,
    hierarchical: o.hierarchical ?? true,
    relevanceRounds: o.relevanceRounds ?? 0,
    now: o.now ?? Date.now,
    featurize: o.featurize ?? null,
  };
}

const NCTX = CONTEXTS.length;
const CTX_INDEX: Readonly<Record<ContextName, number>> = Object.fromEntries(CONTEXTS.map((c, i) => [c, i])) as Record<ContextName, number>;
const DAY_MS = 86_400_000;

/** Parses `at` (epoch ms, epoch seconds, or ISO string) to epoch ms; null when missing or invalid. */
export function parseTime(at: number | string | null | undefined): number | null {
  if (at === null || at === undefined || at === '') return null;
  if (typeof at === 'number') return Number.isFinite(at) ? (at < 1e11 ? at * 1000 : at) : null;
  const t = Date.parse(at);
  return Number.isFinite(t) ? t : null;
}

/**
 * A Gaussian prior over [global | deviations]. Neutral: w ~ N(0, globalVariance), δ_c ~ N(0, deviationVariance).
 * With a population profile it is a product of Gaussian factors:
 *   δ_c ~ N(0, deviationVariance)                         (a person's contexts still shrink toward their global)
 *   w ~ N(pop global, pop variance·inflation + spread)
 *   w + δ_c ~ N(pop effective_c, pop variance·inflation + spread)   for each context the population has
 * The factors on the EFFECTIVE weights matter: a pooled fit pins down w + δ_c much more tightly than w and δ_c
 * separately (they trade off), so a diagonal prior on w and δ_c alone would throw most of the population's
 * information away. The resulting prior has a full precision matrix.
 */
export function buildPrior(options: LearnerOptions = {}): GaussianPrior {
  const o = resolve(options);
  const p = DIM * (NCTX + 1);
  const mean = new Float64Array(p);
  const variance = new Float64Array(p);
  for (let k = 0; k < DIM; k++) variance[k] = o.globalVariance;
  for (let k = DIM; k < p; k++) variance[k] = o.hierarchical ? o.deviationVariance : 1e-9;
  if (o.population) return populationGaussian(o.population, o.hierarchical ? o.deviationVariance : 1e-9);
  const pop = o.prior;
  if (!pop) return { mean, variance };
  const lam = new Float64Array(p * p);
  const axisOf = (e: AxisEstimate) => AXES.findIndex((a) => a.name === e.axis);
  const popVar = (v: number, spread: number, cap: number) => Math.min(cap, Math.max(1e-6, v) * o.priorInflation + spread);
  // Factor on θ[i] (+ θ[j]) with mean mu and variance v.
  const factor = (i: number, j: number, _mu: number, v: number) => {
    const q = 1 / v;
    lam[i * p + i]! += q;
    if (j >= 0) {
      lam[j * p + j]! += q;
      lam[i * p + j]! += q;
      lam[j * p + i]! += q;
    }
  };
  const hasGlobal = new Set<number>();
  for (const e of pop.global ?? []) {
    const k = axisOf(e);
    if (k < 0 || !Number.isFinite(e.mean) || !Number.isFinite(e.variance)) continue;
    factor(k, -1, e.mean, popVar(e.variance, o.priorSpread, Math.max(o.globalVariance, 1)));
    hasGlobal.add(k);
  }
  for (let k = 0; k < DIM; k++) if (!hasGlobal.has(k)) factor(k, -1, 0, o.globalVariance);
  for (let k = DIM; k < p; k++) factor(k, -1, 0, o.hierarchical ? o.deviationVariance : 1e-9);
  if (o.hierarchical) {
    for (const c of CONTEXTS) {
      const b = (CTX_INDEX[c] + 1) * DIM;
      // Effective weights of the context: stored, or global + deviation.
      const eff = pop.effective?.[c];
      const dev = pop.contexts?.[c];
      if (eff && eff.length) {
        for (const e of eff) {
          const k = axisOf(e);
          if (k < 0 || !Number.isFinite(e.mean) || !Number.isFinite(e.variance)) continue;
          factor(k, b + k, e.mean, popVar(e.variance, o.priorSpread, Math.max(o.globalVariance, 1)));
        }
      } else if (dev && dev.length) {
        const g = new Map((pop.global ?? []).map((e) => [e.axis, e]));
        for (const e of dev) {
          const k = axisOf(e);
          const ge = g.get(e.axis);
          if (k < 0 || !ge || !Number.isFinite(e.mean) || !Number.isFinite(e.variance)) continue;
          factor(k, b + k, ge.mean + e.mean, popVar(ge.variance + e.variance, o.priorSpread, Math.max(o.globalVariance, 1)));
        }
      }
    }
  }
  // The prior mean is the population's own estimate (so with no data of their own a person gets exactly the
  // population's predictions); the factors above only shape the prior's uncertainty.
  for (const e of pop.global ?? []) {
    const k = axisOf(e);
    if (k >= 0 && Number.isFinite(e.mean)) mean[k] = e.mean;
  }
  if (o.hierarchical) {
    for (const c of CONTEXTS) {
      const b = (CTX_INDEX[c] + 1) * DIM;
      const eff = pop.effective?.[c];
      if (eff && eff.length) {
        for (const e of eff) {
          const k = axisOf(e);
          if (k >= 0 && Number.isFinite(e.mean)) mean[b + k] = e.mean - mean[k]!;
        }
      } else {
        for (const e of pop.contexts?.[c] ?? []) {
          const k = axisOf(e);
          if (k >= 0 && Number.isFinite(e.mean)) mean[b + k] = e.mean;
        }
      }
    }
  }
  const l = Float64Array.from(lam);
  cholesky(l, p);
  const cov = cholInverse(l, p);
  for (let k = 0; k < p; k++) variance[k] = cov[k * p + k]!;
  return { mean, variance, precision: lam };
}

interface Stored {
  ctx: number;
  /** Pair: chosen features; thumb: completion features. */
  a: Float64Array;
  /** Pair: rejected features; thumb: null. */
  b: Float64Array | null;
  label: boolean;
  weight: number;
  at: number | null;
}

/** Running per-context feature sums of observed responses. */
class Baselines {
  readonly sums = new Float64Array((NCTX + 1) * DIM);
  readonly counts = new Float64Array(NCTX + 1);
  static readonly PSEUDO = 3;

  add(ctx: number, f: ArrayLike<number>): void {
    for (let k = 0; k < DIM; k++) {
      this.sums[k]! += f[k]!;
      this.sums[(ctx + 1) * DIM + k]! += f[k]!;
    }
    this.counts[0]!++;
    this.counts[ctx + 1]!++;
  }

  /** Baseline of a context: its mean, shrunk toward the overall mean (itself shrunk toward the reference, 0). */
  get(ctx: number, out = new Float64Array(DIM)): Float64Array {
    const k0 = Baselines.PSEUDO;
    const n = this.counts[0]!;
    const nc = ctx >= 0 ? this.counts[ctx + 1]! : 0;
    for (let k = 0; k < DIM; k++) {
      const g = this.sums[k]! / (n + k0);
      out[k] = ctx >= 0 ? (this.sums[(ctx + 1) * DIM + k]! + k0 * g) / (nc + k0) : g;
    }
    return out;
  }

  toJSON(): ProfileBaseline {
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    const contexts: ProfileBaseline['contexts'] = {};
    for (const c of CONTEXTS) {
      const i = CTX_INDEX[c];
      if (this.counts[i + 1]! > 0) contexts[c] = { count: this.counts[i + 1]!, mean: Array.from(this.get(i), round) };
    }
    return { count: this.counts[0]!, global: Array.from(this.get(-1), round), contexts };
  }

  static fromProfile(b: ProfileBaseline | undefined): Baselines | null {
    if (!b || !Array.isArray(b.global) || b.global.length !== DIM) return null;
    // Rebuild sums that reproduce the stored (shrunk) means.
    const out = new Baselines();
    const n = Math.max(0, b.count);
    out.counts[0] = n;
    for (let k = 0; k < DIM; k++) out.sums[k] = (b.global[k] ?? 0) * (n + Baselines.PSEUDO);
    for (const c of CONTEXTS) {
      const e = b.contexts?.[c];
      if (!e || e.mean.length !== DIM) continue;
      const i = CTX_INDEX[c] + 1;
      out.counts[i] = e.count;
      for (let k = 0; k < DIM; k++) {
        const g = out.sums[k]! / (n + Baselines.PSEUDO);
        out.sums[i * DIM + k] = (e.mean[k] ?? 0) * (e.count + Baselines.PSEUDO) - Baselines.PSEUDO * g;
      }
    }
    return out;
  }
}

/** Feature cache so a text seen as observed and rated is featurized once. */
class FeatureCache {
  private map = new Map<string, Float64Array>();
  constructor(
    private readonly external: ((text: string) => Float64Array) | null,
    private readonly limit = 4000,
  ) {}
  get(text: string): Float64Array {
    if (this.external) return this.external(text);
    let f = this.map.get(text);
    if (!f) {
      f = extractFeatures(text);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(text, f);
    }
    return f;
  }
}

function contextOf(j: { prompt: string; context?: ContextName }): number {
  const c = j.context && Object.hasOwn(CTX_INDEX, j.context) ? j.context : classifyContext(j.prompt);
  return CTX_INDEX[c];
}

export interface CandidatePair {
  prompt: string;
  a: string;
  b: string;
  context?: ContextName;
}

export interface RankedPair {
  index: number;
  /** Expected information gain in nats. */
  gain: number;
  /** Predicted probability that `a` is preferred. */
  p: number;
}

export interface Learner {
  /** Records a finished response (rated or not) for the thumbs baseline. */
  observe(response: ObservedText): void;
  observe(prompt: string, text: string): void;
  /** Incremental (ADF) update with one judgment; O(P²) ≈ 25k flops. */
  addJudgment(j: ModelJudgment): void;
  /** Adds many judgments, then one full refit (use at start-up with the stored judgments). */
  addJudgments(js: Iterable<ModelJudgment>): void;
  /** Full Laplace refit from every stored judgment (applies recency relative to the newest). */
  refit(): void;
  /** The current posterior as a Profile. */
  profile(): Profile;
  /** Probability that `a` is preferred to `b` for this prompt (full posterior covariance). */
  predict(prompt: string, a: string, b: string): number;
  /** Probability of a thumbs-up for this response. */
  probabilityUp(prompt: string, completion: string): number;
  /** Candidate pairs sorted by expected information gain (most informative first). */
  rankByInformationGain(pairs: readonly CandidatePair[]): RankedPair[];
  /** Number of judgments held. */
  readonly size: number;
}

class LearnerImpl implements Learner {
  private readonly o: ResolvedOptions;
  private readonly prior: GaussianPrior;
  private post: Posterior;
  private readonly stored: Stored[] = [];
  private readonly baselines: Baselines;
  private readonly cache: FeatureCache;
  private evidence = new Float64Array((NCTX + 1) * DIM);
  private dirtyAdf = false;

  constructor(options: LearnerOptions) {
    this.o = resolve(options);
    this.cache = new FeatureCache(this.o.featurize);
    this.prior = buildPrior(options);
    this.post = priorPosterior(this.prior, DIM, NCTX);
    this.baselines = new Baselines();
  }

  get size(): number {
    return this.stored.length;
  }

  observe(response: ObservedText | string, text?: string): void {
    const r: ObservedText = typeof response === 'string' ? { prompt: response, text: text ?? '' } : response;
    this.baselines.add(contextOf(r), this.cache.get(r.text ?? ''));
  }

  private store(j: ModelJudgment): Stored | null {
    const ctx = contextOf(j);
    const at = parseTime(j.at);
    if (j.kind === 'pair') {
      const weight = j.weight ?? DEFAULT_WEIGHTS.pair;
      if (!(weight > 0)) return null;
      return { ctx, a: this.cache.get(j.chosen), b: this.cache.get(j.rejected), label: true, weight, at };
    }
    const weight = j.weight ?? DEFAULT_WEIGHTS.thumb;
    if (!(weight > 0)) return null;
    return { ctx, a: this.cache.get(j.completion), b: null, label: j.label, weight, at };
  }

  private diff(s: Stored, out: Float64Array, base?: Float64Array): Float64Array {
    if (s.b) {
      for (let k = 0; k < DIM; k++) out[k] = s.a[k]! - s.b[k]!;
    } else {
      const b = base ?? this.baselines.get(s.ctx);
      const sign = s.label ? 1 : -1;
      for (let k = 0; k < DIM; k++) out[k] = sign * (s.a[k]! - b[k]!);
    }
    return out;
  }

  private modelCtx(ctx: number): number {
    return this.o.hierarchical ? ctx : -1;
  }

  addJudgment(j: ModelJudgment): void {
    const s = this.store(j);
    if (!s) return;
    this.stored.push(s);
    const x = this.diff(s, new Float64Array(DIM));
    adfUpdate(this.post, x, this.modelCtx(s.ctx), s.weight);
    this.addEvidence(x, s.ctx, s.weight);
    this.dirtyAdf = true;
  }

  /** Adds many judgments, then one full refit (faster and exact for batches). */
  addJudgments(js: Iterable<ModelJudgment>): void {
    this.stage(js);
    this.refit();
  }

  /** Holds judgments without fitting. */
  stage(js: Iterable<ModelJudgment>): void {
    for (const j of js) {
      const s = this.store(j);
      if (s) this.stored.push(s);
    }
  }

  private addEvidence(x: Float64Array, ctx: number, w: number): void {
    for (let k = 0; k < DIM; k++) {
      const e = w * Math.min(1, Math.abs(x[k]!));
      this.evidence[k]! += e;
      this.evidence[(ctx + 1) * DIM + k]! += e;
    }
  }

  /** Featurized design with recency weights (exposed for the benchmark's timing of the pure fit). */
  design(): Design {
    const n = this.stored.length;
    const x = new Float64Array(n * DIM);
    const ctx = new Int32Array(n);
    const weight = new Float64Array(n);
    let newest = -Infinity;
    for (const s of this.stored) if (s.at !== null && s.at > newest) newest = s.at;
    const hl = this.o.halfLifeDays;
    const bases = CONTEXTS.map((_, i) => this.baselines.get(i));
    this.evidence = new Float64Array((NCTX + 1) * DIM);
    for (let i = 0; i < n; i++) {
      const s = this.stored[i]!;
      const row = x.subarray(i * DIM, (i + 1) * DIM);
      this.diff(s, row, bases[s.ctx]);
      ctx[i] = this.modelCtx(s.ctx);
      let w = s.weight;
      if (hl !== null && hl > 0 && s.at !== null && Number.isFinite(newest)) w *= Math.pow(0.5, (newest - s.at) / (hl * DAY_MS));
      weight[i] = w;
      this.addEvidence(row, s.ctx, w);
    }
    return { n, dim: DIM, x, ctx, weight };
  }

  refit(): void {
    const design = this.design();
    this.post = fitLaplace(design, this.prior, NCTX);
    // Optional automatic relevance determination (type-II ML by EM): each global axis's prior variance becomes
    // μ² + σ² of its posterior, so axes the person does not care about shrink to zero and the others are freed.
    for (let round = 0; round < this.o.relevanceRounds && !this.prior.precision; round++) {
      const p = this.post.mean.length;
      const variance = Float64Array.from(this.prior.variance);
      for (let k = 0; k < DIM; k++) {
        const m = this.post.mean[k]!;
        variance[k] = Math.min(4, Math.max(1e-3, m * m + this.post.cov[k * p + k]!));
      }
      this.post = fitLaplace(design, { mean: this.prior.mean, variance }, NCTX);
    }
    this.dirtyAdf = false;
  }

  /** The raw posterior (for benchmarks and tests). */
  posterior(): Posterior {
    return symmetrize(this.post);
  }

  profile(): Profile {
    symmetrize(this.post);
    return toProfile(this.post, this.evidence, this.stored.length, this.o, this.baselines.toJSON(), this.dirtyAdf);
  }

  predict(prompt: string, a: string, b: string): number {
    const fa = this.cache.get(a);
    const fb = this.cache.get(b);
    const x = new Float64Array(DIM);
    for (let k = 0; k < DIM; k++) x[k] = fa[k]! - fb[k]!;
    const { m, s2 } = marginMoments(this.post, x, this.modelCtx(contextOf({ prompt })));
    return predictiveProbability(m, s2);
  }

  probabilityUp(prompt: string, completion: string): number {
    const ctx = contextOf({ prompt });
    const f = this.cache.get(completion);
    const base = this.baselines.get(ctx);
    const x = new Float64Array(DIM);
    for (let k = 0; k < DIM; k++) x[k] = f[k]! - base[k]!;
    const { m, s2 } = marginMoments(this.post, x, this.modelCtx(ctx));
    return predictiveProbability(m, s2);
  }

  rankByInformationGain(pairs: readonly CandidatePair[]): RankedPair[] {
    const x = new Float64Array(DIM);
    const out = pairs.map((pair, index) => {
      const fa = this.cache.get(pair.a);
      const fb = this.cache.get(pair.b);
      for (let k = 0; k < DIM; k++) x[k] = fa[k]! - fb[k]!;
      const { m, s2 } = marginMoments(this.post, x, this.modelCtx(contextOf(pair)));
      return { index, gain: expectedInformationGain(m, s2), p: predictiveProbability(m, s2) };
    });
    return out.sort((p, q) => q.gain - p.gain);
  }
}

/**
 * One person's judgments as a design without recency: the rows population.ts fits per person. Global-only by default
 * (every row's context −1); with `contexts`, each row keeps its context index, for the hierarchical model.
 * Thumbs are compared with the person's own thumbed completions as the baseline (as `refit` does without observed).
 */
export function personDesign(judgments: readonly ModelJudgment[], featurize?: (text: string) => Float64Array, contexts = false): Design {
  const learner = new LearnerImpl({ featurize, hierarchical: contexts, halfLifeDays: null });
  for (const j of judgments) if (j.kind === 'thumb') learner.observe({ prompt: j.prompt, text: j.completion, context: j.context });
  learner.stage(judgments);
  return learner.design();
}

export function createLearner(options: LearnerOptions = {}): Learner & {
  posterior(): Posterior;
  design(): Design;
} {
  return new LearnerImpl(options);
}

/**
 * Full refit from scratch: every observed response forms the baseline, then every judgment is fitted (Laplace).
 * When `observed` is empty, the thumbs' own completions form the baseline (the CLI's rule for KTO files).
 */
export function refit(judgments: readonly ModelJudgment[], observed: readonly ObservedText[] = [], options: LearnerOptions = {}): Profile {
  const learner = new LearnerImpl(options);
  if (observed.length > 0) for (const r of observed) learner.observe(r);
  else for (const j of judgments) if (j.kind === 'thumb') learner.observe({ prompt: j.prompt, text: j.completion, context: j.context });
  learner.addJudgments(judgments);
  return learner.profile();
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function toProfile(
  post: Posterior,
  evidence: Float64Array,
  judgments: number,
  o: ResolvedOptions,
  baseline: ProfileBaseline,
  _online: boolean,
): Profile {
  const p = post.mean.length;
  const est = (block: number): AxisEstimate[] =>
    AXES.map((a, k) => {
      const i = block * DIM + k;
      return { axis: a.name, mean: round6(post.mean[i]!), variance: round6(post.cov[i * p + i]!), evidence: round6(evidence[i]!) };
    });
  const contexts: Profile['contexts'] = {};
  const effective: NonNullable<Profile['effective']> = {};
  if (o.hierarchical) {
    for (const c of CONTEXTS) {
      const b = CTX_INDEX[c] + 1;
      let ev = 0;
      for (let k = 0; k < DIM; k++) ev += evidence[b * DIM + k]!;
      if (ev <= 0 && !o.prior?.contexts[c]) continue;
      contexts[c] = est(b);
      effective[c] = AXES.map((a, k) => {
        const g = k;
        const d = b * DIM + k;
        const v = post.cov[g * p + g]! + post.cov[d * p + d]! + 2 * post.cov[g * p + d]!;
        return { axis: a.name, mean: round6(post.mean[g]! + post.mean[d]!), variance: round6(Math.max(0, v)), evidence: round6(evidence[d]!) };
      });
    }
  }
  return {
    format: 'attune-profile',
    version: 1,
    updatedAt: o.now(),
    judgments,
    global: est(0),
    contexts,
    halfLifeDays: o.halfLifeDays,
    effective,
    baseline,
  };
}

/**
 * Empirical-Bayes estimate of how far individual people sit from a population fit, per axis (τ², for
 * `priorSpread`): a method-of-moments estimate on each person's score statistic at the population weights.
 * If person v's weights are population + δ_v with δ_v ~ N(0, τ²I), their log-likelihood gradient g_v at the
 * population weights has E‖g_v‖² ≈ tr(I_v) + τ²·tr(I_v²), where I_v is their Fisher information. Only needs the
 * population profile and each person's judgments (use people other than the one being fitted).
 */
export function estimatePopulationSpread(
  people: readonly (readonly ModelJudgment[])[],
  population: Profile,
  options: Pick<LearnerOptions, 'featurize'> = {},
): number {
  const cache = new FeatureCache(options.featurize ?? null);
  const weights = CONTEXTS.map((c) => {
    const w = new Float64Array(DIM);
    const eff = population.effective?.[c];
    const src = eff && eff.length ? eff : population.global;
    for (const e of src) {
      const k = AXES.findIndex((a) => a.name === e.axis);
      if (k >= 0) w[k] = e.mean;
    }
    if (!eff || !eff.length) {
      for (const e of population.contexts[c] ?? []) {
        const k = AXES.findIndex((a) => a.name === e.axis);
        if (k >= 0) w[k] = w[k]! + e.mean;
      }
    }
    return w;
  });
  let num = 0;
  let den = 0;
  const x = new Float64Array(DIM);
  for (const judgments of people) {
    if (judgments.length < 2) continue;
    const g = new Float64Array(DIM);
    const info = new Float64Array(DIM * DIM);
    const base = new Baselines();
    for (const j of judgments) if (j.kind === 'thumb') base.add(contextOf(j), cache.get(j.completion));
    for (const j of judgments) {
      const ctx = contextOf(j);
      const omega = j.weight ?? (j.kind === 'pair' ? DEFAULT_WEIGHTS.pair : DEFAULT_WEIGHTS.thumb);
      if (j.kind === 'pair') {
        const a = cache.get(j.chosen);
        const b = cache.get(j.rejected);
        for (let k = 0; k < DIM; k++) x[k] = a[k]! - b[k]!;
      } else {
        const a = cache.get(j.completion);
        const b = base.get(ctx);
        for (let k = 0; k < DIM; k++) x[k] = (j.label ? 1 : -1) * (a[k]! - b[k]!);
      }
      const w = weights[ctx]!;
      let f = 0;
      for (let k = 0; k < DIM; k++) f += w[k]! * x[k]!;
      const s = 1 / (1 + Math.exp(-f));
      for (let k = 0; k < DIM; k++) {
        g[k] = g[k]! + omega * (1 - s) * x[k]!;
        for (let l = 0; l < DIM; l++) info[k * DIM + l] = info[k * DIM + l]! + omega * s * (1 - s) * x[k]! * x[l]!;
      }
    }
    let gg = 0;
    let tr = 0;
    let tr2 = 0;
    for (let k = 0; k < DIM; k++) {
      gg += g[k]! * g[k]!;
      tr += info[k * DIM + k]!;
      for (let l = 0; l < DIM; l++) tr2 += info[k * DIM + l]! * info[l * DIM + k]!;
    }
    num += gg - tr;
    den += tr2;
  }
  return den > 0 ? Math.max(1e-4, num / den) : 0.025;
}
