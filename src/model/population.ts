// Fits a PopulationPrior from many people's judgments by empirical Bayes (EM on a hierarchical Bradley–Terry model):
//   person u's global weights w_u ~ N(μ, Σ);  their choices ~ Bradley–Terry(w_u).
// E-step: each person's Laplace posterior N(m_u, S_u) under the current N(μ, Σ).
// M-step: μ = mean of m_u;  Σ = mean of (m_u − μ)(m_u − μ)ᵀ + S_u, shrunk a little toward a multiple of the identity
// (so Σ stays well conditioned with few people) and floored per direction.
// The result says which DIRECTIONS people differ in (e.g. "thorough and structured" vs "short and plain"), so a new
// person's first few choices only have to place them along those directions instead of learning 22 free weights.
import { fitLaplace, type GaussianPrior } from './bradley-terry';
import { cholesky, cholInverse } from './linalg';
import { AXES, DIM } from './features';
import { personDesign, type ModelJudgment } from './learner';
import { POPULATION_VARIANCE_FLOOR, type PopulationPrior } from './population-prior';

export interface PopulationFitOptions {
  featurize?: (text: string) => Float64Array;
  /** EM iterations (default 40; stops earlier when Σ changes by < 1e-4 relative). */
  iterations?: number;
  /** Starting prior variance per axis (default 0.25, the neutral prior). */
  initialVariance?: number;
  /** Shrinkage of Σ toward (tr Σ / D)·I each M-step (default 0.05). */
  shrinkage?: number;
  /** People with fewer judgments are skipped (default 5). */
  minJudgments?: number;
}

export function fitPopulation(people: readonly (readonly ModelJudgment[])[], options: PopulationFitOptions = {}): PopulationPrior {
  const iterations = options.iterations ?? 40;
  const shrinkage = options.shrinkage ?? 0.05;
  const minJudgments = options.minJudgments ?? 5;
  const designs = people.filter((js) => js.length >= minJudgments).map((js) => personDesign(js, options.featurize));
  if (designs.length < 2) throw new Error(`a population prior needs at least 2 people with ${minJudgments} or more judgments each (got ${designs.length})`);
  let mu = new Float64Array(DIM);
  let sigma = new Float64Array(DIM * DIM);
  for (let k = 0; k < DIM; k++) sigma[k * DIM + k] = options.initialVariance ?? 0.25;
  for (let it = 0; it < iterations; it++) {
    const lam = Float64Array.from(sigma);
    cholesky(lam, DIM);
    const prior: GaussianPrior = { mean: mu, variance: new Float64Array(DIM), precision: cholInverse(lam, DIM) };
    const nextMu = new Float64Array(DIM);
    const second = new Float64Array(DIM * DIM);
    for (const design of designs) {
      const post = fitLaplace(design, prior, 0);
      for (let k = 0; k < DIM; k++) {
        nextMu[k]! += post.mean[k]!;
        for (let l = 0; l < DIM; l++) second[k * DIM + l]! += post.mean[k]! * post.mean[l]! + post.cov[k * DIM + l]!;
      }
    }
    const n = designs.length;
    for (let k = 0; k < DIM; k++) nextMu[k]! /= n;
    const next = new Float64Array(DIM * DIM);
    let trace = 0;
    for (let k = 0; k < DIM; k++)
      for (let l = 0; l < DIM; l++) {
        next[k * DIM + l] = second[k * DIM + l]! / n - nextMu[k]! * nextMu[l]!;
        if (k === l) trace += next[k * DIM + l]!;
      }
    for (let k = 0; k < DIM; k++)
      for (let l = 0; l < DIM; l++) {
        next[k * DIM + l] = (1 - shrinkage) * next[k * DIM + l]! + (k === l ? (shrinkage * trace) / DIM : 0);
        if (k === l) next[k * DIM + l] = Math.max(next[k * DIM + l]!, POPULATION_VARIANCE_FLOOR);
      }
    let change = 0;
    let size = 0;
    for (let i = 0; i < DIM * DIM; i++) {
      change += Math.abs(next[i]! - sigma[i]!);
      size += Math.abs(next[i]!);
    }
    mu = nextMu;
    sigma = next;
    if (change < 1e-4 * size) break;
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    format: 'attune-population',
    version: 1,
    axes: AXES.map((a) => a.name),
    mean: Array.from(mu, round),
    covariance: Array.from({ length: DIM }, (_, k) => Array.from(sigma.subarray(k * DIM, (k + 1) * DIM), round)),
    people: designs.length,
    judgments: designs.reduce((s, d) => s + d.n, 0),
  };
}
