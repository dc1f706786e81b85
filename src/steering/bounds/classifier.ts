// The semantic bounds layer: a small multinomial logistic-regression classifier over hashed features of the normalized
// text (features.ts), trained on the bounds corpus (bench/data/bounds) by `npm run train:bounds`. It runs after the
// pattern rules and catches paraphrases the rules have never seen. Its weights are data in code
// (classifier-weights.ts, generated, quantized to 51 levels); they are decoded once, at module load, into a private
// typed array that is never exported, and nothing reads weights from storage, settings, imports or messages.
// Pure and deterministic; well under a millisecond per line. Used by the background worker and the options page
// (through checkInstruction), never by the content script.
import { SEMANTIC_WEIGHTS } from './classifier-weights';
import { FEATURE_BUCKETS } from './features';
import { SEMANTIC_CLASSES, decodeWeights, scoreText, type SemanticCategory, type SemanticModel, type SemanticScore } from './semantic-model';

export { SEMANTIC_CLASSES, type SemanticCategory, type SemanticScore } from './semantic-model';

// Built once from the generated module; private, so no caller can reach the typed array to change a weight.
const MODEL: SemanticModel = Object.freeze({
  buckets: SEMANTIC_WEIGHTS.buckets,
  scale: SEMANTIC_WEIGHTS.scale,
  bias: SEMANTIC_WEIGHTS.bias,
  weights: decodeWeights(SEMANTIC_WEIGHTS.data),
});
if (MODEL.buckets !== FEATURE_BUCKETS || MODEL.weights.length !== FEATURE_BUCKETS * SEMANTIC_CLASSES.length) {
  throw new Error('classifier-weights.ts does not match the featurizer; run npm run train:bounds');
}

/** Attack probability at or above which a line the rules let through is blocked (chosen by cross-validation). */
export const SEMANTIC_THRESHOLD: number = SEMANTIC_WEIGHTS.threshold;

/** The built-in model's score for one instruction. Takes the text only. */
export function semanticScore(text: string): SemanticScore {
  return scoreText(MODEL, typeof text === 'string' ? text : String(text ?? ''));
}

/** The attack category the semantic layer blocks a line for, or null when it lets the line through. */
export function semanticBlock(text: string): SemanticCategory | null {
  const s = semanticScore(text);
  return s.attack >= SEMANTIC_THRESHOLD ? s.category : null;
}
