// Fits a PopulationPrior from many people's judgments by empirical Bayes (EM on a hierarchical Bradley–Terry model):
//   person u's global weights w_u ~ N(μ, Σ);  their choices ~ Bradley–Terry(w_u).
// E-step: each person's Laplace posterior N(m_u, S_u) under the current N(μ, Σ).
// M-step: μ = mean of m_u;  M = mean of (m_u − μ)(m_u − μ)ᵀ + S_u;  Σ = M restricted to k shared directions plus one
// common variance ψ on every other direction (the probabilistic-PCA form, Tipping & Bishop 1999):
//   Σ = Σ_{i≤k} λ_i v_i v_iᵀ + ψ (I − Σ_{i≤k} v_i v_iᵀ),  ψ = mean of M's other D − k eigenvalues.
// Why that form: people differ along a few directions (thorough ↔ terse, warm ↔ matter-of-fact, …), and a study's
// answers inform some directions barely or not at all. An unstructured Σ leaves those directions near wherever EM
// started; the common ψ is pinned by every well-informed direction at once.
// By default k, and a correction of the two variance levels for the Laplace E-step's known downward bias, are chosen
// by cross-validation over people, scored the way the prior is used: a held-out person's first choices predicting
// their others (`chooseDirections`). So is the width of a person's per-context deviations from their global weights
// (`deviationVariance`, scored with the hierarchical model the learner fits). rank: 'full' keeps the older
// unstructured fit (M shrunk toward a multiple of I).
// The result says which DIRECTIONS people differ in, so a new person's first few choices only have to place them
// along those directions instead of learning 22 free weights.
import { fitLaplace, marginMoments, predictiveProbability, type Design, type GaussianPrior, type Posterior } from './bradley-terry';
import { cholesky, cholInverse, symmetricEigen } from './linalg';
import { CONTEXTS } from './context';
import { AXES, DIM } from './features';
import { personDesign, type ModelJudgment } from './learner';
import { flooredPrecision, hierarchicalGaussian, POPULATION_VARIANCE_FLOOR, type PopulationPrior } from './population-prior';

export interface PopulationFitOptions {
  featurize?: (text: string) => Float64Array;
  /** EM iterations per fit (default 100, 'full' 40; ψ settles slowly; stops earlier when Σ changes < 1e-4 relative). */
  iterations?: number;
  /** Starting prior variance per axis (default 0.25, the neutral prior). */
  initialVariance?: number;
  /**
   * 'auto' (default): k shared directions and the variance correction chosen by cross-validation (`chooseDirections`).
   * A number k: Σ = k shared directions + a common variance ψ on every other direction (0 = ψ·I only), uncorrected.
   * 'full': an unstructured Σ, shrunk 5% toward a multiple of I each M-step and floored per direction.
   */
  rank?: number | 'full' | 'auto';
  /** People with fewer judgments are skipped (default 5). */
  minJudgments?: number;
}

export function fitPopulation(people: readonly (readonly ModelJudgment[])[], options: PopulationFitOptions = {}): PopulationPrior {
  const iterations = options.iterations ?? (options.rank === 'full' ? 40 : 100);
  const asked = options.rank ?? 'auto';
  if (asked !== 'full' && asked !== 'auto' && !(Number.isInteger(asked) && asked >= 0 && asked < DIM)) throw new Error(`rank must be a whole number from 0 to ${DIM - 1}, 'auto' or 'full' (got ${asked})`);
  const { designs, withContexts, start } = prepare(people, options);
  const choice = asked === 'auto' ? chooseDirectionsFor(designs, withContexts, start, iterations) : null;
  const rank: number | 'full' = choice ? choice.directions : (asked as number | 'full');
  const fit = runEm(designs, new Float64Array(DIM), start, rank, iterations);
  if (choice) fit.sigma = rescale(symmetricEigen(fit.sigma, DIM), choice.directions, choice.scale);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    format: 'attune-population',
    version: 1,
    axes: AXES.map((a) => a.name),
    mean: Array.from(fit.mu, round),
    covariance: Array.from({ length: DIM }, (_, k) => Array.from(fit.sigma.subarray(k * DIM, (k + 1) * DIM), round)),
    ...(rank === 'full' ? {} : { directions: rank }),
    ...(choice ? { deviationVariance: choice.deviationVariance } : {}),
    people: designs.length,
    judgments: designs.reduce((s, d) => s + d.n, 0),
  };
}

/** The number of shared directions chosen, the variance correction, and the held-out score of each rank tried. */
export interface DirectionsChoice {
  directions: number;
  /** Factors applied to the fitted variances along the shared directions and along every other direction. */
  scale: { shared: number; other: number };
  /** Mean held-out log-likelihood per judgment, by number of directions (index = k). */
  scores: number[];
  /** Prior variance of each per-context deviation that predicts held-out people best (one of DEVIATION_WIDTHS). */
  deviationVariance: number;
}

/** Largest number of shared directions 'auto' tries. */
const MAX_DIRECTIONS = 10;

/**
 * How many shared directions to give Σ, by 5-fold cross-validation over people, scored the way the prior is used:
 * each held-out person's posterior from half of their choices (under the prior fitted on the other folds) predicts
 * the other half, and the halves swap. Ranks are tried upward (each EM warm-started from the previous rank's fit)
 * until two in a row fail to beat the best; then the one-standard-error rule picks the fewest directions. Last, the
 * variances along the shared directions and elsewhere are each rescaled to what predicts held-out people best.
 */
export function chooseDirections(people: readonly (readonly ModelJudgment[])[], options: Omit<PopulationFitOptions, 'rank'> = {}): DirectionsChoice {
  const { designs, withContexts, start } = prepare(people, options);
  return chooseDirectionsFor(designs, withContexts, start, options.iterations ?? 100);
}

/** The people with enough judgments as global-only designs and as designs that keep each row's context, and the starting Σ. */
function prepare(people: readonly (readonly ModelJudgment[])[], options: PopulationFitOptions): { designs: Design[]; withContexts: Design[]; start: Float64Array } {
  const minJudgments = options.minJudgments ?? 5;
  const withContexts = people.filter((js) => js.length >= minJudgments).map((js) => personDesign(js, options.featurize, true));
  const designs = withContexts.map((d) => ({ ...d, ctx: new Int32Array(d.n).fill(-1) }));
  if (designs.length < 2) throw new Error(`a population prior needs at least 2 people with ${minJudgments} or more judgments each (got ${designs.length})`);
  const start = new Float64Array(DIM * DIM);
  for (let k = 0; k < DIM; k++) start[k * DIM + k] = options.initialVariance ?? 0.25;
  return { designs, withContexts, start };
}

function chooseDirectionsFor(designs: readonly Design[], withContexts: readonly Design[], start: Float64Array, iterations: number): DirectionsChoice {
  const folds = Math.min(5, designs.length);
  const halves = designs.map((d) => [rows(d, 0), rows(d, 1)] as const);
  const judgments = halves.reduce((s, [a, b]) => s + a.weight.reduce((t, w) => t + w, 0) + b.weight.reduce((t, w) => t + w, 0), 0);
  /** Each held-out person's score: half their choices predict the other half, both ways, under their fold's fit. */
  const heldOut = (fits: readonly Fit[]): Float64Array => {
    const score = new Float64Array(designs.length);
    fits.forEach((fit, f) => {
      const prior = gaussian(fit.mu, fit.sigma);
      halves.forEach(([a, b], i) => {
        if (i % folds === f) score[i] = predictiveLogLikelihood(fitLaplace(a, prior, 0), b) + predictiveLogLikelihood(fitLaplace(b, prior, 0), a);
      });
    });
    return score;
  };
  let fits: Fit[] = Array.from({ length: folds }, () => ({ mu: new Float64Array(DIM), sigma: start }));
  const fitsByRank: Fit[][] = [];
  const perPerson: Float64Array[] = [];
  let best = 0;
  for (let k = 0; k <= MAX_DIRECTIONS; k++) {
    fits = fits.map((fit, f) => runEm(designs.filter((_, i) => i % folds !== f), fit.mu, fit.sigma, k, iterations));
    fitsByRank.push(fits);
    perPerson.push(heldOut(fits));
    if (sum(perPerson[k]!) > sum(perPerson[best]!)) best = k;
    else if (k - best >= 2) break;
  }
  // One-standard-error rule: the fewest directions whose held-out score is within one standard error (over people)
  // of the best, so a direction is added only when held-out people clearly gain from it.
  const directions = withinOneStandardError(perPerson, best);
  // Laplace EM underestimates how far people spread (more so the more they differ), so the two variance levels —
  // along the shared directions and everywhere else — are rescaled to what predicts held-out people best
  // (coordinate search over a √2 grid).
  const chosen = fitsByRank[directions]!.map((fit) => ({ mu: fit.mu, eigen: symmetricEigen(fit.sigma, DIM) }));
  const scale = { shared: 1, other: 1 };
  let bestScore = sum(perPerson[directions]!);
  for (let round = 0; round < 2; round++)
    for (const part of directions > 0 ? (['shared', 'other'] as const) : (['other'] as const))
      for (const c of SCALES) {
        const trial = { ...scale, [part]: c };
        if (trial.shared === scale.shared && trial.other === scale.other) continue;
        const total = sum(heldOut(chosen.map((fit) => ({ mu: fit.mu, sigma: rescale(fit.eigen, directions, trial) }))));
        if (total > bestScore) {
          bestScore = total;
          Object.assign(scale, trial);
        }
      }
  const final = chosen.map((fit) => ({ mu: fit.mu, sigma: rescale(fit.eigen, directions, scale) }));
  const deviationVariance = chooseDeviationWidth(withContexts, final, folds);
  return { directions, scale, scores: perPerson.map((p) => sum(p) / judgments), deviationVariance };
}

const SCALES = [0.5, 0.71, 1, 1.41, 2, 2.83, 4, 5.66, 8];

/** Candidate prior variances of a person's per-context deviations, widest first (0.1 is the learner's default). */
const DEVIATION_WIDTHS = [0.2, 0.1, 0.05, 0.025, 0.0125, 0.00625, 0.003125];

/**
 * How far a person's per-context weights sit from their global ones, chosen like the rest: each held-out person's
 * hierarchical posterior (global ~ their fold's N(μ, Σ), each context's deviation ~ N(0, width)) from half of their
 * choices predicts the other half, both ways. One-standard-error rule toward the WIDEST width: a narrower prior
 * freezes a person's per-context differences for longer, so it is taken only when held-out people clearly gain.
 */
function chooseDeviationWidth(withContexts: readonly Design[], fits: readonly Fit[], folds: number): number {
  const halves = withContexts.map((d) => [rows(d, 0), rows(d, 1)] as const);
  const perPerson: Float64Array[] = [];
  let best = 0;
  const globals = fits.map((fit) => globalPrior(fit));
  // Widest first, until two in a row fail to beat the best.
  for (const [i, width] of DEVIATION_WIDTHS.entries()) {
    const score = new Float64Array(withContexts.length);
    halves.forEach(([a, b], u) => {
      const g = globals[u % folds]!;
      score[u] = hierarchicalHeldOut(a, b, g, width) + hierarchicalHeldOut(b, a, g, width);
    });
    perPerson.push(score);
    if (sum(score) > sum(perPerson[best]!)) best = i;
    else if (i - best >= 2) break;
  }
  return DEVIATION_WIDTHS[withinOneStandardError(perPerson, best)]!;
}

/**
 * The one-standard-error rule over candidates scored per held-out person: the first candidate (the simplest, by the
 * caller's order) whose mean shortfall from the best is within one standard error over people, else the best.
 */
function withinOneStandardError(perPerson: readonly Float64Array[], best: number): number {
  for (let k = 0; k < best; k++) {
    const diff = perPerson[best]!.map((x, i) => x - perPerson[k]![i]!);
    const mean = sum(diff) / diff.length;
    const sd = Math.sqrt(diff.reduce((s, d) => s + (d - mean) ** 2, 0) / Math.max(1, diff.length - 1));
    if (mean <= sd / Math.sqrt(diff.length)) return k;
  }
  return best;
}

/** A fold's N(μ, Σ) as populationGaussian builds its global block: diagonal floored, then inverted (exported for tests). */
export function globalPrior(fit: { mu: Float64Array; sigma: Float64Array }): { mean: Float64Array; variance: Float64Array; precision: Float64Array } {
  return { mean: fit.mu, ...flooredPrecision(Float64Array.from(fit.sigma)) };
}

/**
 * Σ weight · log P(choice) of `test` under the hierarchical posterior from `train` (global ~ the fold's prior, each
 * context's deviation ~ N(0, width)). Only the contexts `train` uses are parameters: a context without data keeps its
 * prior, independent of everything else, so a `test` row in it just adds width·|x|² to the predictive variance. The
 * same as fitting all contexts (tested), with a much smaller matrix.
 */
export function hierarchicalHeldOut(train: Design, test: Design, global: ReturnType<typeof globalPrior>, width: number): number {
  const slot = new Int32Array(CONTEXTS.length).fill(-1);
  let used = 0;
  for (let i = 0; i < train.n; i++) {
    const c = train.ctx[i]!;
    if (c >= 0 && slot[c]! < 0) slot[c] = used++;
  }
  const post = fitLaplace({ ...train, ctx: Int32Array.from(train.ctx, (c) => (c >= 0 ? slot[c]! : -1)) }, hierarchicalGaussian(global, used, width), used);
  let total = 0;
  for (let i = 0; i < test.n; i++) {
    const x = test.x.subarray(i * test.dim, (i + 1) * test.dim);
    const c = test.ctx[i]!;
    const moments = marginMoments(post, x, c >= 0 ? slot[c]! : -1);
    let s2 = moments.s2;
    if (c >= 0 && slot[c]! < 0) for (let k = 0; k < DIM; k++) s2 += width * x[k]! * x[k]!;
    total += test.weight[i]! * Math.log(Math.max(1e-12, predictiveProbability(moments.m, s2)));
  }
  return total;
}

interface Fit {
  mu: Float64Array;
  sigma: Float64Array;
}

/** Σ = Σ_i λ_i v_i v_iᵀ with its first `directions` eigenvalues multiplied by scale.shared and the rest by scale.other. */
function rescale({ values, vectors }: Eigen, directions: number, scale: { shared: number; other: number }): Float64Array {
  const out = new Float64Array(DIM * DIM);
  for (let i = 0; i < DIM; i++) {
    const lambda = Math.max(values[i]! * (i < directions ? scale.shared : scale.other), POPULATION_VARIANCE_FLOOR);
    for (let k = 0; k < DIM; k++) for (let j = 0; j < DIM; j++) out[k * DIM + j]! += lambda * vectors[i * DIM + k]! * vectors[i * DIM + j]!;
  }
  return out;
}

type Eigen = ReturnType<typeof symmetricEigen>;

const sum = (xs: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
};

/** Every other row of a person's design (parity 0 or 1), so each half spans their whole history. */
function rows(design: Design, parity: number): Design {
  const picked: number[] = [];
  for (let i = parity; i < design.n; i += 2) picked.push(i);
  const x = new Float64Array(picked.length * design.dim);
  picked.forEach((r, i) => x.set(design.x.subarray(r * design.dim, (r + 1) * design.dim), i * design.dim));
  return { n: picked.length, dim: design.dim, x, ctx: Int32Array.from(picked, (r) => design.ctx[r]!), weight: Float64Array.from(picked, (r) => design.weight[r]!) };
}

/** Σ weight · log P(observed choice) under the posterior predictive (probit-moderated). */
function predictiveLogLikelihood(post: Posterior, design: Design): number {
  let total = 0;
  for (let i = 0; i < design.n; i++) {
    const { m, s2 } = marginMoments(post, design.x.subarray(i * design.dim, (i + 1) * design.dim), -1);
    total += design.weight[i]! * Math.log(Math.max(1e-12, predictiveProbability(m, s2)));
  }
  return total;
}

function runEm(designs: readonly Design[], mu0: Float64Array, sigma0: Float64Array, rank: number | 'full', iterations: number): Fit {
  let mu = mu0;
  let sigma = sigma0;
  const modes: (Float64Array | undefined)[] = designs.map(() => undefined);
  for (let it = 0; it < iterations; it++) {
    const e = eStep(designs, mu, sigma, modes);
    const next = rank === 'full' ? shrinkFull(e.moments) : project(e.moments, rank);
    let change = 0;
    let size = 0;
    for (let i = 0; i < DIM * DIM; i++) {
      change += Math.abs(next[i]! - sigma[i]!);
      size += Math.abs(next[i]!);
    }
    mu = e.mu;
    sigma = next;
    if (change < 1e-4 * size) break;
  }
  return { mu, sigma };
}

/**
 * Every person's Laplace posterior under N(μ, Σ): the next μ and the second moments about it. `modes` holds each
 * person's last posterior mode, where Newton starts (Σ moves little between iterations), and is updated.
 */
function eStep(designs: readonly Design[], mu: Float64Array, sigma: Float64Array, modes: (Float64Array | undefined)[]): { mu: Float64Array; moments: Float64Array } {
  const prior = gaussian(mu, sigma);
  const nextMu = new Float64Array(DIM);
  const second = new Float64Array(DIM * DIM);
  for (const [u, design] of designs.entries()) {
    const post = fitLaplace(design, prior, 0, { start: modes[u] });
    modes[u] = post.mean;
    for (let k = 0; k < DIM; k++) {
      nextMu[k]! += post.mean[k]!;
      for (let j = 0; j < DIM; j++) second[k * DIM + j]! += post.mean[k]! * post.mean[j]! + post.cov[k * DIM + j]!;
    }
  }
  const n = designs.length;
  for (let k = 0; k < DIM; k++) nextMu[k]! /= n;
  const moments = new Float64Array(DIM * DIM);
  for (let k = 0; k < DIM; k++) for (let j = 0; j < DIM; j++) moments[k * DIM + j] = second[k * DIM + j]! / n - nextMu[k]! * nextMu[j]!;
  return { mu: nextMu, moments };
}

/** N(μ, Σ) as the prior fitLaplace takes (by precision). */
function gaussian(mu: Float64Array, sigma: Float64Array): GaussianPrior {
  const l = Float64Array.from(sigma);
  cholesky(l, DIM);
  return { mean: mu, variance: new Float64Array(DIM), precision: cholInverse(l, DIM) };
}

/** The probabilistic-PCA covariance with k shared directions that maximizes the expected log-likelihood given M. */
function project(moments: Float64Array, rank: number): Float64Array {
  const { values, vectors } = symmetricEigen(moments, DIM);
  let psi = 0;
  for (let i = rank; i < DIM; i++) psi += values[i]!;
  psi = Math.max(psi / (DIM - rank), POPULATION_VARIANCE_FLOOR);
  const sigma = new Float64Array(DIM * DIM);
  for (let k = 0; k < DIM; k++) sigma[k * DIM + k] = psi;
  for (let i = 0; i < rank; i++) {
    const extra = Math.max(values[i]! - psi, 0);
    for (let k = 0; k < DIM; k++) for (let j = 0; j < DIM; j++) sigma[k * DIM + j]! += extra * vectors[i * DIM + k]! * vectors[i * DIM + j]!;
  }
  return sigma;
}

/** The unstructured M-step: M shrunk 5% toward (tr M / D)·I and floored per direction. */
function shrinkFull(moments: Float64Array): Float64Array {
  const shrinkage = 0.05;
  let trace = 0;
  for (let k = 0; k < DIM; k++) trace += moments[k * DIM + k]!;
  const sigma = new Float64Array(DIM * DIM);
  for (let k = 0; k < DIM; k++)
    for (let j = 0; j < DIM; j++) {
      sigma[k * DIM + j] = (1 - shrinkage) * moments[k * DIM + j]! + (k === j ? (shrinkage * trace) / DIM : 0);
      if (k === j) sigma[k * DIM + j] = Math.max(sigma[k * DIM + j]!, POPULATION_VARIANCE_FLOOR);
    }
  return sigma;
}
