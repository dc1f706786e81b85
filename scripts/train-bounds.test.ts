import { describe, expect, it } from 'vitest';
import { crossValidateParallel } from '../bench/_bounds-cv-parallel';
import { TRAINING, crossValidate, cvGroups, loadCorpus, train, trainingLines } from '../bench/_bounds-training';
import { scoreText } from '../src/steering/bounds/semantic-model';

describe('train:bounds cross-validation', () => {
  // Read once for all tests; the training tests use every 16th line of the first 12 folds (12 folds in 10 groups, so
  // some group holds two).
  const all = trainingLines(loadCorpus());
  const folds = [...new Set(all.map((l) => l.fold))].sort();
  const sample = all.filter((l) => folds.slice(0, 12).includes(l.fold)).filter((_, i) => i % 16 === 0);

  it('puts every fold in exactly one group, and each group holds whole folds', () => {
    const groups = cvGroups(all);
    expect(groups).toHaveLength(Math.min(TRAINING.cvGroups, folds.length));
    expect(groups.flat().sort()).toEqual(folds);
    expect(groups.every((g) => g.length > 0)).toBe(true);
    // Fewer folds than groups: one group per fold.
    const three = all.filter((l) => folds.slice(0, 3).includes(l.fold));
    expect(cvGroups(three)).toEqual(folds.slice(0, 3).map((f) => [f]));
  });

  it('scores every line with the model trained without its whole group', () => {
    const pair = cvGroups(sample).find((g) => g.length > 1)!;
    expect(pair).toBeDefined();
    const scored = crossValidate(sample);
    expect(scored).toHaveLength(sample.length);
    expect(new Set(scored.map((s) => s.line))).toEqual(new Set(sample));
    const model = train(sample.filter((l) => !pair.includes(l.fold)));
    for (const s of scored.filter((x) => pair.includes(x.line.fold))) expect(s.attack).toBe(scoreText(model, s.line.text).attack);
  }, 60_000);

  it('gives exactly the serial cross-validation on worker threads (same scores, same order)', async () => {
    const view = (xs: Awaited<ReturnType<typeof crossValidateParallel>>) => xs.map((s) => [s.line.fold, s.line.text, s.attack, s.category]);
    const serial = crossValidate(sample);
    expect(serial).toHaveLength(sample.length);
    expect(view(await crossValidateParallel(sample, 3))).toEqual(view(serial));
    expect(view(await crossValidateParallel(sample, 1))).toEqual(view(serial));
  }, 120_000);
});
