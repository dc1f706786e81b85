// `npm run bench:learning`: does the model learn ONE person's taste? Real judges, simulated known tastes, speed.
// Everything is computed here from the data at run time; nothing is tuned on the test folds (model defaults are
// fixed in src/model/learner.ts and used as they are).
import { readFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { adfUpdate, fitLaplace, priorPosterior, type Design } from '../src/model/bradley-terry';
import { CONTEXTS, classifyContext } from '../src/model/context';
import { AXES, DIM, extractFeatures } from '../src/model/features';
import { fitPopulation } from '../src/model/population';
import { gaussian, prng } from '../src/shared/prng';
import type { PopulationPrior } from '../src/model/population-prior';
import { buildPrior, createLearner, estimatePopulationSpread, type LearnerOptions, type PairJudgment } from '../src/model/learner';
import { predictPairFeatures } from '../src/model/profile-utils';
import { cholesky } from '../src/model/linalg';
import { createBayesCeiling, informationGain, predict, type GlobalPrior, type Observation } from './_bayes-ceiling';
import type { ContextName, Profile } from '../src/model/profile-types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = `${ROOT}../shared/data/mtbench/judgments.jsonl`;

interface Row {
  user: string;
  prompt: string;
  chosen: string;
  rejected: string;
  question_id: number;
  category: string;
}

const rng = prng;
/** The value of a `key=value` command-line option, or undefined. */
const option = (key: string): string | undefined => process.argv.find((a) => a.startsWith(`${key}=`))?.slice(key.length + 1);
function shuffle<T>(a: T[], r: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
const gauss = gaussian;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

const featureCache = new Map<string, Float64Array>();
const featurize = (t: string): Float64Array => {
  let f = featureCache.get(t);
  if (!f) {
    f = extractFeatures(t);
    featureCache.set(t, f);
  }
  return f;
};
const contextCache = new Map<string, ContextName>();
const contextOf = (p: string): ContextName => {
  let c = contextCache.get(p);
  if (!c) {
    c = classifyContext(p);
    contextCache.set(p, c);
  }
  return c;
};

const asJudgments = (rows: readonly Row[]): PairJudgment[] =>
  rows.map((r) => ({ kind: 'pair', prompt: r.prompt, chosen: r.chosen, rejected: r.rejected, context: contextOf(r.prompt) }));

function fit(rows: readonly Row[], options: LearnerOptions): Profile {
  const learner = createLearner({ ...options, featurize, halfLifeDays: null, now: () => 0 });
  learner.addJudgments(rows.map((r): PairJudgment => ({ kind: 'pair', prompt: r.prompt, chosen: r.chosen, rejected: r.rejected, context: contextOf(r.prompt) })));
  return learner.profile();
}

interface Score {
  n: number;
  correct: number;
  logLoss: number;
}
const newScore = (): Score => ({ n: 0, correct: 0, logLoss: 0 });
function add(s: Score, p: number): void {
  s.n++;
  s.correct += p > 0.5 ? 1 : p === 0.5 ? 0.5 : 0;
  s.logLoss += -Math.log(Math.min(1 - 1e-12, Math.max(1e-12, p)));
}
const acc = (s: Score) => (s.n ? (100 * s.correct) / s.n : NaN);
const ll = (s: Score) => (s.n ? s.logLoss / s.n : NaN);

const results: { name: string; pass: boolean; detail: string }[] = [];
function target(name: string, pass: boolean, detail: string): void {
  results.push({ name, pass, detail });
}
const f1 = (x: number) => x.toFixed(1);
const f3 = (x: number) => x.toFixed(3);

// ---------------------------------------------------------------------------------------------------------------
// 1. Real judges
function realJudges(rows: Row[]): void {
  const byUser = new Map<string, Row[]>();
  for (const r of rows) byUser.set(r.user, [...(byUser.get(r.user) ?? []), r]);
  // (c) is the product's way to use pooled data: the population prior (pooled mean AND between-person covariance,
  // fitted by EM on the other users). (c′) is the simpler variant — one pooled profile, inflated — for reference.
  const methods = ['a pooled', 'b personal', 'c personal+population prior', "c′ personal+pooled profile"] as const;
  const all = methods.map(newScore);
  const big = methods.map(newScore);
  const r = rng(1);
  const spreads: number[] = [];
  const directionsChosen = new Map<number, number>();
  const widthsChosen = new Map<number, number>();
  for (const [user, mine] of [...byUser].sort((p, q) => p[0].localeCompare(q[0]))) {
    const qids = shuffle([...new Set(mine.map((x) => x.question_id))].sort((p, q) => p - q), r);
    const k = Math.min(5, qids.length);
    for (let fold = 0; fold < k; fold++) {
      const testQ = new Set(qids.filter((_, i) => i % k === fold));
      const test = mine.filter((x) => testQ.has(x.question_id));
      const trainMine = mine.filter((x) => !testQ.has(x.question_id));
      const pooledRows = rows.filter((x) => x.user !== user && !testQ.has(x.question_id));
      const pooled = fit(pooledRows, {});
      const personal = fit(trainMine, {});
      // How far do individuals sit from the population? Estimated from the OTHER users' training judgments only.
      const people = new Map<string, Row[]>();
      for (const x of pooledRows) people.set(x.user, [...(people.get(x.user) ?? []), x]);
      const spread = estimatePopulationSpread([...people.values()].map(asJudgments), pooled, { featurize });
      spreads.push(spread);
      const personalPrior = fit(trainMine, { prior: pooled, priorSpread: spread });
      // (d): the population's mean AND between-person covariance (EM over the other users), not one pooled fit.
      const population = fitPopulation([...people.values()].map(asJudgments), { featurize, iterations: 20 });
      directionsChosen.set(population.directions ?? -1, (directionsChosen.get(population.directions ?? -1) ?? 0) + 1);
      widthsChosen.set(population.deviationVariance ?? 0, (widthsChosen.get(population.deviationVariance ?? 0) ?? 0) + 1);
      const personalPopulation = fit(trainMine, { population });
      const profiles = [pooled, personal, personalPopulation, personalPrior];
      for (const t of test) {
        const fa = featurize(t.chosen);
        const fb = featurize(t.rejected);
        const ctx = contextOf(t.prompt);
        profiles.forEach((p, i) => {
          const prob = predictPairFeatures(p, ctx, fa, fb);
          add(all[i]!, prob);
          if (mine.length >= 20) add(big[i]!, prob);
        });
      }
    }
  }
  console.log('\n1. Real judges (MT-bench human judgments; per user 5 folds by question_id)');
  console.log('   method                         | acc all | logloss all | acc ≥20 | logloss ≥20');
  methods.forEach((m, i) =>
    console.log(`   ${m.padEnd(30)} | ${f1(acc(all[i]!)).padStart(7)} | ${f3(ll(all[i]!)).padStart(11)} | ${f1(acc(big[i]!)).padStart(7)} | ${f3(ll(big[i]!)).padStart(11)}`),
  );
  console.log(`   (${all[0]!.n} test judgments overall, ${big[0]!.n} from users with ≥ 20)`);
  spreads.sort((p, q) => p - q);
  console.log(
    `   population prior's shared directions (cross-validated on the other users, per fold): ${[...directionsChosen]
      .sort((p, q) => p[0] - q[0])
      .map(([k, n]) => `${k < 0 ? 'unstructured' : k} in ${n}`)
      .join(', ')}`,
  );
  console.log(
    `   width of per-context deviations (cross-validated likewise, per fold): ${[...widthsChosen]
      .sort((p, q) => q[0] - p[0])
      .map(([w, n]) => `${w} in ${n}`)
      .join(', ')}`,
  );
  console.log(`   between-person spread τ² (empirical Bayes on other users, per fold): median ${spreads[spreads.length >> 1]!.toExponential(2)}, range ${spreads[0]!.toExponential(2)}–${spreads[spreads.length - 1]!.toExponential(2)}`);
  const [a, b, c] = [all[0]!, all[1]!, all[2]!];
  target('real: (c) ≥ (a) accuracy', acc(c) >= acc(a), `${f1(acc(c))} vs ${f1(acc(a))}`);
  target('real: (c) ≥ (b) + 2 points', acc(c) >= acc(b) + 2, `${f1(acc(c))} vs ${f1(acc(b))} + 2`);
  target('real: (c) log-loss ≤ (a) log-loss', ll(c) <= ll(a), `${f3(ll(c))} vs ${f3(ll(a))}`);
  target('real (≥20): (c) ≥ (a) accuracy', acc(big[2]!) >= acc(big[0]!), `${f1(acc(big[2]!))} vs ${f1(acc(big[0]!))}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Known tastes
interface Pair {
  prompt: string;
  a: string;
  b: string;
  q: number;
}

/**
 * Shared taste factors for the 'factors' population: directions along which people are assumed to differ, written
 * down from the axes' meanings before any run (thorough & structured; warm & casual; careful & sourced). Each person
 * is a random mix of them (either sign, so the population mean is ~0 and pooling cannot help) plus their own
 * idiosyncratic weights on every axis.
 */
const TASTE_FACTORS: readonly Partial<Record<string, number>>[] = [
  { length: 1, lists: 0.6, headings: 0.6, examples: 0.5, steps: 0.5, wrap_up: 0.4, summary_first: 0.3 },
  { warmth: 1, enthusiasm: 0.6, emoji: 0.5, formality: -0.7, questions: 0.4, first_person: 0.3, validation: 0.3 },
  { hedging: 1, citations: 0.6, disclaimers: 0.6, confidence: -0.7 },
];

type Population = 'sparse' | 'dense' | 'factors';

/** TASTE_FACTORS as unit vectors over the axes (they share no axis, so they are orthogonal). */
function factorVectors(): Float64Array[] {
  return TASTE_FACTORS.map((factor) => {
    let norm = 0;
    for (const v of Object.values(factor)) norm += v! * v!;
    const v = new Float64Array(DIM);
    for (const [axis, x] of Object.entries(factor)) v[AXES.findIndex((a) => a.name === axis)] = x! / Math.sqrt(norm);
    return v;
  });
}

function drawTaste(kind: Population, r: () => number): Float64Array {
  const g = new Float64Array(DIM);
  if (kind === 'dense') for (let k = 0; k < DIM; k++) g[k] = gauss(r);
  else if (kind === 'sparse') {
    const nAxes = 2 + Math.floor(r() * 4);
    for (let i = 0; i < nAxes; i++) g[Math.floor(r() * DIM)] = (r() < 0.5 ? -1 : 1) * (0.5 + r());
  } else {
    for (const v of factorVectors()) {
      const z = gauss(r);
      for (let k = 0; k < DIM; k++) g[k]! += z * v[k]!;
    }
    for (let k = 0; k < DIM; k++) g[k]! += 0.1 * gauss(r);
  }
  return g;
}

/**
 * Mean and covariance of drawTaste(kind), by calculation (sparse: its exact second moments; it is not Gaussian), and
 * the second moment of the simulated per-context deviations.
 */
function trueMoments(kind: Population, scale: number): { prior: PopulationPrior; deviationVariance: number } {
  const cov = Array.from({ length: DIM }, () => new Array<number>(DIM).fill(0));
  if (kind === 'dense') for (let k = 0; k < DIM; k++) cov[k]![k] = 1;
  else if (kind === 'sparse') {
    // 2–5 draws of an axis (uniform), each setting it to ±U(0.5, 1.5): P(axis hit) ≈ 1 − (1 − 1/D)^n, E[s²] = 13/12.
    let hit = 0;
    for (let n = 2; n <= 5; n++) hit += (1 - Math.pow(1 - 1 / DIM, n)) / 4;
    for (let k = 0; k < DIM; k++) cov[k]![k] = (hit * 13) / 12;
  } else {
    for (const v of factorVectors()) {
      for (let k = 0; k < DIM; k++) for (let l = 0; l < DIM; l++) cov[k]![l]! += v[k]! * v[l]!;
    }
    for (let k = 0; k < DIM; k++) cov[k]![k]! += 0.01;
  }
  // Context deviations (see simulated()): 1 or 2 draws of a context (the second may repeat the first, replacing it),
  // each setting one random axis to ±U(0.5, 1.0), whose square has mean 7/12; spread over every context and axis.
  const deviations = 0.5 * 1 + 0.5 * (2 - 1 / CONTEXTS.length);
  const deviationVariance = (scale * scale * deviations * 7) / 12 / (CONTEXTS.length * DIM);
  return {
    prior: { format: 'attune-population', version: 1, axes: AXES.map((a) => a.name), mean: new Array<number>(DIM).fill(0), covariance: cov.map((row) => row.map((x) => scale * scale * x)), people: 0, judgments: 0 },
    deviationVariance,
  };
}

function simulated(rows: Row[], kind: Population): void {
  const answers = new Map<number, { prompt: string; texts: Set<string> }>();
  for (const r of rows) {
    const e = answers.get(r.question_id) ?? { prompt: r.prompt, texts: new Set<string>() };
    e.texts.add(r.chosen);
    e.texts.add(r.rejected);
    answers.set(r.question_id, e);
  }
  const pairs: Pair[] = [];
  for (const [q, e] of answers) {
    const t = [...e.texts];
    for (let i = 0; i < t.length; i++) for (let j = i + 1; j < t.length; j++) pairs.push({ prompt: e.prompt, a: t[i]!, b: t[j]!, q });
  }
  // `seed=N` draws another population and other streams (default 0: the figures in the READMEs); `scale=S`
  // multiplies every hidden vector by S (people S times as decisive: their choices follow their taste more often);
  // `study=N` sets how many people the population prior is fitted on (default 100; it shifts the other draws too);
  // `pool=N` how many candidate pairs the active learner chooses from (default 400).
  const seed = Number(option('seed') ?? 0);
  const scale = Number(option('scale') ?? 1);
  const STUDY = Number(option('study') ?? 100);
  const POOL = Number(option('pool') ?? 400);
  if (!Number.isInteger(seed) || seed < 0 || !(scale > 0) || !Number.isInteger(STUDY) || STUDY < 2 || !Number.isInteger(POOL) || POOL < 20) {
    console.error('bench:learning: options are seed=N (integer ≥ 0), scale=S (> 0), study=N (integer ≥ 2), pool=N (integer ≥ 20)');
    process.exit(2);
  }
  const r = rng(2 + 1000003 * seed);
  const USERS = 60;
  const SIZES = [5, 10, 20, 50, 200];
  const ACTIVE_SIZES = [5, 10, 20, 50];
  // Hidden tastes. Sparse: each simulated person cares about 2–5 random axes (either direction, strength 0.5–1.5
  // logits per standard deviation). Dense: every axis ~ N(0, 1). Factors: a random mix of three shared taste factors
  // (TASTE_FACTORS) plus small idiosyncratic weights. In every case, in one or two contexts they differ on one more
  // axis (0.5–1.0). No two people share a vector; the population mean is ~0, so pooling cannot help. Sparse and
  // dense people have no shared structure for a population prior to find; factor people do.
  const tastes = Array.from({ length: USERS + STUDY }, () => {
    const g = drawTaste(kind, r).map((x) => scale * x);
    const dev = new Map<ContextName, Float64Array>();
    const nDev = 1 + Math.floor(r() * 2);
    for (let i = 0; i < nDev; i++) {
      const d = new Float64Array(DIM);
      d[Math.floor(r() * DIM)] = scale * (r() < 0.5 ? -1 : 1) * (0.5 + 0.5 * r());
      dev.set(CONTEXTS[Math.floor(r() * CONTEXTS.length)]!, d);
    }
    return { g, dev };
  });
  const utility = (u: number, p: Pair) => {
    const t = tastes[u]!;
    const d = t.dev.get(contextOf(p.prompt));
    const fa = featurize(p.a);
    const fb = featurize(p.b);
    let f = 0;
    for (let k = 0; k < DIM; k++) f += (t.g[k]! + (d ? d[k]! : 0)) * (fa[k]! - fb[k]!);
    return f;
  };
  const qs = shuffle([...answers.keys()].sort((p, q) => p - q), r);
  const testQ = new Set(qs.slice(0, 20));
  const trainPairs = pairs.filter((p) => !testQ.has(p.q));
  const testPairs = pairs.filter((p) => testQ.has(p.q));
  // Every user's choices, drawn once by Bradley–Terry.
  const draw = (u: number, p: Pair, rand: () => number = r): PairJudgment => {
    const aWins = rand() < sigmoid(utility(u, p));
    return { kind: 'pair', prompt: p.prompt, chosen: aWins ? p.a : p.b, rejected: aWins ? p.b : p.a, context: contextOf(p.prompt) };
  };
  const trainSeq = tastes.map((_, u) => shuffle([...trainPairs], r).slice(0, Math.max(...SIZES)).map((p) => draw(u, p)));
  const testSets = tastes.slice(0, USERS).map((_, u) => testPairs.map((p) => draw(u, p)));
  // The study: STUDY further people of the same population, 50 random choices each, never evaluated. Pooled = one
  // fit on all their choices (the aggregate model); the population prior = their between-person covariance (EM).
  const study = trainSeq.slice(USERS).map((seq) => seq.slice(0, 50));
  const pooledL = createLearner({ featurize, halfLifeDays: null, now: () => 0 });
  pooledL.addJudgments(study.flat());
  const pooled = pooledL.profile();
  const population = fitPopulation(study, { featurize });
  // `directions=N|auto|full` on the command line: also a population fitted with that rank option, for comparison
  // with the default (auto).
  const directionsValue = option('directions');
  const rankAsked = directionsValue === 'auto' || directionsValue === 'full' ? directionsValue : Number(directionsValue);
  const ranked = directionsValue === undefined ? null : fitPopulation(study, { featurize, rank: rankAsked });
  const rankLabel = (pop: PopulationPrior) => (pop.directions === undefined ? 'unstructured' : `${pop.directions} directions`);
  const directions = ranked ? `${rankLabel(ranked)}${directionsValue === 'auto' ? ' (auto)' : ''}` : '';
  // A ceiling no learner can beat by much: the Gaussian with the population's TRUE mean and second moments as the
  // prior (for dense and factor people that is exactly the distribution they were drawn from).
  const truth = trueMoments(kind, scale);
  const ranks = ranked ? [`random+population, ${directions}`, `active+population, ${directions}`] : [];
  const modes = ['random', 'active', 'random+population', 'active+population', ...ranks, 'random+true prior', 'active+true prior'];
  // The Bayes-optimal learner: the exact posterior under the process the people were drawn from (not only its first
  // two moments), sampled by MCMC (bench/_bayes-ceiling.ts); with questions chosen by its own information gain.
  // `exact=0` leaves these lines out (they add two to four minutes per population); `exact=K` runs the chains K times
  // longer between draws (K = 1 by default), to check that the figures do not move, i.e. that the chains have mixed.
  const effort = Number(option('exact') ?? 1);
  if (!Number.isInteger(effort) || effort < 0) {
    console.error('bench:learning: exact=K takes an integer K ≥ 0 (0: no exact-posterior lines)');
    process.exit(2);
  }
  const exactModes = effort > 0 ? ['random+exact posterior', 'active+exact posterior'] : [];
  let bayesGlobal: GlobalPrior = { kind: 'sparse', dim: DIM, scale };
  if (kind !== 'sparse') {
    const chol = Float64Array.from(truth.prior.covariance.flat());
    cholesky(chol, DIM);
    bayesGlobal = { kind: 'gaussian', dim: DIM, chol };
  }
  // A candidate pair (a over b) or a judgment as the sampler sees it, computed once per object: the active learner
  // scores the same pool pairs and every checkpoint the same held-out judgments again.
  const observations = new WeakMap<Pair | PairJudgment, Observation>();
  const asObservation = (x: Pair | PairJudgment): Observation => {
    let o = observations.get(x);
    if (!o) {
      const [chosen, rejected] = 'a' in x ? [x.a, x.b] : [x.chosen, x.rejected];
      const fa = featurize(chosen);
      const fb = featurize(rejected);
      o = { d: fa.map((v, k) => v - fb[k]!), ctx: CONTEXTS.indexOf(contextOf(x.prompt)) };
      observations.set(x, o);
    }
    return o;
  };
  // Up to 50 answers for the active modes and the exact posterior (its chains would be slow on 200).
  const sizesOf = (mode: string) => (mode.startsWith('random') && !exactModes.includes(mode) ? SIZES : ACTIVE_SIZES);
  const scores = new Map<string, Score>();
  const sc = (k: string) => scores.get(k) ?? (scores.set(k, newScore()), scores.get(k)!);
  /** Each simulated person's accuracy per key, for the standard error over people. */
  const perPerson = new Map<string, number[]>();
  for (let u = 0; u < USERS; u++) {
    const evaluate = (key: string, prob: (j: PairJudgment) => number) => {
      const mine = newScore();
      for (const j of testSets[u]!) {
        const p = prob(j);
        add(sc(key), p);
        add(mine, p);
      }
      (perPerson.get(key) ?? perPerson.set(key, []).get(key)!).push(acc(mine));
    };
    evaluate('oracle', (j) => {
      const p: Pair = { prompt: j.prompt, a: j.chosen, b: j.rejected, q: 0 };
      return sigmoid(utility(u, p));
    });
    evaluate('pooled', (j) => predictPairFeatures(pooled, contextOf(j.prompt), featurize(j.chosen), featurize(j.rejected)));
    if (kind === 'factors') {
      // What a learner that pinned each person's three factor coordinates exactly (and nothing else: not their
      // idiosyncratic weights, not their context deviations) would score: the most a population's shared
      // directions can carry.
      const g = tastes[u]!.g;
      const shared = new Float64Array(DIM);
      for (const v of factorVectors()) {
        const z = v.reduce((s, x, k) => s + x * g[k]!, 0);
        for (let k = 0; k < DIM; k++) shared[k]! += z * v[k]!;
      }
      evaluate('factors only', (j) => {
        const fa = featurize(j.chosen);
        const fb = featurize(j.rejected);
        let f = 0;
        for (let k = 0; k < DIM; k++) f += shared[k]! * (fa[k]! - fb[k]!);
        return sigmoid(f);
      });
    }
    /** One simulated learner: which candidate it would ask about, how it takes an answer, how it predicts. */
    interface SimLearner {
      pick(pool: readonly Pair[]): number;
      add(j: PairJudgment): void;
      predictor(): (j: PairJudgment) => number;
    }
    const laplace = (mode: string): SimLearner => {
      const prior = mode.endsWith('population') ? population : mode.includes('population, ') ? ranked : mode.endsWith('true prior') ? truth.prior : null;
      // The true prior is the whole generative distribution: the per-context deviations' true width too (the
      // learner's default, 0.1 per axis, is 16 times wider than these simulated people's).
      const deviationVariance = mode.endsWith('true prior') ? truth.deviationVariance : undefined;
      const learner = createLearner({ featurize, halfLifeDays: null, now: () => 0, population: prior, deviationVariance });
      return {
        pick: (pool) => learner.rankByInformationGain(pool.map((p) => ({ prompt: p.prompt, a: p.a, b: p.b })))[0]!.index,
        add: (j) => learner.addJudgment(j),
        predictor: () => {
          learner.refit();
          const prof = learner.profile();
          return (j) => predictPairFeatures(prof, contextOf(j.prompt), featurize(j.chosen), featurize(j.rejected));
        },
      };
    };
    const exactPosterior = (): SimLearner => {
      const posterior = createBayesCeiling(bayesGlobal, { contexts: CONTEXTS.length, scale }, rng(31337 * (u + 1) + 1000003 * seed), { burn: 200 * effort, thin: 2 * effort });
      return {
        pick: (pool) => {
          const draws = posterior.draws(400);
          let best = 0;
          let bestGain = -Infinity;
          pool.forEach((p, i) => {
            const g = informationGain(draws, asObservation(p));
            if (g > bestGain) [best, bestGain] = [i, g];
          });
          return best;
        },
        add: (j) => posterior.add(asObservation(j)),
        predictor: () => {
          const draws = posterior.draws(2000);
          return (j) => predict(draws, asObservation(j));
        },
      };
    };
    for (const mode of [...modes, ...exactModes]) {
      const learner = exactModes.includes(mode) ? exactPosterior() : laplace(mode);
      // Common random numbers: every mode sees the same candidate pool and the same stream of Bradley–Terry draws
      // for a person, so modes differ only in what they learn, and a mode's figures do not depend on which other
      // modes ran before it.
      const rm = rng(7919 * (u + 1) + 1 + 1000003 * seed);
      let pool = shuffle([...trainPairs], rng(7919 * (u + 1) + 1000003 * seed)).slice(0, POOL);
      let n = 0;
      for (const size of sizesOf(mode)) {
        while (n < size) {
          let j: PairJudgment;
          if (mode.startsWith('random')) j = trainSeq[u]![n]!;
          else {
            // Calibration-page style: ask the most informative of POOL (default 400) candidate pairs.
            const best = learner.pick(pool);
            const p = pool[best]!;
            pool = pool.filter((_, i) => i !== best);
            j = draw(u, p, rm);
          }
          learner.add(j);
          n++;
        }
        evaluate(`${mode} ${size}`, learner.predictor());
      }
    }
  }
  const oracle = acc(sc('oracle'));
  console.log(`\n2${{ sparse: 'a', dense: 'b', factors: 'c' }[kind]}. Known tastes, ${kind} (${USERS} simulated people with hidden heterogeneous vectors; real MT-bench`);
  console.log(`   answer pairs; Bradley–Terry draws; ${testPairs.length} held-out pairs on 20 unseen questions each; active = the`);
  console.log(`   learner picks the most informative of ${POOL} candidate pairs, as the calibration page would)`);
  console.log('   model                | acc   | logloss | share of oracle margin ± SE over people');
  // ± is one standard error of the share over the simulated people: of the mean of each person's accuracy minus the
  // oracle's on their own choices, so it leaves out how much the people themselves differ in how predictable they are.
  const se = (key: string) => {
    const oracleOf = perPerson.get('oracle') ?? [];
    const xs = (perPerson.get(key) ?? []).map((x, u) => x - oracleOf[u]!);
    const mean = xs.reduce((t, x) => t + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((t, x) => t + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1));
    return (100 * sd) / Math.sqrt(xs.length) / (oracle - 50);
  };
  const line = (name: string, key: string) => {
    const s = sc(key);
    console.log(`   ${name.padEnd(20)} | ${f1(acc(s)).padStart(5)} | ${f3(ll(s)).padStart(7)} | ${f1((100 * (acc(s) - 50)) / (oracle - 50)).padStart(5)}% ± ${f1(se(key))}`);
  };
  line('oracle (true vector)', 'oracle');
  line('pooled (study)', 'pooled');
  if (kind === 'factors') line('factor coordinates only (exact)', 'factors only');
  for (const mode of [...modes, ...exactModes]) for (const size of sizesOf(mode)) line(`${mode} after ${size}`, `${mode} ${size}`);
  if (kind === 'factors') {
    // How well the study's population fit recovers the truth: its variance along each (orthogonal) taste factor, and
    // what it leaves on the other 19 directions on average.
    const along = (pop: PopulationPrior) => {
      const c = pop.covariance;
      const v = factorVectors().map((f) => f.reduce((s, x, k) => s + x * f.reduce((t, y, l) => t + c[k]![l]! * y, 0), 0));
      let trace = 0;
      for (let k = 0; k < DIM; k++) trace += c[k]![k]!;
      return `${v.map(f3).join(', ')} along the factors (true ${f3(1.01 * scale * scale)}), ${f3((trace - v.reduce((s, x) => s + x, 0)) / (DIM - v.length))} elsewhere (true ${f3(0.01 * scale * scale)})`;
    };
    console.log(`   fitted population (${rankLabel(population)}): ${along(population)}; context deviations ${population.deviationVariance ?? 'default'} (true ${f3(truth.deviationVariance)})`);
    if (ranked) console.log(`   fitted population (${directions}): ${along(ranked)}`);
  }
  const share = (k: string) => (acc(sc(k)) - 50) / (oracle - 50);
  // Judged on the best configuration Attune offers: calibration-page questions and a population prior.
  // 'active+exact posterior' is the ceiling for a learner that knows the population exactly (all of it, where
  // 'active+true prior' knows its first two moments): what is left of the oracle's margin after 20 choices is the part
  // of each person no population can predict (their idiosyncratic weights and context deviations) and the
  // Bradley–Terry noise in 20 answers.
  target(
    `sim ${kind}: 20 choices ≥ 90% of oracle margin`,
    share('active+population 20') >= 0.9,
    `${f1(100 * share('active+population 20'))}% (active+population; random, neutral prior: ${f1(100 * share('random 20'))}%; active+true prior: ${f1(100 * share('active+true prior 20'))}%${exactModes.length ? `; Bayes ceiling, active+exact posterior: ${f1(100 * share('active+exact posterior 20'))}%` : ''})`,
  );
  const far = Math.max(5, 0.5 * (oracle - 50));
  target(
    `sim ${kind}: 20 choices far above pooled (≥ +${f1(far)} pts)`,
    acc(sc('random 20')) >= acc(sc('pooled')) + far,
    // Judged, as since the benchmark was written, on random questions and the neutral prior; Attune's own
    // configuration (the one the 90% target above is judged on) is printed next to it for reading only.
    `${f1(acc(sc('random 20')))} vs ${f1(acc(sc('pooled')))} (+${f1(far)} = half the oracle margin; random questions, neutral prior; active+population: ${f1(acc(sc('active+population 20')))})`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Speed
function speed(rows: Row[]): void {
  const texts = [...new Set(rows.flatMap((x) => [x.chosen, x.rejected]))];
  const prompts = [...new Set(rows.map((x) => x.prompt))];
  const r = rng(3);
  const N = 10_000;
  const x = new Float64Array(N * DIM);
  const ctx = new Int32Array(N);
  const weight = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const a = featurize(texts[Math.floor(r() * texts.length)]!);
    const b = featurize(texts[Math.floor(r() * texts.length)]!);
    for (let k = 0; k < DIM; k++) x[i * DIM + k] = a[k]! - b[k]! + 0.3 * gauss(r);
    ctx[i] = CONTEXTS.indexOf(contextOf(prompts[Math.floor(r() * prompts.length)]!));
    weight[i] = r() < 0.7 ? 1 : 0.7;
  }
  const design: Design = { n: N, dim: DIM, x, ctx, weight };
  const prior = buildPrior({});
  // The machine is shared (other builds and browsers may be running): report the best of several runs (the
  // code's own cost) and judge on it, next to the median and the load average.
  const times: number[] = [];
  let iterations = 0;
  for (let rep = 0; rep < 9; rep++) {
    const t0 = performance.now();
    iterations = fitLaplace(design, prior, CONTEXTS.length).iterations;
    times.push(performance.now() - t0);
  }
  times.sort((p, q) => p - q);
  const refitMs = times[0]!;
  const refitMedian = times[4]!;
  const U = 2000;
  const upd: number[] = [];
  for (let rep = 0; rep < 9; rep++) {
    const post = priorPosterior(prior, DIM, CONTEXTS.length);
    const t1 = performance.now();
    for (let i = 0; i < U; i++) adfUpdate(post, x.subarray(i * DIM, (i + 1) * DIM), ctx[i]!, weight[i]!);
    upd.push((performance.now() - t1) / U);
  }
  upd.sort((p, q) => p - q);
  const updMs = upd[0]!;
  const updMedian = upd[4]!;
  // Feature extraction throughput on the MT-bench answers plus Markdown-heavy and non-English text.
  const md = `# Plan\n\n**TL;DR:** do it.\n\n1. First step, e.g. this\n2. Then **that** — see [docs](https://x.y)\n- a bullet 😀\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\`\`\`ts\nconst x = 1;\n\`\`\`\n\nDas ist vielleicht ein Beispiel. これは例です。Great question! I hope this helps?\n`;
  const corpus = [...texts, ...Array.from({ length: 200 }, () => md)];
  let bytes = 0;
  for (const t of corpus) bytes += t.length;
  const t2 = performance.now();
  const rates: number[] = [];
  while (performance.now() - t2 < 2000) {
    const t3 = performance.now();
    for (const t of corpus) extractFeatures(t);
    rates.push(bytes / ((performance.now() - t3) / 1000) / 1e6);
  }
  rates.sort((p, q) => q - p);
  const mbps = rates[0]!;
  const mbpsMedian = rates[rates.length >> 1]!;
  console.log(`\n3. Speed (Node ${process.version}, this machine: ${cpus().length} CPUs, load average now ${loadavg()[0]!.toFixed(1)}; best of runs, median in brackets)`);
  console.log(`   full Laplace refit, 10,000 judgments, ${DIM * (CONTEXTS.length + 1)} parameters, full covariance: ${refitMs.toFixed(1)} ms [${refitMedian.toFixed(1)}] (${iterations} Newton passes)`);
  console.log(`   incremental (ADF) update, full covariance: ${(updMs * 1000).toFixed(1)} µs [${(updMedian * 1000).toFixed(1)}] per judgment`);
  console.log(`   feature extraction: ${mbps.toFixed(1)} MB/s [${mbpsMedian.toFixed(1)}] (characters; ${corpus.length} texts incl. Markdown and non-English)`);
  target('speed: refit 10k ≤ 50 ms', refitMs <= 50, `${refitMs.toFixed(1)} ms`);
  target('speed: incremental ≤ 0.1 ms', updMs <= 0.1, `${(updMs * 1000).toFixed(1)} µs`);
  target('speed: features ≥ 5 MB/s', mbps >= 5, `${mbps.toFixed(1)} MB/s`);
}

function main(): void {
  if (!existsSync(DATA)) {
    console.error(`bench:learning: ${DATA} not found (see ../shared/data/mtbench/README.md)`);
    process.exit(2);
  }
  const rows = readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const only = process.argv.slice(2).filter((a) => !a.includes('=')); // sections; key=value arguments are options
  const t0 = performance.now();
  if (only.length === 0 || only.includes('real')) realJudges(rows);
  for (const kind of ['sparse', 'dense', 'factors'] as const) if (only.length === 0 || only.includes('sim') || only.includes(kind)) simulated(rows, kind);
  if (only.length === 0 || only.includes('speed')) speed(rows);
  console.log('\nTargets');
  for (const t of results) console.log(`   ${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(50)} ${t.detail}`);
  console.log(`   ${results.filter((t) => t.pass).length} of ${results.length} targets pass`);
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
