// A population prior with between-person covariance: where people's taste vectors sit (mean) and the directions in
// which they differ from one another (covariance). Fitted by population.ts from many people's judgments — a research
// study's pooled exports, never one person's — and used only as a starting point: a person's own data dominates as
// it grows. The file format is documented in docs/formats.md ("Population prior").
import { cholesky, cholInverse } from './linalg';
import { AXES, DIM } from './features';
import { CONTEXTS } from './context';
import type { GaussianPrior } from './bradley-terry';

export interface PopulationPrior {
  format: 'attune-population';
  version: 1;
  /** Axis names, in the order of `mean` and the rows/columns of `covariance`. */
  axes: string[];
  /** Population mean of the global weights. */
  mean: number[];
  /** Between-person covariance of the global weights (symmetric, positive definite), row-major rows. */
  covariance: number[][];
  /** Shared taste directions found (Σ = those directions + a common variance on the rest); absent when unstructured. */
  directions?: number;
  /**
   * How far people's per-context weights sit from their global ones: the prior variance of each context deviation
   * (chosen by cross-validation over people). Absent: the learner's default (0.1).
   */
  deviationVariance?: number;
  /** How many people and judgments it was fitted on. */
  people: number;
  judgments: number;
}

/** Smallest variance kept on any direction, so no axis is ever fixed by the prior. */
export const POPULATION_VARIANCE_FLOOR = 1e-3;

/** Accepted range of `deviationVariance`: below it a person's contexts could never differ from their global taste. */
export const DEVIATION_VARIANCE_RANGE: readonly [number, number] = [1e-3, 4];

/** A plain-language problem with a parsed population prior, or null when it is usable. */
export function populationProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (v.format !== 'attune-population') return '"format" must be "attune-population"';
  if (v.version !== 1) return `unsupported version ${JSON.stringify(v.version)} (this Attune reads version 1)`;
  if (!Array.isArray(v.axes) || !v.axes.every((a) => typeof a === 'string')) return '"axes" must be a list of axis names';
  const n = v.axes.length;
  if (!Array.isArray(v.mean) || v.mean.length !== n || !v.mean.every((x) => typeof x === 'number' && Number.isFinite(x))) return `"mean" must be ${n} finite numbers`;
  if (
    !Array.isArray(v.covariance) ||
    v.covariance.length !== n ||
    !v.covariance.every((row) => Array.isArray(row) && row.length === n && row.every((x) => typeof x === 'number' && Number.isFinite(x)))
  )
    return `"covariance" must be a ${n}×${n} matrix of finite numbers`;
  const c = v.covariance as number[][];
  for (let i = 0; i < n; i++) {
    if (!(c[i]![i]! > 0)) return `"covariance" diagonal entry ${i + 1} must be positive`;
    for (let j = 0; j < i; j++) if (Math.abs(c[i]![j]! - c[j]![i]!) > 1e-6 * (1 + Math.abs(c[i]![j]!))) return '"covariance" must be symmetric';
  }
  if (v.directions !== undefined && !(Number.isInteger(v.directions) && (v.directions as number) >= 0 && (v.directions as number) < n)) return `"directions" must be a whole number from 0 to ${n - 1}`;
  if (v.deviationVariance !== undefined && !(typeof v.deviationVariance === 'number' && v.deviationVariance >= DEVIATION_VARIANCE_RANGE[0] && v.deviationVariance <= DEVIATION_VARIANCE_RANGE[1]))
    return `"deviationVariance" must be a number from ${DEVIATION_VARIANCE_RANGE[0]} to ${DEVIATION_VARIANCE_RANGE[1]}`;
  const known = new Set<string>(AXES.map((a) => a.name));
  const unknown = (v.axes as string[]).filter((a) => !known.has(a));
  if (unknown.length) return `unknown axes: ${unknown.join(', ')}`;
  return null;
}

/**
 * A between-person covariance (DIM×DIM, row-major; overwritten) with its diagonal floored at
 * POPULATION_VARIANCE_FLOOR: the floored variances and the precision.
 */
export function flooredPrecision(cov: Float64Array): { variance: Float64Array; precision: Float64Array } {
  for (let k = 0; k < DIM; k++) cov[k * DIM + k] = Math.max(cov[k * DIM + k]!, POPULATION_VARIANCE_FLOOR);
  const variance = Float64Array.from({ length: DIM }, (_, k) => cov[k * DIM + k]!);
  cholesky(cov, DIM);
  return { variance, precision: cholInverse(cov, DIM) };
}

/**
 * The population as a Gaussian prior over [global | context deviations]: global ~ N(mean, covariance) (axes the
 * population file lacks get a neutral variance), each context deviation ~ N(0, deviationVariance).
 */
export function populationGaussian(pop: PopulationPrior, deviationVariance: number, neutralVariance = 0.25): GaussianPrior {
  const mean = new Float64Array(DIM);
  const cov = new Float64Array(DIM * DIM);
  for (let k = 0; k < DIM; k++) cov[k * DIM + k] = neutralVariance;
  const index = pop.axes.map((a) => AXES.findIndex((x) => x.name === a));
  index.forEach((k, i) => {
    if (k < 0) return;
    mean[k] = pop.mean[i]!;
    index.forEach((l, j) => {
      if (l >= 0) cov[k * DIM + l] = pop.covariance[i]![j]!;
    });
  });
  return hierarchicalGaussian({ mean, ...flooredPrecision(cov) }, CONTEXTS.length, deviationVariance);
}

/**
 * One Gaussian prior over [global | `contexts` context deviations]: the global weights ~ `global` (a floored
 * covariance's variances and precision, as flooredPrecision gives them), each deviation ~ N(0, width), independent
 * of the rest. The precision is block-diagonal, so the marginal variances are the global block's and the width: no
 * inversion is needed.
 */
export function hierarchicalGaussian(global: { mean: Float64Array; variance: Float64Array; precision: Float64Array }, contexts: number, width: number): GaussianPrior {
  const p = DIM * (contexts + 1);
  const mean = new Float64Array(p);
  mean.set(global.mean);
  const variance = new Float64Array(p).fill(width);
  variance.set(global.variance);
  const precision = new Float64Array(p * p);
  for (let k = 0; k < DIM; k++) for (let l = 0; l < DIM; l++) precision[k * p + l] = global.precision[k * DIM + l]!;
  for (let k = DIM; k < p; k++) precision[k * p + k] = 1 / width;
  return { mean, variance, precision };
}
