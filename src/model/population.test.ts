import { describe, expect, it } from 'vitest';
import { gaussian, prng } from '../shared/prng';
import { AXES, AXIS_INDEX, DIM } from './features';
import { createLearner, personDesign, type PairJudgment } from './learner';
import { chooseDirections, fitPopulation, globalPrior, hierarchicalHeldOut } from './population';
import { fitLaplace, marginMoments, predictiveProbability } from './bradley-terry';
import { CONTEXTS } from './context';
import { symmetricEigen } from './linalg';
import { populationGaussian, populationProblem, type PopulationPrior } from './population-prior';
import type { ContextName } from './profile-types';

const rng = prng;
const gauss = gaussian;

// Synthetic responses with known feature vectors: the population test is about the EM, not the feature extractor.
const r = rng(7);
const TEXTS = Array.from({ length: 300 }, (_, i) => `text ${i}`);
const FEATURES = new Map(TEXTS.map((t) => [t, Float64Array.from({ length: DIM }, () => gauss(r))]));
const featurize = (t: string) => FEATURES.get(t)!;

/** People differ along ONE direction (more length and lists, or less of both), either sign. */
const DIRECTION = new Float64Array(DIM);
DIRECTION[AXIS_INDEX.length] = Math.SQRT1_2;
DIRECTION[AXIS_INDEX.lists] = Math.SQRT1_2;

const PROMPTS: Partial<Record<ContextName, string>> = { coding: 'Fix the bug in this Python function', writing: 'Write a short poem about the sea' };

function person(z: number, n: number, rand: () => number): PairJudgment[] {
  return personWith(DIRECTION.map((v) => z * v), n, rand);
}

function personWith(w: Float64Array, n: number, rand: () => number, context: ContextName = 'learning'): PairJudgment[] {
  const prompt = PROMPTS[context] ?? 'Explain tides';
  return Array.from({ length: n }, () => {
    const a = TEXTS[Math.floor(rand() * TEXTS.length)]!;
    const b = TEXTS[Math.floor(rand() * TEXTS.length)]!;
    let u = 0;
    for (let k = 0; k < DIM; k++) u += w[k]! * (featurize(a)[k]! - featurize(b)[k]!);
    const aWins = rand() < 1 / (1 + Math.exp(-u));
    return { kind: 'pair', prompt, chosen: aWins ? a : b, rejected: aWins ? b : a, context };
  });
}

describe('fitPopulation', () => {
  const rand = rng(11);
  const people = Array.from({ length: 60 }, () => person(2 * gauss(rand), 40, rand));
  const pop = fitPopulation(people, { featurize });

  it('finds the direction people differ in', () => {
    const c = pop.covariance;
    const along = DIRECTION.reduce((s, v, k) => s + v * DIRECTION.reduce((t, w, l) => t + c[k]![l]! * w, 0), 0);
    const off = c[AXIS_INDEX.emoji]![AXIS_INDEX.emoji]!;
    expect(along).toBeGreaterThan(1.5); // true variance along it: 4
    expect(off).toBeLessThan(0.1 * along);
    expect(c[AXIS_INDEX.length]![AXIS_INDEX.lists]!).toBeGreaterThan(0.5); // the two axes move together
    expect(Math.abs(pop.mean[AXIS_INDEX.length]!)).toBeLessThan(0.6); // either sign: mean near zero
    expect(pop.directions).toBeGreaterThanOrEqual(1); // chosen by cross-validation (see chooseDirections below)
    expect(pop.people).toBe(60);
    expect(pop.judgments).toBe(60 * 40);
    expect(populationProblem(pop)).toBeNull();
  });

  it('lets a few choices place a new person along that direction better than a neutral prior', () => {
    const test = person(2, 400, rng(99));
    const few = person(2, 6, rng(5));
    const accuracy = (withPrior: boolean) => {
      const learner = createLearner({ featurize, halfLifeDays: null, population: withPrior ? pop : null });
      learner.addJudgments(few);
      return test.filter((j) => learner.predict(j.prompt, j.chosen, j.rejected) > 0.5).length / test.length;
    };
    expect(accuracy(true)).toBeGreaterThan(accuracy(false) + 0.03);
  });

  it('is only a starting point: enough of a person’s own data overrules the population', () => {
    const skewed: PopulationPrior = { ...pop, mean: pop.mean.map((m, k) => (k === AXIS_INDEX.length ? 2 : m)) };
    const empty = createLearner({ featurize, population: skewed }).profile();
    expect(empty.global[AXIS_INDEX.length]!.mean).toBeCloseTo(2, 5);
    const learner = createLearner({ featurize, halfLifeDays: null, population: skewed });
    learner.addJudgments(person(-3, 300, rng(3)));
    expect(learner.profile().global[AXIS_INDEX.length]!.mean).toBeLessThan(0);
  });

  it('with a number of shared directions: Σ is those directions plus one common variance elsewhere', () => {
    // Three independent directions (length, warmth, hedging), each with variance 4; nothing elsewhere.
    const axes = [AXIS_INDEX.length, AXIS_INDEX.warmth, AXIS_INDEX.hedging];
    const r3 = rng(21);
    const people = Array.from({ length: 80 }, () => {
      const w = new Float64Array(DIM);
      for (const k of axes) w[k] = 2 * gauss(r3);
      return personWith(w, 40, r3);
    });
    const three = fitPopulation(people, { featurize, rank: 3 });
    expect(three.directions).toBe(3);
    const eig = symmetricEigen(Float64Array.from(three.covariance.flat()), DIM).values;
    for (let i = 4; i < DIM; i++) expect(eig[i]!).toBeCloseTo(eig[3]!, 5); // every other direction: the same ψ
    const full = fitPopulation(people, { featurize, rank: 'full' });
    expect(full.directions).toBeUndefined();
    const emoji = (p: PopulationPrior) => p.covariance[AXIS_INDEX.emoji]![AXIS_INDEX.emoji]!;
    for (const k of axes) expect(three.covariance[k]![k]!).toBeGreaterThan(20 * emoji(three));
    expect(emoji(three)).toBeLessThan(emoji(full) / 2); // the common ψ is pinned lower than one unstructured axis
    expect(populationProblem(three)).toBeNull();
    expect(() => fitPopulation(people, { featurize, rank: DIM })).toThrow(/rank must be a whole number from 0 to 21, 'auto' or 'full'/);
  }, 120_000);

  it('needs at least two people with enough judgments', () => {
    expect(() => fitPopulation([person(1, 10, rng(1))], { featurize })).toThrow(/at least 2 people/);
  });
});

describe('chooseDirections', () => {
  const crowd = (axes: number[], seed: number) => {
    const r = rng(seed);
    return Array.from({ length: 50 }, () => {
      const w = new Float64Array(DIM);
      for (const k of axes) w[k] = 2 * gauss(r);
      return personWith(w, 30, r);
    });
  };

  it('finds no shared direction when everyone has the same taste', () => {
    const choice = chooseDirections(crowd([], 31), { featurize });
    expect(choice.directions).toBe(0);
    expect(choice.scores.length).toBeGreaterThanOrEqual(3); // tried 0, 1, 2 before giving up
  }, 120_000);

  it('finds three directions when people differ along three', () => {
    const choice = chooseDirections(crowd([AXIS_INDEX.length, AXIS_INDEX.warmth, AXIS_INDEX.hedging], 32), { featurize });
    expect(choice.directions).toBe(3);
    // Held-out choices are predicted far better with the directions than without.
    expect(choice.scores[3]! - choice.scores[0]!).toBeGreaterThan(0.05);
    // Laplace EM underestimates a spread this large (variance 4); held-out people ask for more along the directions.
    expect(choice.scale.shared).toBeGreaterThan(1);
  }, 120_000);
});

describe('context deviations', () => {
  // 40 people differing along DIRECTION, 30 choices in each of two contexts. In one crowd a person's taste is the same
  // in both; in the other each person also leans, with a random sign, toward emoji, warmth and questions in code
  // answers and away from them in writing (a deviation of ±1.5 on three axes).
  const crowd = (deviates: boolean, seed: number) => {
    const r = rng(seed);
    return Array.from({ length: 40 }, () => {
      const w = DIRECTION.map((v) => 2 * gauss(r) * v);
      const d = new Float64Array(DIM);
      if (deviates) for (const k of [AXIS_INDEX.emoji, AXIS_INDEX.warmth, AXIS_INDEX.questions]) d[k] = (r() < 0.5 ? -1.5 : 1.5);
      return [...personWith(w.map((x, k) => x + d[k]!), 30, r, 'coding'), ...personWith(w.map((x, k) => x - d[k]!), 30, r, 'writing')];
    });
  };

  it('are as wide as held-out people need: narrow when nobody’s contexts differ, wide when they do', () => {
    const same = fitPopulation(crowd(false, 41), { featurize });
    const differ = fitPopulation(crowd(true, 42), { featurize });
    expect(same.deviationVariance).toBeLessThan(0.05);
    expect(differ.deviationVariance).toBeGreaterThanOrEqual(0.1);
    expect(populationProblem(same)).toBeNull();
    // The learner takes the population's width unless told otherwise.
    const learner = createLearner({ featurize, halfLifeDays: null, population: same });
    const explicit = createLearner({ featurize, halfLifeDays: null, population: same, deviationVariance: 0.1 });
    const one = crowd(true, 43)[0]!;
    learner.addJudgments(one);
    explicit.addJudgments(one);
    const spread = (p: ReturnType<typeof learner.profile>) => Math.abs(p.contexts.coding![AXIS_INDEX.emoji]!.mean);
    expect(spread(learner.profile())).toBeLessThan(spread(explicit.profile()));
  }, 120_000);
});

const asPrior = (mu: Float64Array, sigma: Float64Array): PopulationPrior => ({
  format: 'attune-population',
  version: 1,
  axes: AXES.map((a) => a.name),
  mean: Array.from(mu),
  covariance: Array.from({ length: DIM }, (_, k) => Array.from(sigma.subarray(k * DIM, (k + 1) * DIM))),
  people: 0,
  judgments: 0,
});

describe('hierarchicalHeldOut', () => {
  it('equals the held-out score of a fit over every context', () => {
    const r = rng(51);
    const w = DIRECTION.map((v) => 1.5 * v);
    const train = personDesign([...personWith(w, 12, r, 'coding'), ...personWith(w, 9, r, 'writing')], featurize, true);
    const test = personDesign([...personWith(w, 6, r, 'coding'), ...personWith(w, 5, r, 'learning')], featurize, true);
    const sigma = new Float64Array(DIM * DIM);
    for (let k = 0; k < DIM; k++) sigma[k * DIM + k] = 0.05 + 0.01 * k;
    sigma[AXIS_INDEX.length * DIM + AXIS_INDEX.lists] = sigma[AXIS_INDEX.lists * DIM + AXIS_INDEX.length] = 0.03;
    const mu = Float64Array.from({ length: DIM }, (_, k) => 0.02 * k);
    const width = 0.04;
    const full = fitLaplace(train, populationGaussian(asPrior(mu, sigma), width), CONTEXTS.length, { earlyStop: 0 });
    let expected = 0;
    for (let i = 0; i < test.n; i++) {
      const { m, s2 } = marginMoments(full, test.x.subarray(i * DIM, (i + 1) * DIM), test.ctx[i]!);
      expected += test.weight[i]! * Math.log(predictiveProbability(m, s2));
    }
    expect(test.ctx.some((c) => c >= 0 && !train.ctx.includes(c))).toBe(true); // a context the fit never saw
    expect(hierarchicalHeldOut(train, test, globalPrior({ mu, sigma }), width)).toBeCloseTo(expected, 4);
  });
});

describe('populationProblem', () => {
  const ok: PopulationPrior = {
    format: 'attune-population',
    version: 1,
    axes: ['length', 'lists'],
    mean: [0, 0],
    covariance: [
      [1, 0.5],
      [0.5, 1],
    ],
    people: 2,
    judgments: 10,
  };
  it.each([
    [null, /JSON object/],
    [{ ...ok, format: 'attune-profile' }, /format/],
    [{ ...ok, version: 2 }, /version 2/],
    [{ ...ok, axes: ['length', 'sparkle'] }, /unknown axes: sparkle/],
    [{ ...ok, mean: [0] }, /"mean" must be 2/],
    [{ ...ok, covariance: [[1, 0.5], [0.4, 1]] }, /symmetric/],
    [{ ...ok, covariance: [[0, 0], [0, 1]] }, /diagonal entry 1/],
    [{ ...ok, covariance: [[1, 0], [0, Number.NaN]] }, /finite/],
    [{ ...ok, directions: 2 }, /"directions" must be a whole number from 0 to 1/],
    [{ ...ok, directions: 0.5 }, /"directions"/],
    [{ ...ok, deviationVariance: 0 }, /"deviationVariance" must be a number from 0.001 to 4/],
    [{ ...ok, deviationVariance: '0.1' }, /"deviationVariance"/],
  ])('rejects %#', (value, message) => {
    expect(populationProblem(value)).toMatch(message);
  });
  it('accepts a valid prior over a subset of the axes', () => {
    expect(populationProblem(ok)).toBeNull();
    expect(populationProblem({ ...ok, directions: 1 })).toBeNull();
    expect(populationProblem({ ...ok, deviationVariance: 0.0125 })).toBeNull();
    expect(AXES.length).toBe(DIM);
  });
});
