import { describe, expect, it } from 'vitest';
import { crossValidateParallel } from '../bench/_bounds-cv-parallel';
import { TRAINING, crossValidate, cvGroups, loadCorpus, train, trainingLines } from '../bench/_bounds-training';
import { scoreText } from '../src/steering/bounds/semantic-model';

describe('train:bounds cross-validation', () => {
  it('puts every fold in exactly one group, and each group holds whole folds', () => {
    const all = trainingLines(loadCorpus());
    const folds = [...new Set(all.map((l) => l.fold))].sort();
    const groups = cvGroups(all);
    expect(groups).toHaveLength(Math.min(TRAINING.cvGroups, folds.length));
    expect(groups.flat().sort()).toEqual(folds);
    expect(groups.every((g) => g.length > 0)).toBe(true);
    // Fewer folds than groups: one group per fold.
    const three = all.filter((l) => folds.slice(0, 3).includes(l.fold));
    expect(cvGroups(three)).toEqual(folds.slice(0, 3).map((f) => [f]));
  });

  it('scores every line with the model trained without its whole group', () => {
    const all = trainingLines(loadCorpus());
    const folds = [...new Set(all.map((l) => l.fold))].sort().slice(0, 12);
    const lines = all.filter((l) => folds.includes(l.fold)).filter((_, i) => i % 16 === 0);
    const groups = cvGroups(lines);
    const pair = groups.find((g) => g.length > 1)!; // 12 folds in 10 groups: some group holds two folds
    expect(pair).toBeDefined();
    const scored = crossValidate(lines);
    expect(scored).toHaveLength(lines.length);
    expect(new Set(scored.map((s) => s.line))).toEqual(new Set(lines));
    const model = train(lines.filter((l) => !pair.includes(l.fold)));
    for (const s of scored.filter((x) => pair.includes(x.line.fold))) expect(s.attack).toBe(scoreText(model, s.line.text).attack);
  }, 60_000);

  it('gives exactly the serial cross-validation on worker threads (same scores, same order)', async () => {
    const all = trainingLines(loadCorpus());
    const folds = [...new Set(all.map((l) => l.fold))].sort().slice(0, 12);
    const lines = all.filter((l) => folds.includes(l.fold)).filter((_, i) => i % 16 === 0);
    const view = (xs: Awaited<ReturnType<typeof crossValidateParallel>>) => xs.map((s) => [s.line.fold, s.line.text, s.attack, s.category]);
    const serial = crossValidate(lines);
    expect(serial).toHaveLength(lines.length);
    expect(view(await crossValidateParallel(lines, 3))).toEqual(view(serial));
    expect(view(await crossValidateParallel(lines, 1))).toEqual(view(serial));
  }, 120_000);
});
