// `npm run train:bounds`: retrains the semantic bounds layer from bench/data/bounds (split "dev" only) and writes
// src/steering/bounds/classifier-weights.ts. Deterministic: the same corpus gives the same file, byte for byte.
// The threshold is chosen by cross-validation on the training lines (never on held-out or probe lines): each of
// TRAINING.cvGroups groups of rounds and training sets is left out in turn. The groups run on one worker thread per
// CPU (`--threads N` to change), which changes the time, not the result. `--check` only verifies that the committed
// file is what training produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { crossValidateParallel } from '../bench/_bounds-cv-parallel';
import { TRAINING, WEIGHTS_FILE, chooseThreshold, loadCorpus, renderWeights, train, trainingLines } from '../bench/_bounds-training';

const check = process.argv.includes('--check');
const threadsArg = process.argv.indexOf('--threads');
const threads = threadsArg >= 0 ? Number(process.argv[threadsArg + 1]) : undefined;
if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
  console.error('--threads needs a whole number ≥ 1');
  process.exit(2);
}
const started = Date.now();
const lines = trainingLines(loadCorpus());
const crossValidation = crossValidateParallel(lines, threads); // runs on worker threads…
const model = train(lines); // …while this thread fits the model that ships
const scored = await crossValidation;
const threshold = chooseThreshold(scored);
const text = renderWeights(model, threshold, lines);
const benign = scored.filter((s) => s.line.label === 'benign');
const attacks = scored.filter((s) => s.line.label !== 'benign');
const hit = (xs: typeof scored) => xs.filter((s) => s.attack >= threshold).length;
console.log(`trained on ${lines.length} lines (${benign.length} benign) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`threshold ${threshold} (out-of-fold benign blocks ≤ ${TRAINING.benignBudget * 100}%):`);
console.log(`  out-of-fold: ${hit(attacks)}/${attacks.length} attacks, ${hit(benign)}/${benign.length} benign blocked by the classifier alone`);
if (check) {
  const same = readFileSync(WEIGHTS_FILE, 'utf8') === text;
  console.log(same ? 'classifier-weights.ts is up to date' : 'classifier-weights.ts differs from what training produces: run npm run train:bounds');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(WEIGHTS_FILE, text);
  console.log(`wrote ${WEIGHTS_FILE.pathname}`);
}
