// Types for the hard-coded bounds. The rules themselves are in rules.ts, as frozen data.

/** Rule categories, in the order rules.ts groups them. */
export const BOUND_CATEGORIES = [
  'limits',
  'obfuscation',
  'override',
  'jailbreak',
  'injection',
  'harmful',
  'sycophancy',
  'epistemic',
  'manipulation',
  'one-sided',
] as const;
export type BoundCategory = (typeof BOUND_CATEGORIES)[number];

export type Verdict = 'allow' | 'soften' | 'block';

export interface BoundRule {
  /** Stable id, "<category>.<slug>"; shown in the CLI and the UI. */
  readonly id: string;
  readonly category: BoundCategory;
  readonly verdict: 'block' | 'soften';
  /** Plain-language reason shown to the user when this rule fires. */
  readonly reason: string;
  /**
   * Regular-expression sources (compiled with the "u" flag) matched against every normalized view of the text
   * (lowercase, confusables folded, leetspeak read, spacing joined, rot13, reversed). Empty for rules the engine
   * applies itself (size limit, encoded payloads).
   */
  readonly patterns: readonly string[];
  /** Sources matched against the letters-only views (any spacing trick); strong key phrases only. */
  readonly squashed?: readonly string[];
  /**
   * Sources matched against the plain text: when one matches, the squashed patterns are not tried. For key phrases an
   * ordinary sentence can spell across word boundaries ("curious how system prompts work" squashes to "…s|howsystemprompt…").
   */
  readonly squashedUnless?: readonly string[];
  /** For soften rules: the bounded form that replaces the matching clause. */
  readonly rewrite?: string;
  /** Examples the validation test checks: `match` must fire this rule, `pass` must not. */
  readonly examples: { readonly match: readonly string[]; readonly pass: readonly string[] };
}

export interface CheckResult {
  verdict: Verdict;
  /** Ids of the rules that fired (block rules when blocked, soften rules when softened). */
  rules: string[];
  /** Plain-language reason for the user (the first rule's reason) when not allowed. */
  reason?: string;
  /** When softened: the instruction with the offending clauses replaced by their bounded forms. */
  text?: string;
}
