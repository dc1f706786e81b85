// `npm run train:bounds`: retrains the semantic bounds layer from bench/data/bounds (split "dev" only) and writes
// src/steering/bounds/classifier-weights.ts. Deterministic: the same corpus gives the same file, byte for byte.
// The threshold is chosen by leave-one-round-out cross-validation on the training lines (never on held-out or probe
// lines). `--check` only verifies that the committed file is what training produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { TRAINING, WEIGHTS_FILE, trainWeightsModule } from '../bench/_bounds-training';

const check = process.argv.includes('--check');
const started = Date.now();
const { text, lines, threshold, scored } = trainWeightsModule();
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
