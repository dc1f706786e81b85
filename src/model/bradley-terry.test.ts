import { describe, expect, it } from 'vitest';
import {
  adfUpdate,
  expectedInformationGain,
  fitLaplace,
  logPosterior,
  predictiveProbability,
  priorPosterior,
  symmetrize,
  type Design,
  type GaussianPrior,
} from './bradley-terry';
import { cholesky, cholInverse, cholSolve, logSigmoid, sigmoid } from './linalg';

/** Deterministic PRNG for reproducible problems. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
}

function problem(seed: number, n: number, d: number, contexts: number): { design: Design; prior: GaussianPrior } {
  const r = rng(seed);
  const p = d * (contexts + 1);
  const truth = Array.from({ length: d }, () => gauss(r));
  const x = new Float64Array(n * d);
  const ctx = new Int32Array(n);
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let k = 0; k < d; k++) {
      x[i * d + k] = gauss(r);
      f += truth[k]! * x[i * d + k]!;
    }
    if (r() > sigmoid(f)) for (let k = 0; k < d; k++) x[i * d + k] = -x[i * d + k]!;
    ctx[i] = Math.floor(r() * (contexts + 1)) - 1;
    weight[i] = 0.3 + r();
  }
  const mean = new Float64Array(p);
  const variance = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    mean[k] = 0.3 * gauss(r);
    variance[k] = k < d ? 0.8 : 0.2;
  }
  return { design: { n, dim: d, x, ctx, weight }, prior: { mean, variance } };
}

function numericGradient(fn: (t: Float64Array) => number, t: Float64Array, h = 1e-5): Float64Array {
  const g = new Float64Array(t.length);
  for (let k = 0; k < t.length; k++) {
    const a = Float64Array.from(t);
    const b = Float64Array.from(t);
    a[k] = a[k]! + h;
    b[k] = b[k]! - h;
    g[k] = (fn(a) - fn(b)) / (2 * h);
  }
  return g;
}

/** Brute-force MAP: plain gradient ascent with numeric gradients (no Newton, no analytic derivatives). */
function bruteForceMap(fn: (t: Float64Array) => number, start: Float64Array, iterations = 20000, lr = 0.02): Float64Array {
  const t = Float64Array.from(start);
  for (let it = 0; it < iterations; it++) {
    const g = numericGradient(fn, t);
    let norm = 0;
    for (let k = 0; k < t.length; k++) {
      t[k] = t[k]! + lr * g[k]!;
      norm = Math.max(norm, Math.abs(g[k]!));
    }
    if (norm < 1e-9) break;
  }
  return t;
}

function numericHessian(fn: (t: Float64Array) => number, t: Float64Array, h = 1e-4): Float64Array {
  const p = t.length;
  const out = new Float64Array(p * p);
  for (let k = 0; k < p; k++) {
    const a = Float64Array.from(t);
    const b = Float64Array.from(t);
    a[k] = a[k]! + h;
    b[k] = b[k]! - h;
    const ga = numericGradient(fn, a);
    const gb = numericGradient(fn, b);
    for (let l = 0; l < p; l++) out[k * p + l] = (ga[l]! - gb[l]!) / (2 * h);
  }
  return out;
}

describe('linalg', () => {
  it('Cholesky solve and inverse agree with the matrix', () => {
    const a = Float64Array.from([4, 2, 0.4, 2, 3, 0.5, 0.4, 0.5, 2]);
    const l = Float64Array.from(a);
    cholesky(l, 3);
    const b = Float64Array.from([1, 2, 3]);
    cholSolve(l, 3, b);
    for (let i = 0; i < 3; i++) {
      let s = 0;
      for (let j = 0; j < 3; j++) s += a[i * 3 + j]! * b[j]!;
      expect(s).toBeCloseTo(i + 1, 10);
    }
    const inv = cholInverse(l, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += a[i * 3 + k]! * inv[k * 3 + j]!;
        expect(s).toBeCloseTo(i === j ? 1 : 0, 10);
      }
    }
  });
  it('stable sigmoid and log-sigmoid', () => {
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(logSigmoid(-800)).toBeCloseTo(-800, 6);
    expect(logSigmoid(0)).toBeCloseTo(Math.log(0.5), 12);
  });
});

describe('full Laplace refit', () => {
  it('finds the same MAP as brute-force gradient ascent, and its covariance is the inverse numeric Hessian', () => {
    const d = 3;
    const contexts = 2;
    const { design, prior } = problem(7, 40, d, contexts);
    const fit = fitLaplace(design, prior, contexts, { earlyStop: 0 });
    const fn = (t: Float64Array) => logPosterior(design, prior, t, contexts);
    // The default (early stop after a step < 1e-3) agrees with the exact solution to well under 1e-3.
    const quick = fitLaplace(design, prior, contexts);
    for (let k = 0; k < fit.mean.length; k++) expect(Math.abs(quick.mean[k]! - fit.mean[k]!)).toBeLessThan(1e-4);
    for (let k = 0; k < fit.cov.length; k++) expect(Math.abs(quick.cov[k]! - fit.cov[k]!)).toBeLessThan(1e-3);
    const brute = bruteForceMap(fn, prior.mean);
    for (let k = 0; k < brute.length; k++) expect(fit.mean[k]!).toBeCloseTo(brute[k]!, 5);
    // Gradient vanishes at the Newton solution.
    for (const g of numericGradient(fn, fit.mean)) expect(Math.abs(g)).toBeLessThan(1e-6);
    // Covariance = inverse of the negative Hessian at the mode.
    const p = brute.length;
    const hess = numericHessian(fn, fit.mean);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        let s = 0;
        for (let k = 0; k < p; k++) s += -hess[i * p + k]! * fit.cov[k * p + j]!;
        expect(s).toBeCloseTo(i === j ? 1 : 0, 4);
      }
    }
  });

  it('with no data the posterior is the prior', () => {
    const { prior } = problem(3, 0, 2, 1);
    const fit = fitLaplace({ n: 0, dim: 2, x: new Float64Array(0), ctx: new Int32Array(0), weight: new Float64Array(0) }, prior, 1);
    for (let k = 0; k < 4; k++) {
      expect(fit.mean[k]).toBeCloseTo(prior.mean[k]!, 12);
      expect(fit.cov[k * 4 + k]).toBeCloseTo(prior.variance[k]!, 12);
    }
  });

  it('a weight-2 judgment equals the same judgment twice', () => {
    const { design, prior } = problem(11, 5, 2, 0);
    const twice: Design = {
      n: 10,
      dim: 2,
      x: Float64Array.from([...design.x, ...design.x]),
      ctx: Int32Array.from([...design.ctx, ...design.ctx].map(() => -1)),
      weight: Float64Array.from([...design.weight, ...design.weight]),
    };
    const doubled: Design = { ...design, ctx: design.ctx.map(() => -1), weight: design.weight.map((w) => 2 * w) };
    const a = fitLaplace(twice, prior, 0);
    const b = fitLaplace(doubled, prior, 0);
    for (let k = 0; k < 2; k++) expect(a.mean[k]).toBeCloseTo(b.mean[k]!, 10);
  });
});

describe('online (assumed-density) update', () => {
  it('one update equals the exact Laplace posterior of a correlated Gaussian prior times one likelihood', () => {
    const d = 3;
    const contexts = 1;
    const p = d * (contexts + 1);
    const { prior } = problem(5, 0, d, contexts);
    const post = priorPosterior(prior, d, contexts);
    // Make the prior covariance non-diagonal with a few ADF updates first.
    adfUpdate(post, [0.5, -1, 0.2], 0, 1);
    adfUpdate(post, [1.5, 0.3, -0.7], -1, 0.7);
    symmetrize(post);
    const mean0 = Float64Array.from(post.mean);
    const cov0 = Float64Array.from(post.cov);
    const prec = Float64Array.from(cov0);
    cholesky(prec, p);
    const precision = cholInverse(prec, p);
    const x = [1.2, -0.4, 2.0];
    const ctx = 0;
    const w = 0.8;
    const fn = (t: Float64Array) => {
      let f = 0;
      for (let k = 0; k < d; k++) f += (t[k]! + t[(ctx + 1) * d + k]!) * x[k]!;
      let q = 0;
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) q += (t[i]! - mean0[i]!) * precision[i * p + j]! * (t[j]! - mean0[j]!);
      return w * logSigmoid(f) - 0.5 * q;
    };
    adfUpdate(post, x, ctx, w);
    symmetrize(post);
    const brute = bruteForceMap(fn, mean0, 40000, 0.01);
    for (let k = 0; k < p; k++) expect(post.mean[k]!).toBeCloseTo(brute[k]!, 4);
    const hess = numericHessian(fn, post.mean);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        let s = 0;
        for (let k = 0; k < p; k++) s += -hess[i * p + k]! * post.cov[k * p + j]!;
        expect(s).toBeCloseTo(i === j ? 1 : 0, 3);
      }
    }
  });

  it('a stream of online updates ends close to the full refit', () => {
    const d = 4;
    const { design, prior } = problem(21, 300, d, 2);
    const post = priorPosterior(prior, d, 2);
    for (let i = 0; i < design.n; i++) adfUpdate(post, design.x.subarray(i * d, (i + 1) * d), design.ctx[i]!, design.weight[i]!);
    const fit = fitLaplace(design, prior, 2);
    for (let k = 0; k < d; k++) expect(Math.abs(post.mean[k]! - fit.mean[k]!)).toBeLessThan(0.1);
  });
});

describe('predictive probability and information gain', () => {
  function integrate(g: (f: number) => number, m: number, s2: number): number {
    const s = Math.sqrt(s2);
    let acc = 0;
    const steps = 4000;
    for (let i = 0; i <= steps; i++) {
      const z = -8 + (16 * i) / steps;
      acc += g(m + s * z) * Math.exp(-0.5 * z * z) * (16 / steps);
    }
    return acc / Math.sqrt(2 * Math.PI);
  }
  const h = (p: number) => (p <= 0 || p >= 1 ? 0 : -(p * Math.log(p) + (1 - p) * Math.log(1 - p)));

  it('the probit approximation is within 0.02 of the exact expectation', () => {
    for (const [m, s2] of [[0.5, 1], [2, 4], [-1, 0.1], [3, 9]] as const) {
      expect(Math.abs(predictiveProbability(m, s2) - integrate(sigmoid, m, s2))).toBeLessThan(0.02);
    }
  });

  it('information gain matches numerical integration, is zero without uncertainty and grows with it', () => {
    for (const [m, s2] of [[0, 1], [1, 2], [-2, 0.5]] as const) {
      const exact = h(integrate(sigmoid, m, s2)) - integrate((f) => h(sigmoid(f)), m, s2);
      expect(expectedInformationGain(m, s2)).toBeCloseTo(exact, 2);
    }
    expect(expectedInformationGain(1, 0)).toBeCloseTo(0, 10);
    expect(expectedInformationGain(0, 4)).toBeGreaterThan(expectedInformationGain(0, 1));
    expect(expectedInformationGain(0, 1)).toBeGreaterThan(expectedInformationGain(4, 1));
  });
});
