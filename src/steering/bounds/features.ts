// Features for the semantic bounds layer (classifier.ts): hashed word unigrams and bigrams, negation-scoped words,
// concept fields (concepts.ts: alone, negated, in pairs and next to words) and character 3–5-grams of the normalized
// text. Pure and deterministic; shared by the runtime classifier and the training script (bench/_bounds-training.ts),
// so both see exactly the same features.
import { LOOKALIKE_SCRIPT, canonicalize, deleet, joinSpacing, unspace } from '../normalize';
import { conceptsOf, isNegation, segmentUnspaced } from './concepts';

/** Number of hash buckets (a power of two). Changing it requires retraining (`npm run train:bounds`). */
export const FEATURE_BUCKETS = 1 << 17;

/** A negation word (concepts.ts: isNegation) opens a scope that runs to the next punctuation mark or at most four words. */
const NEGATION_SPAN = 4;
const CONCEPT_SPAN = 8;
const CONCEPT_WORD_SPAN = 3;

/** FNV-1a (32-bit) over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The readings the classifier looks at: the canonical text, leetspeak read with spacing tricks undone, and, for text
 * with Cyrillic, Greek or Armenian letters, the canonical text with those scripts kept (the concept lexicon's Russian,
 * Ukrainian, Greek… entries match there; the folded views catch English spelled in lookalikes).
 */
export function classifierViews(text: string): string[] {
  const plain = canonicalize(text);
  const spaced = canonicalize(text, true);
  const views = new Set<string>([plain, joinSpacing(deleet(spaced, 'i')), joinSpacing(unspace(deleet(spaced, 'i')))]);
  if (LOOKALIKE_SCRIPT.test(text)) views.add(canonicalize(text, false, true));
  return [...views].filter(Boolean);
}

/** French and Italian elisions ("l'instruction", "dell'IA"): the article is split off so the word itself is read. */
const ELISION = /(?<![\p{L}\p{N}])(l|d|j|m|t|s|n|c|qu|dell|dall|all|nell|sull|un|quell)'(?=[aeiouhy])/gu;

/**
 * Words of one view, apostrophes dropped ("don't" → "dont"), and the punctuation that ends each word's clause.
 * Chinese, Japanese and Thai runs are split at the concept lexicon's entries (segmentUnspaced).
 */
function words(view: string): { word: string; stop: boolean }[] {
  const out: { word: string; stop: boolean }[] = [];
  for (const m of view.replace(ELISION, '$1 ').replace(/'/g, '').matchAll(/([\p{L}\p{M}\p{N}]+)([^\p{L}\p{M}\p{N}]*)/gu)) {
    const pieces = segmentUnspaced(m[1]!);
    const stop = /[.,;:!?()[\]{}<>"|/\u3001\u3002\uff0c\uff01\uff1f\uff1b\uff1a]/u.test(m[2] ?? '');
    pieces.forEach((word, i) => out.push({ word, stop: i === pieces.length - 1 && stop }));
  }
  return out;
}

/** The feature strings of one view (before hashing); exported for tests and for inspecting a model. */
export function featureStrings(view: string): string[] {
  const out: string[] = [];
  const ws = words(view);
  const concepts = ws.map((w) => conceptsOf(w.word));
  let negLeft = 0;
  for (let i = 0; i < ws.length; i++) {
    const { word, stop } = ws[i]!;
    out.push(`w ${word}`);
    if (i + 1 < ws.length) out.push(`b ${word} ${ws[i + 1]!.word}`);
    if (negLeft > 0) out.push(`n ${word}`);
    // Concept fields (concepts.ts): alone, inside a negation scope, pairs within eight words (unordered: "ignore the
    // rules" and Hindi or Japanese "the rules ignore" read alike), and with each word up to three before or after.
    for (const c of concepts[i]!) {
      out.push(`k ${c}`);
      if (negLeft > 0) out.push(`kn ${c}`);
      for (let j = i + 1; j <= i + CONCEPT_SPAN && j < ws.length; j++) for (const d of concepts[j]!) out.push(c < d ? `kk ${c} ${d}` : `kk ${d} ${c}`);
      for (let j = Math.max(0, i - CONCEPT_WORD_SPAN); j <= i + CONCEPT_WORD_SPAN && j < ws.length; j++) if (j !== i) out.push(`kw ${c} ${ws[j]!.word}`);
    }
    if (isNegation(word)) negLeft = NEGATION_SPAN;
    else if (negLeft > 0) negLeft -= 1;
    if (stop) negLeft = 0;
  }
  const joined = ` ${ws.map((w) => w.word).join(' ')} `;
  const chars = [...joined];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= chars.length; i++) out.push(`c ${chars.slice(i, i + n).join('')}`);
  }
  return out;
}

function bucketsOf(views: readonly string[]): Uint32Array {
  const buckets = new Set<number>();
  for (const view of views) {
    for (const f of featureStrings(view)) buckets.add(fnv1a(f) & (FEATURE_BUCKETS - 1));
  }
  return Uint32Array.from([...buckets].sort((a, b) => a - b));
}

/** Sorted, distinct hash buckets of an instruction's features over all its views (what the model is trained on). */
export function featurize(text: string): Uint32Array {
  return bucketsOf(classifierViews(text));
}

/**
 * The feature sets an instruction is scored on: all views together, and each view alone when there are several
 * (a disguised line's plain view is noise that would dilute its deobfuscated reading). The highest score counts.
 */
export function featurizeViews(text: string): Uint32Array[] {
  const views = classifierViews(text);
  return views.length > 1 ? [bucketsOf(views), ...views.map((v) => bucketsOf([v]))] : [bucketsOf(views)];
}
