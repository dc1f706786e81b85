// Training for the semantic bounds layer (src/steering/bounds/classifier.ts), shared by `npm run train:bounds`
// (scripts/train-bounds.ts), `npm run bench:bounds` (cross-validated first-contact rates) and the unit test that
// checks the committed weights. Deterministic: fixed feature hashing, fixed example order (seeded shuffle), float64
// arithmetic, weights quantized to 51 levels. Trains only on corpus lines whose split is "dev": held-out and probe lines never
// reach it.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { SEMANTIC_CLASSES, WEIGHT_LEVELS, encodeWeights, scoreText, type SemanticClass, type SemanticModel } from '../src/steering/bounds/semantic-model';
import { FEATURE_BUCKETS, featurize } from '../src/steering/bounds/features';
import { prng } from '../src/shared/prng';

export const CORPUS_DIR = new URL('./data/bounds/', import.meta.url);
export const WEIGHTS_FILE = new URL('../src/steering/bounds/classifier-weights.ts', import.meta.url);

export interface CorpusLine {
  file: string;
  text: string;
  split: 'dev' | 'heldout' | 'probe';
  /** "benign", or the attack category (obfuscated lines: the category they were generated from). */
  label: SemanticClass | null;
  /** Cross-validation fold: "original" (the first corpus), "round N" (fresh round N), "training set N" (trainN.jsonl
   * attacks with benign-trainN.jsonl: lines written only for training, never a probe), or the file name. */
  fold: string;
}

/** Training settings; part of what the weights file records. */
export const TRAINING = Object.freeze({
  epochs: 20,
  learningRate: 0.6,
  l2: 1e-4,
  seed: 12345,
  /** Out-of-fold false blocks allowed on the benign training lines when choosing the threshold. */
  benignBudget: 0.01,
  /** Composite copies per training line: the line joined to a short benign training line (see withComposites). */
  composites: 2,
  /** Cross-validation groups for choosing the threshold: every fold (one author's round or set) is left out with the
   * other folds of its group (see cvGroups). */
  cvGroups: 10,
});

/**
 * Custom instructions mix several wishes, and an attack hidden among harmless ones must still read as an attack (and
 * two harmless wishes as harmless). Each training line is also seen joined to a random short benign line from the
 * same training folds, before or after it, with its own label. Deterministic (seeded).
 */
export function withComposites(lines: readonly CorpusLine[]): CorpusLine[] {
  const rand = prng(TRAINING.seed + 1);
  const partners = lines.filter((l) => l.label === 'benign' && l.text.length < 200);
  if (partners.length === 0) return [...lines];
  const out = [...lines];
  for (let copy = 0; copy < TRAINING.composites; copy++) {
    for (const l of lines) {
      const other = partners[Math.floor(rand() * partners.length)]!.text;
      out.push({ ...l, text: rand() < 0.5 ? `${other} ${l.text}` : `${l.text} ${other}` });
    }
  }
  return out;
}

function foldOf(file: string): string {
  const m = /^(?:fresh|benign-hard)(\d*)\.jsonl$/.exec(file);
  if (m) return `round ${m[1] || '1'}`;
  const t = /^(?:benign-)?train(\d+)\.jsonl$/.exec(file);
  if (t) return `training set ${t[1]}`;
  if (file === 'benign-long.jsonl') return 'benign-long';
  return 'original';
}

/** Every corpus line with its label and fold. */
export function loadCorpus(): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    const benign = file.startsWith('benign');
    for (const raw of readFileSync(new URL(file, CORPUS_DIR), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const l = JSON.parse(raw) as { text: string; split?: CorpusLine['split']; category?: string; of?: string };
      const cat = l.category === 'obfuscated' ? l.of : l.category;
      const label = benign ? 'benign' : ((SEMANTIC_CLASSES as readonly string[]).includes(cat ?? '') ? (cat as SemanticClass) : null);
      out.push({ file, text: l.text, split: l.split ?? 'dev', label, fold: foldOf(file) });
    }
  }
  return out;
}

/** The lines the classifier is trained on: split "dev" with a known label (never held-out, never probe). */
export function trainingLines(corpus: readonly CorpusLine[]): CorpusLine[] {
  return corpus.filter((l) => l.split === 'dev' && l.label !== null);
}

/** SHA-256 of the training corpus (file, label, text of every training line, in order). */
export function corpusHash(lines: readonly CorpusLine[]): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(`${l.file}\t${l.label}\t${l.text}\n`);
  return h.digest('hex');
}


/** Trains a quantized model on labelled lines and their composites (multinomial logistic regression, SGD with L2). */
export function train(corpusLines: readonly CorpusLine[], featureCache = new Map<string, Uint32Array>()): SemanticModel {
  const k = SEMANTIC_CLASSES.length;
  const lines = withComposites(corpusLines);
  const feats = lines.map((l) => {
    let f = featureCache.get(l.text);
    if (!f) featureCache.set(l.text, (f = featurize(l.text)));
    return f;
  });
  const ys = lines.map((l) => SEMANTIC_CLASSES.indexOf(l.label!));
  const w = new Float64Array(FEATURE_BUCKETS * k);
  const bias = new Float64Array(k);
  const rand = prng(TRAINING.seed);
  const order = lines.map((_, i) => i);
  const logits = new Float64Array(k);
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = TRAINING.learningRate / (1 + epoch * 0.25);
    for (const idx of order) {
      const x = feats[idx]!;
      const v = x.length > 0 ? 1 / Math.sqrt(x.length) : 0;
      for (let c = 0; c < k; c++) logits[c] = bias[c]!;
      for (let i = 0; i < x.length; i++) {
        const row = x[i]! * k;
        for (let c = 0; c < k; c++) logits[c]! += v * w[row + c]!;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, logits[c]!);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += logits[c] = Math.exp(logits[c]! - max);
      for (let c = 0; c < k; c++) {
        const g = logits[c]! / sum - (c === ys[idx] ? 1 : 0);
        bias[c]! -= lr * g;
        for (let i = 0; i < x.length; i++) {
          const at = x[i]! * k + c;
          w[at]! -= lr * (g * v + TRAINING.l2 * w[at]!);
        }
      }
    }
  }
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]!));
  const scale = Number((maxAbs / WEIGHT_LEVELS || 1).toPrecision(8));
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-WEIGHT_LEVELS, Math.min(WEIGHT_LEVELS, Math.round(w[i]! / scale)));
  return { buckets: FEATURE_BUCKETS, scale, bias: [...bias].map((b) => Number(b.toPrecision(8))), weights: q };
}

export interface Scored {
  line: CorpusLine;
  attack: number;
  category: string;
}

/**
 * The cross-validation groups: the sorted folds dealt round-robin into TRAINING.cvGroups groups. A fold is one
 * author's round or training set, so every line is still scored by a model that never saw its author's lines; grouping
 * trains 10 models instead of one per fold (61 in session 18, about 90 minutes on two CPUs), each on about nine
 * tenths of the lines instead of all but one fold.
 */
export function cvGroups(lines: readonly CorpusLine[]): string[][] {
  const folds = [...new Set(lines.map((l) => l.fold))].sort();
  const k = Math.max(1, Math.min(TRAINING.cvGroups, folds.length));
  return Array.from({ length: k }, (_, g) => folds.filter((_, i) => i % k === g));
}

/** Leave-one-group-out: for each group of folds, train on the other groups' lines and score this group's lines. */
export function crossValidate(lines: readonly CorpusLine[], groups: readonly (readonly string[])[] = cvGroups(lines)): Scored[] {
  const cache = new Map<string, Uint32Array>();
  const out: Scored[] = [];
  for (const group of groups) {
    const held = new Set(group);
    const model = train(
      lines.filter((l) => !held.has(l.fold)),
      cache,
    );
    for (const line of lines.filter((l) => held.has(l.fold))) {
      const s = scoreText(model, line.text);
      out.push({ line, attack: s.attack, category: s.category });
    }
  }
  return out;
}

/**
 * The lowest threshold (on a 0.01 grid) whose out-of-fold false blocks on benign training lines stay within the
 * budget: the threshold is chosen on training data only, never on held-out or probe lines.
 */
export function chooseThreshold(scored: readonly Scored[]): number {
  const benign = scored.filter((s) => s.line.label === 'benign').map((s) => s.attack);
  for (let t = 50; t <= 99; t++) {
    const threshold = t / 100;
    if (benign.filter((a) => a >= threshold).length <= TRAINING.benignBudget * benign.length) return threshold;
  }
  return 0.99;
}

/** The generated weights module, as text. */
export function renderWeights(model: SemanticModel, threshold: number, lines: readonly CorpusLine[]): string {
  const data = encodeWeights(model.weights);
  const wrapped = data.match(/.{1,120}/g)!.map((chunk) => `    '${chunk}',`).join('\n');
  return `// Generated by \`npm run train:bounds\` (scripts/train-bounds.ts, bench/_bounds-training.ts) from the bounds corpus
// (bench/data/bounds, split "dev" only). Do not edit: retrain instead. A unit test checks that retraining reproduces
// this file byte for byte. Data in code: nothing reads weights from storage, settings, imports or messages.
import { deepFreeze } from './freeze';

export const SEMANTIC_WEIGHTS = deepFreeze({
  /** SHA-256 of the training lines (file, label, text). */
  corpusHash: '${corpusHash(lines)}',
  trainingLines: ${lines.length},
  training: '${JSON.stringify(TRAINING)}',
  /** Attack probability at or above which a line is blocked, chosen by cross-validation over groups of rounds (TRAINING.cvGroups). */
  threshold: ${threshold},
  buckets: ${model.buckets},
  scale: ${model.scale},
  bias: [${model.bias.join(', ')}],
  /** buckets × classes weights, bucket-major, one character each (see encodeWeights in semantic-model.ts). */
  data: [
${wrapped}
  ].join(''),
});
`;
}
