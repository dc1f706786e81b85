import { describe, expect, it } from 'vitest';
import { gaussian, prng } from '../shared/prng';
import { AXES, AXIS_INDEX, DIM } from './features';
import { createLearner, type PairJudgment } from './learner';
import { fitPopulation } from './population';
import { populationProblem, type PopulationPrior } from './population-prior';

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

function person(z: number, n: number, rand: () => number): PairJudgment[] {
  return Array.from({ length: n }, () => {
    const a = TEXTS[Math.floor(rand() * TEXTS.length)]!;
    const b = TEXTS[Math.floor(rand() * TEXTS.length)]!;
    let u = 0;
    for (let k = 0; k < DIM; k++) u += z * DIRECTION[k]! * (featurize(a)[k]! - featurize(b)[k]!);
    const aWins = rand() < 1 / (1 + Math.exp(-u));
    return { kind: 'pair', prompt: 'Explain tides', chosen: aWins ? a : b, rejected: aWins ? b : a, context: 'learning' };
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

  it('needs at least two people with enough judgments', () => {
    expect(() => fitPopulation([person(1, 10, rng(1))], { featurize })).toThrow(/at least 2 people/);
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
  ])('rejects %#', (value, message) => {
    expect(populationProblem(value)).toMatch(message);
  });
  it('accepts a valid prior over a subset of the axes', () => {
    expect(populationProblem(ok)).toBeNull();
    expect(AXES.length).toBe(DIM);
  });
});
