// The ids and plain-language reasons of the semantic layer's blocks ("semantic.<category>"), shaped like the pattern
// rules so describeRule, the UI and `attune check` treat them alike. They carry no patterns: the decision is the
// classifier's (classifier.ts). Deeply frozen data in code.
import { deepFreeze } from './freeze';
import type { SemanticCategory } from './semantic-model';
import type { BoundRule } from './types';

const NOTE = ' (Recognized by meaning, not exact wording: if this is a harmless style wish, try rewording it.)';

const REASONS: Readonly<Record<SemanticCategory, string>> = {
  override: `This reads like an attempt to set aside, replace or reveal the assistant's own instructions. Style preferences never need to touch the assistant's rules.${NOTE}`,
  jailbreak: `This reads like a jailbreak: a persona, mode or scenario meant to switch off the assistant's limits. Attune only steers how answers look and sound.${NOTE}`,
  injection: `This reads like prompt injection: moving data, triggering tools or actions, or slipping links and ads into answers. A style line must not move data or trigger actions.${NOTE}`,
  harmful: `This asks for harmful content (such as weapons, drugs, malware, fraud, stalking, self-harm or hate). Steering is about how an answer reads, never what harmful thing it helps with.${NOTE}`,
  sycophancy: `This asks the assistant to flatter you or always agree. The assistant must stay willing to tell you when you're wrong.${NOTE}`,
  epistemic: `This asks for fake certainty, hidden risks or uncertainty, invented sources, or not being corrected. Accuracy is not a preference.${NOTE}`,
  manipulation: `This asks for manipulation or deception of you or other people (guilt, fear, pressure, dark patterns, lies). Attune will not steer toward that.${NOTE}`,
  'one-sided': `This asks for one-sided framing of a contested question. A personal assistant must not become a filter bubble; you can still ask for a clear bottom line.${NOTE}`,
};

export function semanticRuleId(category: SemanticCategory): string {
  return `semantic.${category}`;
}

/** One pseudo-rule per category the semantic layer can block for. */
export const SEMANTIC_RULES: readonly BoundRule[] = deepFreeze(
  (Object.keys(REASONS) as SemanticCategory[]).map(
    (category): BoundRule => ({
      id: semanticRuleId(category),
      category,
      verdict: 'block',
      reason: REASONS[category],
      patterns: [],
      examples: { match: [], pass: [] },
    }),
  ),
);
