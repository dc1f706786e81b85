// The Bayes-optimal learner for bench:learning's simulated people: it knows the exact process their hidden tastes
// were drawn from (not just its first two moments, as the "true prior" Gaussian line does) and predicts with the exact
// posterior, sampled by MCMC. No learner that sees the same choices can predict them better on average, so its
// share of the oracle's margin after n choices is the ceiling for the "≥ 90% after 20 choices" target, for learners
// that ask, as it does, the most informative question by their posterior (other question rules did no better in
// session 3: src/model/README.md).
//
// The generative process (bench/learning.ts, drawTaste and the context deviations), every value times `scale`:
// - global taste, sparse: 2–5 draws (uniform count), each setting a uniformly drawn axis to ±U(0.5, 1.5), later
//   draws overwriting earlier ones on the same axis; or Gaussian: N(0, Σ) (dense: Σ = I, factors: three shared
//   directions plus 0.01·I).
// - context deviations: 1 or 2 draws, each of a context, an axis and ±U(0.5, 1.0); the deviation of a context is the
//   one-axis vector of the last draw naming it (a second draw for the same context replaces the first).
// Choices follow Bradley–Terry: P(chosen ≻ rejected) = σ((g + dev_ctx) · (φ(chosen) − φ(rejected))).
//
// Sampler: every move on a discrete draw proposes from that draw's own prior (or symmetrically), so the acceptance
// ratio is the likelihood ratio alone; the Gaussian part moves by elliptical slice sampling (Murray, Adams and MacKay
// 2010), which needs no tuning. Several chains start from independent prior draws.

import { logSigmoid, sigmoid } from '../src/model/linalg';
import { gaussian } from '../src/shared/prng';

export type GlobalPrior =
  | { kind: 'sparse'; dim: number; scale: number }
  | {
      kind: 'gaussian';
      dim: number;
      /** Lower-triangular Cholesky factor of the covariance (row-major, dim × dim), scale already applied. */
      chol: Float64Array;
    };

export interface DeviationPrior {
  contexts: number;
  scale: number;
}

/** One observed choice: the feature difference chosen − rejected, and the prompt's context index. */
export interface Observation {
  d: Float64Array;
  ctx: number;
}

/** One posterior draw, in the form predictions need. */
export interface Draw {
  w: Float64Array;
  /** Per context: the deviation's axis (−1: none) and value. */
  devAxis: Int32Array;
  devValue: Float64Array;
}

const SPARSE_MIN = 2;
const SPARSE_MAX = 5;
const DEV_MAX = 2;

interface Entry {
  axis: number;
  value: number;
}
interface DevEntry extends Entry {
  ctx: number;
}


function sparseEntry(dim: number, scale: number, r: () => number): Entry {
  const axis = Math.floor(r() * dim);
  const sign = r() < 0.5 ? -1 : 1;
  return { axis, value: scale * sign * (0.5 + r()) };
}

function devEntry(dim: number, prior: DeviationPrior, r: () => number): DevEntry {
  const ctx = Math.floor(r() * prior.contexts);
  const axis = Math.floor(r() * dim);
  const sign = r() < 0.5 ? -1 : 1;
  return { ctx, axis, value: prior.scale * sign * (0.5 + 0.5 * r()) };
}

/** The sparse global taste's draws, in order: 2–5 of them (uniform count). */
function sparseEntries(dim: number, scale: number, r: () => number): Entry[] {
  const n = SPARSE_MIN + Math.floor(r() * (SPARSE_MAX - SPARSE_MIN + 1));
  return Array.from({ length: n }, () => sparseEntry(dim, scale, r));
}

/** The context deviations' draws, in order: 1 or 2 of them. */
function devEntries(dim: number, prior: DeviationPrior, r: () => number): DevEntry[] {
  return Array.from({ length: 1 + Math.floor(r() * DEV_MAX) }, () => devEntry(dim, prior, r));
}

function gaussianDraw(chol: Float64Array, dim: number, r: () => number): Float64Array {
  const z = new Float64Array(dim);
  for (let k = 0; k < dim; k++) z[k] = gaussian(r);
  const w = new Float64Array(dim);
  for (let i = 0; i < dim; i++) {
    let s = 0;
    for (let k = 0; k <= i; k++) s += chol[i * dim + k]! * z[k]!;
    w[i] = s;
  }
  return w;
}

/** A draw from the prior itself (used to start chains, and by the importance-sampling check in the tests). */
export function priorDraw(global: GlobalPrior, deviation: DeviationPrior, r: () => number): Draw {
  const { dim } = global;
  let w: Float64Array;
  if (global.kind === 'sparse') {
    w = new Float64Array(dim);
    for (const e of sparseEntries(dim, global.scale, r)) w[e.axis] = e.value;
  } else w = gaussianDraw(global.chol, dim, r);
  return toDraw(w, devEntries(dim, deviation, r), deviation.contexts);
}

function toDraw(w: Float64Array, devs: readonly DevEntry[], contexts: number): Draw {
  const devAxis = new Int32Array(contexts).fill(-1);
  const devValue = new Float64Array(contexts);
  for (const e of devs) {
    devAxis[e.ctx] = e.axis;
    devValue[e.ctx] = e.value;
  }
  return { w: Float64Array.from(w), devAxis, devValue };
}

/** The margin (g + dev_ctx) · d of one draw on one observation. */
export function margin(draw: Draw, o: Observation): number {
  const { w } = draw;
  const { d } = o;
  let m = 0;
  for (let k = 0; k < w.length; k++) m += w[k]! * d[k]!;
  const a = draw.devAxis[o.ctx]!;
  return a >= 0 ? m + draw.devValue[o.ctx]! * d[a]! : m;
}

/** Posterior predictive P(chosen ≻ rejected) over a set of draws. */
export function predict(draws: readonly Draw[], o: Observation): number {
  let s = 0;
  for (const draw of draws) s += sigmoid(margin(draw, o));
  return s / draws.length;
}

/** x folded into [0, 1] by reflection at both ends (a symmetric proposal stays symmetric). */
function reflectIntoUnit(x: number): number {
  const m = ((x % 2) + 2) % 2;
  return m > 1 ? 2 - m : m;
}

const entropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -p * Math.log(p) - (1 - p) * Math.log(1 - p));

/** Expected information gain of asking about o: mutual information between the answer and the taste. */
export function informationGain(draws: readonly Draw[], o: Observation): number {
  let mean = 0;
  let h = 0;
  for (const draw of draws) {
    const p = sigmoid(margin(draw, o));
    mean += p;
    h += entropy(p);
  }
  return entropy(mean / draws.length) - h / draws.length;
}

/** One Markov chain over (global taste, deviation draws) given the observations so far. */
class Chain {
  private sparse: Entry[] = [];
  private w: Float64Array;
  private devs: DevEntry[];
  /** Per observation: global part of the margin, and the deviation part. */
  private gm: number[] = [];
  private dm: number[] = [];
  private loglik = 0;

  constructor(
    private readonly global: GlobalPrior,
    private readonly deviation: DeviationPrior,
    private readonly obs: Observation[],
    private readonly r: () => number,
  ) {
    const { dim } = global;
    if (global.kind === 'sparse') {
      this.sparse = sparseEntries(dim, global.scale, r);
      this.w = this.sparseWeights(this.sparse);
    } else this.w = gaussianDraw(global.chol, dim, r);
    this.devs = devEntries(dim, deviation, r);
    this.recompute();
  }

  private sparseWeights(entries: readonly Entry[]): Float64Array {
    const w = new Float64Array(this.global.dim);
    for (const e of entries) w[e.axis] = e.value;
    return w;
  }

  private globalMargins(w: Float64Array): number[] {
    return this.obs.map((o) => {
      let m = 0;
      for (let k = 0; k < w.length; k++) if (w[k] !== 0) m += w[k]! * o.d[k]!;
      return m;
    });
  }

  private devMargins(devs: readonly DevEntry[]): number[] {
    const last = new Map<number, DevEntry>();
    for (const e of devs) last.set(e.ctx, e);
    return this.obs.map((o) => {
      const e = last.get(o.ctx);
      return e ? e.value * o.d[e.axis]! : 0;
    });
  }

  private static total(gm: readonly number[], dm: readonly number[]): number {
    let s = 0;
    for (let j = 0; j < gm.length; j++) s += logSigmoid(gm[j]! + dm[j]!);
    return s;
  }

  /** Bring the caches up to date (after observations were added). */
  recompute(): void {
    this.gm = this.globalMargins(this.w);
    this.dm = this.devMargins(this.devs);
    this.loglik = Chain.total(this.gm, this.dm);
  }

  private tryGlobal(entries: Entry[]): void {
    const w = this.sparseWeights(entries);
    const gm = this.globalMargins(w);
    const ll = Chain.total(gm, this.dm);
    if (Math.log(this.r()) < ll - this.loglik) {
      this.sparse = entries;
      this.w = w;
      this.gm = gm;
      this.loglik = ll;
    }
  }

  private tryDevs(devs: DevEntry[]): void {
    const dm = this.devMargins(devs);
    const ll = Chain.total(this.gm, dm);
    if (Math.log(this.r()) < ll - this.loglik) {
      this.devs = devs;
      this.dm = dm;
      this.loglik = ll;
    }
  }

  private sparseMove(): void {
    const g = this.global as Extract<GlobalPrior, { kind: 'sparse' }>;
    const e = this.sparse.map((x) => ({ ...x }));
    const i = Math.floor(this.r() * e.length);
    const move = Math.floor(this.r() * 6);
    if (move === 0) e[i] = sparseEntry(g.dim, g.scale, this.r); // a fresh draw from the entry's prior
    else if (move === 1) e[i]!.axis = Math.floor(this.r() * g.dim);
    else if (move === 2) e[i]!.value = -e[i]!.value;
    else if (move === 3) {
      // Random walk on the magnitude, reflected into [0.5, 1.5]·scale (symmetric).
      const sign = Math.sign(e[i]!.value);
      const m = reflectIntoUnit(Math.abs(e[i]!.value) / g.scale - 0.5 + 0.3 * (this.r() - 0.5));
      e[i]!.value = sign * g.scale * (0.5 + m);
    } else if (move === 4) {
      // A new count, uniform over 2–5: append fresh prior draws or drop the last ones.
      const n = SPARSE_MIN + Math.floor(this.r() * (SPARSE_MAX - SPARSE_MIN + 1));
      while (e.length < n) e.push(sparseEntry(g.dim, g.scale, this.r));
      e.length = n;
    } else {
      // Swap two draws (their order decides which wins on a shared axis).
      const k = Math.floor(this.r() * e.length);
      [e[i], e[k]] = [e[k]!, e[i]!];
    }
    this.tryGlobal(e);
  }

  private devMove(): void {
    const e = this.devs.map((x) => ({ ...x }));
    const i = Math.floor(this.r() * e.length);
    const move = Math.floor(this.r() * 6);
    const dim = this.global.dim;
    if (move === 0) e[i] = devEntry(dim, this.deviation, this.r);
    else if (move === 1) e[i]!.axis = Math.floor(this.r() * dim);
    else if (move === 2) e[i]!.value = -e[i]!.value;
    else if (move === 3) {
      // The same walk on [0.5, 1.0]·scale.
      const s = this.deviation.scale;
      const sign = Math.sign(e[i]!.value);
      const m = reflectIntoUnit((Math.abs(e[i]!.value) / s - 0.5) / 0.5 + 0.4 * (this.r() - 0.5));
      e[i]!.value = sign * s * (0.5 + 0.5 * m);
    } else if (move === 4) {
      // A new count (1 or 2): append a fresh prior draw or drop the last one.
      const n = 1 + Math.floor(this.r() * DEV_MAX);
      while (e.length < n) e.push(devEntry(dim, this.deviation, this.r));
      e.length = n;
    } else if (e.length === 2) [e[0], e[1]] = [e[1]!, e[0]!]; // the later draw wins on a shared context
    this.tryDevs(e);
  }

  /** Elliptical slice sampling on the Gaussian global taste, the deviations held fixed. */
  private ellipticalSlice(): void {
    const g = this.global as Extract<GlobalPrior, { kind: 'gaussian' }>;
    const nu = gaussianDraw(g.chol, g.dim, this.r);
    const a = this.gm;
    const b = this.globalMargins(nu);
    const threshold = this.loglik + Math.log(this.r());
    let theta = 2 * Math.PI * this.r();
    let lo = theta - 2 * Math.PI;
    let hi = theta;
    const gm = new Array<number>(a.length);
    for (;;) {
      const c = Math.cos(theta);
      const s = Math.sin(theta);
      for (let j = 0; j < a.length; j++) gm[j] = a[j]! * c + b[j]! * s;
      const ll = Chain.total(gm, this.dm);
      if (ll > threshold) {
        const w = new Float64Array(g.dim);
        for (let k = 0; k < g.dim; k++) w[k] = this.w[k]! * c + nu[k]! * s;
        this.w = w;
        this.gm = gm;
        this.loglik = ll;
        return;
      }
      if (theta < 0) lo = theta;
      else hi = theta;
      theta = lo + (hi - lo) * this.r();
    }
  }

  /** One sweep: a move on the global taste and one on the deviations. */
  sweep(): void {
    if (this.global.kind === 'sparse') this.sparseMove();
    else this.ellipticalSlice();
    this.devMove();
  }

  draw(): Draw {
    return toDraw(this.w, this.devs, this.deviation.contexts);
  }
}

export interface PosteriorOptions {
  chains?: number;
  /** Sweeps per chain after new observations, before drawing. */
  burn?: number;
  /** Sweeps per chain between kept draws. */
  thin?: number;
}

/** The exact posterior of one simulated person's taste as choices arrive, sampled by several chains. */
export function createBayesCeiling(global: GlobalPrior, deviation: DeviationPrior, r: () => number, options: PosteriorOptions = {}) {
  const obs: Observation[] = [];
  const chains = Array.from({ length: options.chains ?? 4 }, () => new Chain(global, deviation, obs, r));
  const burn = options.burn ?? 200;
  const thin = options.thin ?? 2;
  return {
    add(o: Observation): void {
      obs.push(o);
      for (const c of chains) c.recompute();
    },
    /** `count` draws from the posterior given every observation added so far, spread over the chains. */
    draws(count: number): Draw[] {
      const out: Draw[] = [];
      const per = Math.ceil(count / chains.length);
      for (const c of chains) {
        for (let i = 0; i < burn; i++) c.sweep();
        for (let i = 0; i < per; i++) {
          for (let t = 0; t < thin; t++) c.sweep();
          out.push(c.draw());
        }
      }
      return out;
    },
  };
}
