import { describe, expect, it } from 'vitest';
import { crossValidateParallel } from '../bench/_bounds-cv-parallel';
import { crossValidate, loadCorpus, trainingLines } from '../bench/_bounds-training';

describe('train:bounds cross-validation on worker threads', () => {
  it('gives exactly the serial cross-validation (same scores, same order)', async () => {
    const all = trainingLines(loadCorpus());
    const folds = [...new Set(all.map((l) => l.fold))].sort().slice(0, 5);
    const lines = all.filter((l) => folds.includes(l.fold)).filter((_, i) => i % 8 === 0);
    const view = (xs: Awaited<ReturnType<typeof crossValidateParallel>>) => xs.map((s) => [s.line.fold, s.line.text, s.attack, s.category]);
    const serial = crossValidate(lines);
    expect(serial).toHaveLength(lines.length);
    expect(view(await crossValidateParallel(lines, 3))).toEqual(view(serial));
    expect(view(await crossValidateParallel(lines, 1))).toEqual(view(serial));
  }, 60_000);
});
