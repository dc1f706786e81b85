import { describe, expect, it } from 'vitest';
import { AXIS_INDEX } from './features';
import {
  createLearner,
  estimatePopulationSpread,
  fromStoredJudgment,
  rankByInformationGain,
  refit,
  topAxes,
  predictPair,
  emptyProfile,
  type ModelJudgment,
} from './index';
import { buildPrior } from './learner';

const SHORT = ['Use a map.', 'Yes, restart it.', 'Run npm test.', 'It is 42.', 'Call the API twice.', 'Pick the second one.'];
const LONG = SHORT.map((s, i) => `${s} ${'This answer keeps going with more and more detail about everything involved. '.repeat(20 + i)}`);
const lengthOf = (p: ReturnType<typeof refit>, ctx?: 'coding' | 'learning') =>
  (ctx ? p.effective![ctx]! : p.global)[AXIS_INDEX.length]!;

function pairs(n: number, prompt: string, preferShort: boolean, at?: number): ModelJudgment[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'pair' as const,
    prompt,
    chosen: preferShort ? SHORT[i % 6]! : LONG[i % 6]!,
    rejected: preferShort ? LONG[(i + 1) % 6]! : SHORT[(i + 1) % 6]!,
    at,
  }));
}

describe('learner', () => {
  it('learns a clear preference with growing confidence', () => {
    const few = refit(pairs(3, 'Fix this python bug', true));
    const many = refit(pairs(30, 'Fix this python bug', true));
    expect(lengthOf(many).mean).toBeLessThan(0);
    expect(lengthOf(many).mean).toBeLessThan(lengthOf(few).mean);
    expect(lengthOf(many).variance).toBeLessThan(lengthOf(few).variance);
    expect(lengthOf(many).evidence).toBeGreaterThan(lengthOf(few).evidence);
    expect(many.judgments).toBe(30);
    const top = topAxes(many, 3);
    expect(top[0]!.axis).toBe('length');
    expect(top[0]!.direction).toBe('less');
    expect(top[0]!.confidence).toBeGreaterThan(0.85);
    expect(top[0]!.description).toMatch(/long/i);
  });

  it('is hierarchical: terse code answers and rich explanations', () => {
    const p = refit([...pairs(25, 'Write a python function to parse JSON', true), ...pairs(25, 'Explain why the sky is blue', false)]);
    expect(lengthOf(p, 'coding').mean).toBeLessThan(0);
    expect(lengthOf(p, 'learning').mean).toBeGreaterThan(0);
    expect(predictPair(p, 'Write a python function to sort', SHORT[0]!, LONG[0]!)).toBeGreaterThan(0.5);
    expect(predictPair(p, 'Explain how rainbows form', SHORT[0]!, LONG[0]!)).toBeLessThan(0.5);
  });

  it('thumbs compare with the baseline of observed responses in the same context', () => {
    const learner = createLearner();
    for (let i = 0; i < 6; i++) learner.observe('Fix this python bug', LONG[i]!);
    learner.observe({ prompt: 'Fix this python bug', text: SHORT[0]! });
    for (let i = 0; i < 10; i++) learner.addJudgment({ kind: 'thumb', prompt: 'Fix this python bug', completion: SHORT[i % 6]!, label: true });
    expect(learner.profile().global[AXIS_INDEX.length]!.mean).toBeLessThan(0);
    expect(learner.probabilityUp('Fix this python bug', SHORT[1]!)).toBeGreaterThan(learner.probabilityUp('Fix this python bug', LONG[1]!));
    expect(learner.profile().baseline?.contexts.coding?.count).toBe(7);
  });

  it('respects judgment weights and recency', () => {
    const day = 86_400_000;
    const old = pairs(20, 'Explain tides', false, 0);
    const recent = pairs(20, 'Explain tides', true, 400 * day);
    const decayed = refit([...old, ...recent], [], { halfLifeDays: 30 });
    const flat = refit([...old, ...recent], [], { halfLifeDays: null });
    expect(lengthOf(decayed).mean).toBeLessThan(lengthOf(flat).mean);
    expect(lengthOf(decayed).mean).toBeLessThan(0);
    const light = refit(pairs(10, 'Explain tides', true).map((j) => ({ ...j, weight: 0.2 })));
    const heavy = refit(pairs(10, 'Explain tides', true).map((j) => ({ ...j, weight: 1 })));
    expect(Math.abs(lengthOf(heavy).mean)).toBeGreaterThan(Math.abs(lengthOf(light).mean));
    expect(refit(pairs(5, 'x', true).map((j) => ({ ...j, weight: 0 }))).judgments).toBe(0);
  });

  it('incremental updates track the full refit', () => {
    const js = [...pairs(20, 'Write a python function', true), ...pairs(20, 'Explain how stars form', false)];
    const online = createLearner({ halfLifeDays: null });
    for (const j of js) online.addJudgment(j);
    const batch = createLearner({ halfLifeDays: null });
    batch.addJudgments(js);
    const a = online.profile();
    const b = batch.profile();
    expect(Math.sign(lengthOf(a, 'coding').mean)).toBe(Math.sign(lengthOf(b, 'coding').mean));
    expect(Math.abs(lengthOf(a).mean - lengthOf(b).mean)).toBeLessThan(0.25);
    online.refit();
    expect(lengthOf(online.profile()).mean).toBeCloseTo(lengthOf(b).mean, 6);
  });

  it('a population prior is a starting point; the person’s own data takes over', () => {
    const population = refit(pairs(60, 'Explain tides', false));
    expect(lengthOf(population).mean).toBeGreaterThan(0);
    const none = refit([], [], { prior: population });
    expect(lengthOf(none).mean).toBeCloseTo(lengthOf(population).mean, 6);
    const some = refit(pairs(5, 'Explain tides', true), [], { prior: population });
    const lots = refit(pairs(200, 'Explain tides', true), [], { prior: population });
    expect(lengthOf(some).mean).toBeLessThan(lengthOf(population).mean);
    expect(lengthOf(lots).mean).toBeLessThan(0);
    // Prior built from the population pins the effective weights, not just the global ones.
    const prior = buildPrior({ prior: population });
    expect(prior.precision).toBeDefined();
  });

  it('estimates the spread between people: near zero when everyone agrees, larger when they disagree', () => {
    const population = refit([...pairs(40, 'Explain tides', false), ...pairs(40, 'Explain tides', true)]);
    const agree = Array.from({ length: 6 }, (_, i) => pairs(10, 'Explain tides', i % 2 === 0).slice(0, 10));
    const split = Array.from({ length: 6 }, (_, i) => pairs(30, 'Explain tides', i % 2 === 0));
    const mixed = agree.map((p, i) => [...p.slice(0, 5), ...pairs(5, 'Explain tides', i % 2 !== 0)]);
    expect(estimatePopulationSpread(split, population)).toBeGreaterThan(estimatePopulationSpread(mixed, population));
  });

  it('ranks candidate pairs by information gain', () => {
    const learner = createLearner();
    learner.addJudgments(pairs(10, 'Explain tides', true));
    const candidates = [
      { prompt: 'Explain tides', a: SHORT[0]!, b: SHORT[1]! },
      { prompt: 'Explain tides', a: 'Hi! 😀 Great question! Wow!', b: 'Therefore, the answer is consequently 4.' },
    ];
    const ranked = learner.rankByInformationGain(candidates);
    expect(ranked).toHaveLength(2);
    expect(ranked[0]!.gain).toBeGreaterThanOrEqual(ranked[1]!.gain);
    expect(ranked[0]!.index).toBe(1);
    const fromProfile = rankByInformationGain(learner.profile(), candidates);
    expect(fromProfile[0]!.index).toBe(1);
    // Identical texts carry no information.
    expect(rankByInformationGain(emptyProfile(), [{ prompt: 'x', a: 'same', b: 'same' }])[0]!.gain).toBeCloseTo(0, 10);
  });

  it('converts stored judgments', () => {
    const base = { id: '1', site: 'chatgpt', conversationId: null, prompt: 'p', weight: 0.7, createdAt: 5, updatedAt: 6 };
    expect(fromStoredJudgment({ ...base, kind: 'rating', source: 'inline', responseKey: 'k', completion: 'c', label: 'up', model: null })).toEqual({
      kind: 'thumb', prompt: 'p', completion: 'c', label: true, weight: 0.7, at: 6,
    });
    const choice = { ...base, kind: 'choice' as const, source: 'comparison' as const, chosen: 'a', rejected: 'b', chosenModel: null, rejectedModel: null };
    expect(fromStoredJudgment({ ...choice, outcome: 'preference' })?.kind).toBe('pair');
    expect(fromStoredJudgment({ ...choice, outcome: 'tie' })).toBeNull();
  });
});

describe('relevance determination (optional)', () => {
  it('shrinks axes the person does not care about', () => {
    const js = pairs(30, 'Explain tides', true);
    const plain = createLearner({ halfLifeDays: null });
    plain.addJudgments(js);
    const ard = createLearner({ halfLifeDays: null, relevanceRounds: 5 });
    ard.addJudgments(js);
    // The weight concentrates on the axis that explains the choices.
    const focus = (p: ReturnType<typeof plain.profile>) =>
      Math.abs(p.global[AXIS_INDEX.length]!.mean) / p.global.reduce((s, e) => s + Math.abs(e.mean), 0);
    expect(focus(ard.profile())).toBeGreaterThan(focus(plain.profile()));
    expect(ard.profile().global[AXIS_INDEX.length]!.mean).toBeLessThan(0);
  });
});
