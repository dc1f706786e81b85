// The model form of the semantic bounds layer, shared by the runtime classifier (classifier.ts) and the training
// script (bench/_bounds-training.ts): the classes, the scoring function and the weight decoding. No weights here.
import { featurizeViews } from './features';
import { BOUND_CATEGORIES, type BoundCategory } from './types';

/** Bound categories the classifier learns (limits and obfuscation are structural checks, not meanings). */
export type SemanticCategory = Exclude<BoundCategory, 'limits' | 'obfuscation'>;
export type SemanticClass = 'benign' | SemanticCategory;

/** The classes the model tells apart, in weight order: benign style wishes, then the attack categories in bounds order. */
export const SEMANTIC_CLASSES: readonly SemanticClass[] = Object.freeze([
  'benign',
  ...BOUND_CATEGORIES.filter((c): c is SemanticCategory => c !== 'limits' && c !== 'obfuscation'),
]);

/** A trained model in the form both the runtime and the training script score with. */
export interface SemanticModel {
  readonly buckets: number;
  /** Weight of one unit of the quantized weights. */
  readonly scale: number;
  /** One bias per class, in SEMANTIC_CLASSES order. */
  readonly bias: readonly number[];
  /** buckets × classes quantized weights (−25…25), bucket-major. */
  readonly weights: Int8Array;
}

export interface SemanticScore {
  /** Probability that the line is an attack of some category (1 − P(benign)). */
  attack: number;
  /** The most likely attack category. */
  category: SemanticCategory;
  /** Probability per class, in SEMANTIC_CLASSES order. */
  probs: number[];
}

/** Scores a featurized line with a model (softmax over the classes; features are binary, scaled to unit length). */
export function scoreWith(model: SemanticModel, features: Uint32Array): SemanticScore {
  const k = SEMANTIC_CLASSES.length;
  const logits = model.bias.slice(0, k);
  const v = features.length > 0 ? model.scale / Math.sqrt(features.length) : 0;
  for (let i = 0; i < features.length; i++) {
    const row = features[i]! * k;
    for (let c = 0; c < k; c++) logits[c]! += v * model.weights[row + c]!;
  }
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const probs = exps.map((e) => e / sum);
  let best = 1;
  for (let c = 2; c < k; c++) if (probs[c]! > probs[best]!) best = c;
  return { attack: 1 - probs[0]!, category: SEMANTIC_CLASSES[best] as SemanticCategory, probs };
}

/** Scores an instruction: every feature set of featurizeViews, the one with the highest attack probability counts. */
export function scoreText(model: SemanticModel, text: string): SemanticScore {
  let best: SemanticScore | null = null;
  for (const features of featurizeViews(text)) {
    const s = scoreWith(model, features);
    if (!best || s.attack > best.attack) best = s;
  }
  return best!;
}

/**
 * Weights are stored one character per weight: code 65 ("A") is 0, codes 40–90 ("(" to "Z") are −25…25, so the text
 * needs no escaping and compresses well (most weights are near zero).
 */
export const WEIGHT_LEVELS = 25;
const ZERO_CODE = 65;

export function encodeWeights(weights: Int8Array): string {
  let out = '';
  for (let i = 0; i < weights.length; i++) out += String.fromCharCode(ZERO_CODE + weights[i]!);
  return out;
}

export function decodeWeights(text: string): Int8Array {
  const out = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const v = text.charCodeAt(i) - ZERO_CODE;
    if (v < -WEIGHT_LEVELS || v > WEIGHT_LEVELS) throw new Error('classifier weights are corrupt');
    out[i] = v;
  }
  return out;
}
