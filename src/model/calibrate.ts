// Computes the standardization constants (REFERENCE in features.ts) from the reference corpus:
//   npx tsx src/model/calibrate.ts
// Each axis is centred on the corpus mean; its scale is the corpus standard deviation, floored so that an axis
// that is rare in the corpus (emoji, tables) is not blown up by a tiny spread.
import { AXES, DIM, rawFeatures } from './features';
import { REFERENCE_CORPUS } from './reference-corpus';

export function referenceStats(corpus: readonly string[] = REFERENCE_CORPUS): { mean: number[]; sd: number[] } {
  const rows = corpus.map((t) => rawFeatures(t));
  const mean: number[] = [];
  const sd: number[] = [];
  for (let k = 0; k < DIM; k++) {
    const v = rows.map((r) => r[k]!);
    const m = v.reduce((a, b) => a + b, 0) / v.length;
    const s = Math.sqrt(v.reduce((a, b) => a + (b - m) * (b - m), 0) / (v.length - 1));
    mean.push(Math.round(m * 1000) / 1000);
    sd.push(Math.round(Math.max(s, 0.25 * Math.abs(m), 0.1) * 1000) / 1000);
  }
  return { mean, sd };
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('calibrate.ts');
if (isMain) {
  const { mean, sd } = referenceStats();
  for (let k = 0; k < DIM; k++) console.log(`${AXES[k]!.name.padEnd(14)} mean ${mean[k]}  sd ${sd[k]}`);
  console.log(JSON.stringify({ mean, sd }));
}
