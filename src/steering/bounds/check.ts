// The bounds engine: every instruction (learned, pinned, edited or typed by the user) gets a verdict here.
// It takes the text only; the rules are the frozen module constant, so nothing a caller passes in (settings, imported
// profiles, extension messages) can add, remove or weaken a rule.
import { MAX_INSTRUCTION_CHARS, canonicalize, normalizeInstruction, type NormalizedText } from '../normalize';
import { semanticBlock } from './classifier';
import { RULES } from './rules';
import { SEMANTIC_RULES, semanticRuleId } from './semantic-rules';
import type { BoundRule, CheckResult } from './types';

interface CompiledRule {
  readonly rule: BoundRule;
  readonly index: number;
  readonly patterns: readonly RegExp[];
  readonly squashed: readonly RegExp[];
  readonly squashedUnless: readonly RegExp[];
}

// Compiled privately at module load; never exported, so callers cannot swap a RegExp.
const COMPILED: readonly CompiledRule[] = Object.freeze(
  RULES.map((rule, index) =>
    Object.freeze({
      rule,
      index,
      patterns: Object.freeze(rule.patterns.map((p) => new RegExp(p, 'u'))),
      squashed: Object.freeze((rule.squashed ?? []).map((p) => new RegExp(p, 'u'))),
      squashedUnless: Object.freeze((rule.squashedUnless ?? []).map((p) => new RegExp(p, 'u'))),
    }),
  ),
);
const RULE_INDEX: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]));
const RULE_BY_ID: ReadonlyMap<string, BoundRule> = new Map([...RULES, ...SEMANTIC_RULES].map((r) => [r.id, r]));

/** Bounded forms Attune itself writes: they always pass, so softening is idempotent. */
const BOUNDED_FORMS: ReadonlySet<string> = new Set(
  RULES.filter((r) => r.rewrite).map((r) => canonicalize(r.rewrite!)),
);

function matches(c: CompiledRule, n: NormalizedText): boolean {
  if (c.patterns.some((re) => n.views.some((v) => re.test(v)))) return true;
  if (c.squashedUnless.some((re) => re.test(n.plain))) return false;
  return c.squashed.some((re) => n.squashed.some((v) => re.test(v)));
}

function rulesMatching(n: NormalizedText, verdict: 'block' | 'soften'): string[] {
  return COMPILED.filter((c) => c.rule.verdict === verdict && matches(c, n)).map((c) => c.rule.id);
}

function byRuleOrder(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (RULE_INDEX.get(a) ?? 0) - (RULE_INDEX.get(b) ?? 0));
}

/** Block rules that fire on a normalized text, including anything hidden in encoded payloads. */
function blockingRules(n: NormalizedText): string[] {
  const ids = rulesMatching(n, 'block');
  if (n.opaque.length > 0) ids.push('obfuscation.opaque-blob');
  for (const d of n.decoded) {
    // Encoding an instruction that would not pass as plain text is itself an evasion: block, even if it would only soften.
    const inner = [...blockingRules(d), ...rulesMatching(d, 'soften')];
    if (inner.length > 0) ids.push('obfuscation.encoded-payload', ...inner);
  }
  return byRuleOrder(ids);
}

/**
 * The second layer: the semantic classifier (classifier.ts) on a text the rules let through, and on anything decoded
 * from it. Returns the rule ids to block with, or [] when the classifier lets it through too.
 */
function semanticRules(text: string, n: NormalizedText): string[] {
  const category = semanticBlock(text);
  if (category) return [semanticRuleId(category)];
  for (const d of n.decoded) {
    const inner = semanticRules(d.plain, d);
    if (inner.length > 0) return ['obfuscation.encoded-payload', ...inner.filter((id) => id !== 'obfuscation.encoded-payload')];
  }
  return [];
}

function reasonFor(id: string): string {
  return RULE_BY_ID.get(id)?.reason ?? 'This instruction is outside what Attune will steer.';
}

const CLAUSE_START = String.raw`(?:no|never|don't|do not|dont|always|avoid|skip|be|use|keep|stop|please|just|only|give|make|write|answer|sound|say|take|pick|omit|drop|leave|cut|remove|without|and)\b`;
const CLAUSE_SPLIT = String.raw`,\s+(?=(?:and\s+|but\s+)?${CLAUSE_START})|;\s*|\s+(?:and|but|also)\s+(?=${CLAUSE_START})|\s+-\s+`;
/** Splits a sentence into clauses, keeping each separator as the following array element. */
const CLAUSE_SPLIT_KEEP = new RegExp(`(${CLAUSE_SPLIT})`, 'iu');

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function asSentence(clause: string): string {
  let s = clause.trim().replace(/^(?:and|but|also)\s+/i, '');
  if (!s) return '';
  s = s[0]!.toUpperCase() + s.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

function softenOf(text: string): string[] {
  return rulesMatching(normalizeInstruction(text), 'soften');
}

/** Rewrites the clauses that fire soften rules into their bounded forms; keeps everything else the user wrote. */
function softenClauses(input: string): { text: string; rules: string[] } {
  const fired: string[] = [];
  const out: string[] = [];
  const unsafe: string[] = [];
  for (const sentence of splitSentences(input)) {
    if (BOUNDED_FORMS.has(canonicalize(sentence))) {
      out.push(sentence);
      continue;
    }
    unsafe.push(sentence);
    if (softenOf(sentence).length === 0) {
      out.push(sentence);
      continue;
    }
    // Split into clauses (keeping the separators), rewrite the clauses that fire, and keep runs of the other clauses
    // together exactly as the user wrote them ("For health questions, give me X" stays one piece).
    const parts = sentence.split(CLAUSE_SPLIT_KEEP);
    let run = '';
    const flush = () => {
      const kept = asSentence(run.replace(/(?:[,;:]|\s-|\s+(?:and|but|also))\s*$/i, ''));
      if (kept) out.push(kept);
      run = '';
    };
    for (let i = 0; i < parts.length; i += 2) {
      const clause = parts[i] ?? '';
      const sep = parts[i + 1] ?? '';
      const ids = clause.trim() ? softenOf(clause) : [];
      if (ids.length === 0) {
        run += clause + sep;
        continue;
      }
      flush();
      fired.push(...ids);
      for (const id of ids) out.push(RULE_BY_ID.get(id)!.rewrite!);
    }
    flush();
  }
  // A soften phrase that spans clauses or sentences: replace the whole text with the bounded forms.
  const whole = softenOf(unsafe.join(' ')).filter((id) => !fired.includes(id));
  if (whole.length > 0) {
    const all = byRuleOrder([...fired, ...whole]);
    return { text: all.map((id) => RULE_BY_ID.get(id)!.rewrite!).join(' '), rules: all };
  }
  const seen = new Set<string>();
  const text = out.filter((s) => (seen.has(s) ? false : (seen.add(s), true))).join(' ');
  return { text, rules: byRuleOrder(fired) };
}

/**
 * The verdict on one instruction: `allow`, `soften` (with the bounded rewrite in `text`) or `block` (with the rule ids
 * and a plain-language reason). Takes no rules parameter by design: the bounds cannot be supplied or weakened by callers.
 */
export function checkInstruction(text: string): CheckResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  let result = CACHE.get(input);
  if (result) {
    // Refresh recency.
    CACHE.delete(input);
  } else {
    result = Object.freeze(evaluate(input, true));
  }
  CACHE.set(input, result);
  if (CACHE.size > CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  // A fresh copy each time: callers may change what they get without touching the cache.
  return { ...result, rules: [...result.rules] };
}

// Verdicts are a pure function of the text (the rules are constants), so a small LRU cache is safe.
const CACHE_SIZE = 512;
const CACHE = new Map<string, Readonly<CheckResult>>();

/**
 * The pattern rules alone, without the semantic layer: for the benchmark's layer-by-layer figures only. Not exported
 * from the bounds index; everything that steers uses checkInstruction.
 */
export function checkRulesOnly(text: string): CheckResult {
  return evaluate(typeof text === 'string' ? text : String(text ?? ''), false);
}

function evaluate(input: string, withSemantic: boolean): CheckResult {
  if (input.length > MAX_INSTRUCTION_CHARS) {
    return { verdict: 'block', rules: ['limits.too-long'], reason: reasonFor('limits.too-long') };
  }
  const normalized = normalizeInstruction(input);
  const blocked = blockingRules(normalized);
  if (blocked.length > 0) return { verdict: 'block', rules: blocked, reason: reasonFor(blocked[0]!) };

  const softened = softenClauses(input);
  if (softened.rules.length === 0) {
    if (!withSemantic || BOUNDED_FORMS.has(canonicalize(input))) return { verdict: 'allow', rules: [] };
    const semantic = semanticRules(input, normalized);
    if (semantic.length > 0) return { verdict: 'block', rules: semantic, reason: reasonFor(semantic[0]!) };
    return { verdict: 'allow', rules: [] };
  }
  // The rewrite keeps the user's other clauses; make sure none of them blocks on its own, by rule or by the semantic
  // layer (which reads only what the user wrote, not Attune's bounded forms).
  const rewritten = normalizeInstruction(softened.text);
  const recheck = blockingRules(rewritten);
  if (recheck.length > 0) return { verdict: 'block', rules: recheck, reason: reasonFor(recheck[0]!) };
  const own = splitSentences(softened.text).filter((x) => !BOUNDED_FORMS.has(canonicalize(x)));
  const semantic = withSemantic && own.length > 0 ? semanticRules(own.join(' '), normalizeInstruction(own.join(' '))) : [];
  if (semantic.length > 0) return { verdict: 'block', rules: semantic, reason: reasonFor(semantic[0]!) };
  return { verdict: 'soften', rules: softened.rules, reason: reasonFor(softened.rules[0]!), text: softened.text };
}

/** The rule behind an id (for the UI's "why"), including the semantic layer's `semantic.<category>`; undefined for unknown ids. */
export function describeRule(id: string): BoundRule | undefined {
  return RULE_BY_ID.get(id);
}
