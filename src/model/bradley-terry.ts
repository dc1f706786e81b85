// Bayesian Bradley–Terry with a hierarchical Gaussian prior.
//
// Parameters θ = [w (global, D) | δ_1 (D) | … | δ_C (D)]; a judgment in context c with feature difference x
// ("winner minus loser") has likelihood σ((w + δ_c)·x)^ω, ω = judgment weight × recency decay. Context −1 means
// "global only". The prior is Gaussian with diagonal covariance (neutral, or a population profile).
//
// Two ways to get the posterior, both Laplace approximations with a FULL covariance (P = D·(C+1) ≈ 150, so a full
// matrix costs ~23k numbers and keeps the correlations between correlated style axes — long answers also have more
// lists and headings — which a diagonal approximation would double-count):
//  * fitLaplace: full refit by damped Newton (IRLS) to the exact MAP, covariance = inverse Hessian there.
//  * adfUpdate: one judgment at a time (assumed-density filtering). For a single logistic observation the MAP of
//    prior × likelihood lies on μ + a·Σz; we solve for the scalar a exactly, then apply the rank-one Hessian update
//    (Sherman–Morrison). This is the exact Laplace posterior for one new judgment given a Gaussian belief.
import { cholesky, cholInverse, cholSolve, logSigmoid, sigmoid } from './linalg';

export interface Posterior {
  /** Axes per block. */
  dim: number;
  /** Number of context blocks (C); parameter count P = dim·(C+1). */
  contexts: number;
  mean: Float64Array;
  /** Row-major P×P covariance. */
  cov: Float64Array;
  /** After online updates only the lower triangle is current; call `symmetrize` before reading the upper. */
  upperStale?: boolean;
}

/** Mirrors the lower triangle of the covariance into the upper one (after online updates). */
export function symmetrize(post: Posterior): Posterior {
  if (!post.upperStale) return post;
  const p = post.mean.length;
  const cov = post.cov;
  for (let r = 1; r < p; r++) {
    const row = r * p;
    for (let c = 0; c < r; c++) cov[c * p + r] = cov[row + c]!;
  }
  post.upperStale = false;
  return post;
}

export interface GaussianPrior {
  mean: Float64Array;
  /** Diagonal prior variances, length P (used when `precision` is absent). */
  variance: Float64Array;
  /** Optional full P×P prior precision (row-major); overrides `variance` (e.g. a population prior on w + δ_c). */
  precision?: Float64Array;
}

/** −½(θ−m)ᵀΛ(θ−m); when `grad` is given, writes −Λ(θ−m) into it. */
function priorTerm(prior: GaussianPrior, theta: Float64Array, grad?: Float64Array): number {
  const p = theta.length;
  let q = 0;
  if (prior.precision) {
    const lam = prior.precision;
    for (let i = 0; i < p; i++) {
      let s = 0;
      const row = i * p;
      for (let j = 0; j < p; j++) s += lam[row + j]! * (theta[j]! - prior.mean[j]!);
      q += (theta[i]! - prior.mean[i]!) * s;
      if (grad) grad[i] = -s;
    }
  } else {
    for (let k = 0; k < p; k++) {
      const r = theta[k]! - prior.mean[k]!;
      q += (r * r) / prior.variance[k]!;
      if (grad) grad[k] = -r / prior.variance[k]!;
    }
  }
  return -0.5 * q;
}

/** Featurized judgments. Row i of x is the winner-minus-loser feature difference. */
export interface Design {
  n: number;
  dim: number;
  x: Float64Array;
  /** Context index per row, −1 for global-only. */
  ctx: Int32Array;
  /** Weight per row (judgment weight × recency). */
  weight: Float64Array;
}

export function paramCount(dim: number, contexts: number): number {
  return dim * (contexts + 1);
}

export function priorPosterior(prior: GaussianPrior, dim: number, contexts: number): Posterior {
  const p = paramCount(dim, contexts);
  let cov: Float64Array = new Float64Array(p * p);
  if (prior.precision) {
    const l = Float64Array.from(prior.precision);
    cholesky(l, p);
    cov = cholInverse(l, p);
  } else for (let i = 0; i < p; i++) cov[i * p + i] = prior.variance[i]!;
  return { dim, contexts, mean: Float64Array.from(prior.mean), cov };
}

/** Log posterior (up to a constant) at θ; used by the tests and the line search. */
export function logPosterior(design: Design, prior: GaussianPrior, theta: Float64Array, contexts: number): number {
  const d = design.dim;
  const v = effectiveVectors(theta, d, contexts);
  let obj = 0;
  for (let i = 0; i < design.n; i++) {
    const o = (design.ctx[i]! + 1) * d;
    let f = 0;
    for (let a = 0; a < d; a++) f += v[o + a]! * design.x[i * d + a]!;
    obj += design.weight[i]! * logSigmoid(f);
  }
  return obj + priorTerm(prior, theta);
}

/** Rows: block 0 = w, block c+1 = w + δ_c. */
function effectiveVectors(theta: Float64Array, d: number, contexts: number): Float64Array {
  const v = new Float64Array((contexts + 1) * d);
  for (let a = 0; a < d; a++) v[a] = theta[a]!;
  for (let c = 1; c <= contexts; c++) for (let a = 0; a < d; a++) v[c * d + a] = theta[a]! + theta[c * d + a]!;
  return v;
}

export interface FitOptions {
  maxIterations?: number;
  tolerance?: number;
  /** Stop after a full Newton step smaller than this (default 1e-3; 0 = iterate to `tolerance`). */
  earlyStop?: number;
  /** Skip computing the covariance (faster; for inner loops that only need the mean). */
  meanOnly?: boolean;
  /** Where Newton starts (default: the prior mean); a nearby earlier mode saves iterations. */
  start?: Float64Array;
}

/** Full refit: exact MAP by damped Newton, covariance from the Hessian at the mode (Laplace). */
export function fitLaplace(design: Design, prior: GaussianPrior, contexts: number, options: FitOptions = {}): Posterior & { iterations: number } {
  const d = design.dim;
  const blocks = contexts + 1;
  const p = d * blocks;
  const maxIt = options.maxIterations ?? 50;
  const tol = options.tolerance ?? 1e-8;
  const earlyStop = options.earlyStop ?? 1e-3;
  const theta = Float64Array.from(options.start ?? prior.mean);
  const lam0 = new Float64Array(p);
  for (let k = 0; k < p; k++) lam0[k] = 1 / prior.variance[k]!;
  const hBlocks = new Float64Array(blocks * d * d);
  const gBlocks = new Float64Array(blocks * d);
  const a = new Float64Array(p * p);
  const step = new Float64Array(p);
  const priorGrad = new Float64Array(p);
  const x = design.x;
  const xr = new Float64Array(d);
  const prevTheta = new Float64Array(p);
  let prevObj = -Infinity;
  let t = 1;
  let iterations = 0;
  for (let it = 0; it < maxIt; it++) {
    iterations = it + 1;
    const v = effectiveVectors(theta, d, contexts);
    hBlocks.fill(0);
    gBlocks.fill(0);
    let obj = 0;
    for (let i = 0; i < design.n; i++) {
      const c1 = design.ctx[i]! + 1;
      const o = c1 * d;
      const xo = i * d;
      let f = 0;
      for (let k = 0; k < d; k++) {
        const xk = x[xo + k]!;
        xr[k] = xk;
        f += v[o + k]! * xk;
      }
      const w = design.weight[i]!;
      const s = sigmoid(f);
      obj += w * logSigmoid(f);
      const g = w * (1 - s);
      const h = w * s * (1 - s);
      const ho = c1 * d * d;
      for (let k = 0; k < d; k++) {
        const xk = xr[k]!;
        gBlocks[o + k]! += g * xk;
        const hk = h * xk;
        if (hk === 0) continue;
        const row = ho + k * d;
        for (let l = k; l < d; l++) hBlocks[row + l]! += hk * xr[l]!;
      }
    }
    obj += priorTerm(prior, theta, priorGrad);
    if (obj < prevObj - 1e-12 && t > 1e-9) {
      // The last step went too far (rare for this concave objective): halve it and re-evaluate.
      t *= 0.5;
      for (let k = 0; k < p; k++) theta[k] = prevTheta[k]! + t * step[k]!;
      continue;
    }
    // A = Λ0 + J (negative Hessian); rhs = gradient.
    a.fill(0);
    if (prior.precision) a.set(prior.precision);
    else for (let k = 0; k < p; k++) a[k * p + k] = lam0[k]!;
    for (let c1 = 0; c1 < blocks; c1++) {
      const ho = c1 * d * d;
      const co = c1 * d;
      for (let k = 0; k < d; k++) {
        for (let l = k; l < d; l++) {
          const h = hBlocks[ho + k * d + l]!;
          if (h === 0) continue;
          a[k * p + l]! += h;
          if (l !== k) a[l * p + k]! += h;
          if (c1 > 0) {
            a[(co + k) * p + co + l]! += h;
            a[k * p + co + l]! += h;
            a[(co + k) * p + l]! += h;
            if (l !== k) {
              a[(co + l) * p + co + k]! += h;
              a[l * p + co + k]! += h;
              a[(co + l) * p + k]! += h;
            }
          }
        }
      }
    }
    // Gradient = prior's + data's.
    step.set(priorGrad);
    for (let c1 = 0; c1 < blocks; c1++) {
      for (let k = 0; k < d; k++) {
        const g = gBlocks[c1 * d + k]!;
        step[k]! += g;
        if (c1 > 0) step[c1 * d + k]! += g;
      }
    }
    cholesky(a, p);
    cholSolve(a, p, step);
    let maxStep = 0;
    for (let k = 0; k < p; k++) maxStep = Math.max(maxStep, Math.abs(step[k]!));
    if (maxStep < tol) break;
    prevTheta.set(theta);
    prevObj = obj;
    t = 1;
    for (let k = 0; k < p; k++) theta[k] = theta[k]! + step[k]!;
    // Newton converges quadratically: after a step this small the mode is within ~step², so stop here and use the
    // Hessian just computed (its error is of the order of the step).
    if (maxStep < earlyStop) break;
  }
  // Covariance from the Hessian of the last accepted iterate (`a` holds its factor; see earlyStop).
  const cov = options.meanOnly ? new Float64Array(0) : cholInverse(a, p);
  return { dim: d, contexts, mean: theta, cov, iterations };
}

/** Scratch buffer for adfUpdate (avoids an allocation per judgment). */
let scratch = new Float64Array(0);

/**
 * Online update with one judgment (x = winner − loser features, in context ctx, weight ω). In place; O(P·D + P²).
 * Returns the predicted probability of the observed outcome before the update.
 */
export function adfUpdate(post: Posterior, xIn: ArrayLike<number>, ctx: number, weight: number): number {
  const d = post.dim;
  const p = d * (post.contexts + 1);
  if (scratch.length < p + d) scratch = new Float64Array(p + d);
  const u = scratch;
  // Monomorphic local copy of x (callers pass arrays, typed arrays or subarrays).
  const x = scratch.subarray(p, p + d);
  for (let k = 0; k < d; k++) x[k] = xIn[k]!;
  const cov = post.cov;
  const oc = ctx >= 0 ? (ctx + 1) * d : -1;
  // u = Σ z, where z has x in the global block and in the context block. Only the lower triangle of Σ is read
  // (and written below): the upper one is mirrored lazily by `symmetrize`, halving the work per update.
  for (let r = 0; r < p; r++) {
    const row = r * p;
    let s = 0;
    const kg = r < d - 1 ? r : d - 1;
    for (let k = 0; k <= kg; k++) s += cov[row + k]! * x[k]!;
    for (let k = kg + 1; k < d; k++) s += cov[k * p + r]! * x[k]!;
    if (oc >= 0) {
      const kc = r - oc < d - 1 ? r - oc : d - 1; // last k with oc + k ≤ r
      for (let k = 0; k <= kc; k++) s += cov[row + oc + k]! * x[k]!;
      for (let k = kc + 1 < 0 ? 0 : kc + 1; k < d; k++) s += cov[(oc + k) * p + r]! * x[k]!;
    }
    u[r] = s;
  }
  let m = 0;
  let s2 = 0;
  for (let k = 0; k < d; k++) {
    const xk = x[k]!;
    m += post.mean[k]! * xk;
    s2 += u[k]! * xk;
    if (oc >= 0) {
      m += post.mean[oc + k]! * xk;
      s2 += u[oc + k]! * xk;
    }
  }
  const before = predictiveProbability(m, s2);
  if (!(weight > 0)) return before;
  // Solve a = ω(1 − σ(m + a s²)) for a ∈ [0, ω] (safeguarded Newton).
  let lo = 0;
  let hi = weight;
  let aa = 0;
  for (let it = 0; it < 50; it++) {
    const sg = sigmoid(m + aa * s2);
    const g = aa - weight * (1 - sg);
    if (Math.abs(g) < 1e-13) break;
    if (g > 0) hi = aa;
    else lo = aa;
    let next = aa - g / (1 + weight * sg * (1 - sg) * s2);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    aa = next;
  }
  const sg = sigmoid(m + aa * s2);
  const lam = weight * sg * (1 - sg);
  const k2 = lam / (1 + lam * s2);
  for (let r = 0; r < p; r++) post.mean[r]! += aa * u[r]!;
  // Symmetric rank-one downdate of the lower triangle.
  for (let r = 0; r < p; r++) {
    const ur = k2 * u[r]!;
    if (ur === 0) continue;
    const row = r * p;
    for (let c = 0; c <= r; c++) cov[row + c]! -= ur * u[c]!;
  }
  post.upperStale = true;
  return before;
}

/** Mean and variance of the utility difference (w + δ_ctx)·x under the posterior. */
export function marginMoments(post: Posterior, x: ArrayLike<number>, ctx: number): { m: number; s2: number } {
  symmetrize(post);
  const d = post.dim;
  const p = d * (post.contexts + 1);
  const oc = ctx >= 0 ? (ctx + 1) * d : -1;
  const z = new Float64Array(p);
  for (let k = 0; k < d; k++) {
    z[k] = x[k]!;
    if (oc >= 0) z[oc + k] = x[k]!;
  }
  let m = 0;
  let s2 = 0;
  for (let r = 0; r < p; r++) {
    if (z[r] === 0) continue;
    m += post.mean[r]! * z[r]!;
    let s = 0;
    const row = r * p;
    for (let c = 0; c < p; c++) if (z[c] !== 0) s += post.cov[row + c]! * z[c]!;
    s2 += z[r]! * s;
  }
  return { m, s2: Math.max(0, s2) };
}

/** P(win) = E[σ(f)], f ~ N(m, s²), by the probit approximation (MacKay 1992). */
export function predictiveProbability(m: number, s2: number): number {
  return sigmoid(m / Math.sqrt(1 + (Math.PI * s2) / 8));
}

// E[g(f)] for f ~ N(m, s²) by the trapezoid rule on a standard-normal grid (spectrally accurate for Gaussians).
const GRID_STEP = 0.25;
const GRID: number[] = [];
const GRID_W: number[] = [];
for (let t = -6; t <= 6 + 1e-9; t += GRID_STEP) {
  GRID.push(t);
  GRID_W.push(Math.exp(-0.5 * t * t));
}
{
  const total = GRID_W.reduce((a, b) => a + b, 0);
  for (let k = 0; k < GRID_W.length; k++) GRID_W[k] = GRID_W[k]! / total;
}

function binaryEntropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
}

/**
 * Expected information gain (nats) about the weights from observing the outcome of a comparison whose utility
 * difference is f ~ N(m, s²): H[E σ(f)] − E[H σ(f)] (the BALD criterion).
 */
export function expectedInformationGain(m: number, s2: number): number {
  const s = Math.sqrt(Math.max(0, s2));
  let eh = 0;
  for (let k = 0; k < GRID.length; k++) eh += GRID_W[k]! * binaryEntropy(sigmoid(m + s * GRID[k]!));
  return Math.max(0, binaryEntropy(predictiveProbability(m, s2)) - eh);
}
