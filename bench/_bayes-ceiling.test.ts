import { describe, expect, it } from 'vitest';
import { createBayesCeiling, informationGain, margin, predict, priorDraw, type DeviationPrior, type Draw, type GlobalPrior, type Observation } from './_bayes-ceiling';
import { gaussian, prng } from '../src/shared/prng';

const DIM = 3;
const deviation: DeviationPrior = { contexts: 2, scale: 1.5 };
const sparse: GlobalPrior = { kind: 'sparse', dim: DIM, scale: 1.5 };
// A correlated Gaussian: Σ = L Lᵀ.
const gaussianPrior: GlobalPrior = { kind: 'gaussian', dim: DIM, chol: Float64Array.from([1.2, 0, 0, 0.6, 0.9, 0, -0.4, 0.3, 0.7]) };

function observations(r: () => number, n: number): Observation[] {
  return Array.from({ length: n }, () => ({ d: Float64Array.from({ length: DIM }, () => 1.5 * gaussian(r)), ctx: Math.floor(r() * 2) }));
}

/** Choices drawn by Bradley–Terry from one taste, each stored as chosen − rejected. */
function choices(truth: Draw, pairs: Observation[], r: () => number): Observation[] {
  return pairs.map((o) => (r() < 1 / (1 + Math.exp(-margin(truth, o))) ? o : { d: o.d.map((x) => -x), ctx: o.ctx }));
}

/** The reference: self-normalized importance sampling with the prior as proposal (exact as the draws grow). */
function importance(global: GlobalPrior, data: Observation[], test: Observation[], r: () => number, n: number): number[] {
  const logw: number[] = [];
  const margins: number[][] = [];
  for (let i = 0; i < n; i++) {
    const d = priorDraw(global, deviation, r);
    let lw = 0;
    for (const o of data) lw += -Math.log1p(Math.exp(-margin(d, o)));
    logw.push(lw);
    margins.push(test.map((o) => margin(d, o)));
  }
  const max = logw.reduce((m, x) => Math.max(m, x), -Infinity);
  const w = logw.map((x) => Math.exp(x - max));
  const total = w.reduce((s, x) => s + x, 0);
  return test.map((_, t) => w.reduce((s, x, i) => s + x / (1 + Math.exp(-margins[i]![t]!)), 0) / total);
}

describe('Bayes ceiling sampler', () => {
  it('draws the sparse prior of bench:learning (2–5 overwriting draws of ±U(0.5, 1.5), times the scale)', () => {
    const r = prng(1);
    const n = 100_000;
    let hits = 0;
    let second = 0;
    let devs = 0;
    for (let i = 0; i < n; i++) {
      const d = priorDraw(sparse, deviation, r);
      hits += d.w[0] !== 0 ? 1 : 0;
      second += d.w[0]! ** 2;
      for (const a of d.devAxis) devs += a >= 0 ? 1 : 0;
      for (const x of d.w) if (x !== 0) expect(Math.abs(x)).toBeGreaterThanOrEqual(0.75 - 1e-12);
    }
    let hit = 0;
    for (let k = 2; k <= 5; k++) hit += (1 - Math.pow(1 - 1 / DIM, k)) / 4;
    expect(hits / n).toBeCloseTo(hit, 2);
    expect(second / n).toBeCloseTo((hit * 13 * 1.5 * 1.5) / 12, 1);
    // One or two deviation draws over two contexts: 1·½ + (2 − ½)·½ = 1.25 contexts deviate on average.
    expect(devs / n).toBeCloseTo(1.25, 2);
  });

  for (const [name, global] of [['sparse', sparse], ['Gaussian', gaussianPrior]] as const) {
    it(`matches importance sampling on a small ${name} problem (predictions and information gain)`, () => {
      const r = prng(name === 'sparse' ? 11 : 12);
      const truth = priorDraw(global, deviation, r);
      const data = choices(truth, observations(r, 10), r);
      const test = observations(r, 6);
      const reference = importance(global, data, test, prng(99), 300_000);
      const posterior = createBayesCeiling(global, deviation, prng(5), { chains: 4, burn: 300, thin: 3 });
      for (const o of data) posterior.add(o);
      const draws = posterior.draws(8000);
      const got = test.map((o) => predict(draws, o));
      for (let t = 0; t < test.length; t++) expect(Math.abs(got[t]! - reference[t]!)).toBeLessThan(0.02);
      // The data must matter, or agreeing with the reference would prove nothing: the prior predictive is ½.
      expect(Math.max(...reference.map((p) => Math.abs(p - 0.5)))).toBeGreaterThan(0.2);
      // Information gain is the mutual information of a binary answer: in [0, ln 2], larger where the posterior is
      // unsure of the answer than where it is sure.
      const gains = test.map((o) => informationGain(draws, o));
      for (const g of gains) expect(g).toBeGreaterThanOrEqual(0);
      for (const g of gains) expect(g).toBeLessThanOrEqual(Math.log(2));
      const sure = got.map((p) => Math.abs(p - 0.5));
      expect(gains[sure.indexOf(Math.min(...sure))]!).toBeGreaterThan(gains[sure.indexOf(Math.max(...sure))]!);
    });
  }

  it('keeps learning as observations arrive (warm chains see the new data)', () => {
    const r = prng(3);
    const truth = priorDraw(sparse, deviation, r);
    const data = choices(truth, observations(r, 40), r);
    const test = observations(r, 40);
    const posterior = createBayesCeiling(sparse, deviation, prng(4));
    const agreement = () => {
      const draws = posterior.draws(1000);
      return test.filter((o) => predict(draws, o) > 0.5 === margin(truth, o) > 0).length;
    };
    const before = agreement();
    for (const o of data) posterior.add(o);
    expect(agreement()).toBeGreaterThan(before + 5);
  });
});
