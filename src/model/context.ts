// Local prompt classifier: which kind of request is this? Keyword scores from an extendable data table; no network.
import type { ContextName } from './profile-types';

export const CONTEXTS: readonly ContextName[] = ['coding', 'writing', 'learning', 'advice', 'factual', 'casual'];

export const CONTEXT_DESCRIPTIONS: Readonly<Record<ContextName, string>> = {
  coding: 'Programming, code, debugging and data tooling',
  writing: 'Drafting or editing text: emails, essays, stories, posts',
  learning: 'Explanations of how or why something works',
  advice: 'Personal advice, decisions, health, career, relationships',
  factual: 'Facts, research, lookups, math and data extraction',
  casual: 'Chat, role-play, jokes and everything else',
};

/**
 * Cue table: a cue is a lower-case word (matched on word boundaries) or a phrase with spaces (matched as a
 * substring of the normalized prompt); each adds its weight to its context. Extend with `extendContextCues`.
 */
export const CONTEXT_CUES: Record<ContextName, Record<string, number>> = {
  coding: {
    code: 2, function: 2, python: 3, javascript: 3, typescript: 3, java: 2, rust: 2, golang: 3, sql: 3, regex: 3,
    bug: 2, debug: 3, error: 1, compile: 2, compiler: 2, api: 2, implement: 2, algorithm: 2, script: 2, program: 2,
    class: 1, method: 1, variable: 2, array: 2, string: 1, json: 2, html: 2, css: 2, react: 2, git: 2, bash: 3,
    linux: 1, docker: 2, npm: 3, library: 1, stack: 1, exception: 2, refactor: 3, 'unit test': 3, 'time complexity': 3,
    'c++': 3, 'write a program': 4, 'write a function': 4, '```': 4, 'def ': 2, 'console.log': 3, 'binary search': 3,
    'linked list': 3, 'data structure': 3,
  },
  writing: {
    write: 1.5, compose: 3, draft: 3, essay: 3, email: 3, letter: 2, story: 3, poem: 3, blog: 3, post: 1, rewrite: 3,
    edit: 2, proofread: 3, rephrase: 3, paraphrase: 3, summarize: 1, tone: 2, persuasive: 3, slogan: 3, headline: 2,
    script: 1, speech: 2, cover: 1, 'cover letter': 3, 'press release': 3, limerick: 3, lyrics: 3, tweet: 2, caption: 2,
    article: 2, paragraph: 2, 'make it more': 2, 'polish': 2, 'creative': 1, 'haiku': 3, 'sonnet': 3,
  },
  learning: {
    explain: 3, why: 2, how: 1, understand: 2, concept: 2, difference: 2, 'what is the difference': 3, teach: 3,
    learn: 2, intuition: 3, eli5: 4, 'like i\'m five': 4, 'how does': 3, 'how do': 2, theory: 2, principle: 2,
    meaning: 1, define: 2, definition: 2, describe: 1.5, 'walk me through': 3, tutorial: 2, lesson: 2, physics: 2,
    chemistry: 2, biology: 2, history: 1, philosophy: 2, economics: 2, 'what causes': 2, mechanism: 2,
  },
  advice: {
    should: 2, advice: 3, recommend: 2, help: 1, career: 3, job: 2, relationship: 3, partner: 2, friend: 1, health: 2,
    diet: 2, exercise: 2, anxiety: 3, stress: 2, feel: 2, worried: 3, decide: 2, decision: 2, 'what would you': 2,
    'how can i': 2, 'how do i': 1, 'tips': 2, improve: 1, budget: 2, invest: 2, money: 1, salary: 2, interview: 2,
    doctor: 2, symptoms: 2, sleep: 2, motivation: 2, 'my boss': 3, 'my wife': 3, 'my husband': 3, 'my kid': 3,
    'strategies': 2, 'conflict': 2,
  },
  factual: {
    who: 1.5, when: 1, where: 1, 'what is': 1, 'how many': 2, 'how much': 1.5, population: 3, capital: 2, date: 1,
    year: 1, fact: 2, facts: 2, statistics: 3, data: 1, research: 2, source: 2, sources: 2, cite: 3, study: 1,
    evidence: 2, compare: 1.5, list: 1, extract: 3, calculate: 3, solve: 3, equation: 3, probability: 3, math: 2,
    number: 1, sum: 2, percent: 2, area: 1, triangle: 2, integer: 2, 'find the': 2, table: 1, 'json format': 2,
    identify: 2, reasoning: 1, 'what are the': 1,
  },
  casual: {
    hi: 3, hello: 3, hey: 3, thanks: 2, joke: 3, funny: 2, pretend: 3, roleplay: 4, 'role-play': 4, 'act as': 3,
    'you are': 1, imagine: 2, game: 2, chat: 2, bored: 3, lol: 3, fun: 2, character: 2, 'embody': 3, 'persona': 3,
    'how are you': 4, favorite: 2, 'would you rather': 4,
  },
};

interface Compiled {
  words: Map<string, [ContextName, number][]>;
  phrases: [string, ContextName, number][];
}
let compiled: Compiled | null = null;

function compile(): Compiled {
  const words = new Map<string, [ContextName, number][]>();
  const phrases: [string, ContextName, number][] = [];
  for (const ctx of CONTEXTS) {
    for (const [cue, weight] of Object.entries(CONTEXT_CUES[ctx])) {
      if (/^[\p{L}\p{N}]+$/u.test(cue)) {
        const list = words.get(cue) ?? [];
        list.push([ctx, weight]);
        words.set(cue, list);
      } else phrases.push([cue, ctx, weight]);
    }
  }
  return { words, phrases };
}

/** Adds cues (kept for the process lifetime). */
export function extendContextCues(ctx: ContextName, cues: Record<string, number>): void {
  Object.assign(CONTEXT_CUES[ctx], cues);
  compiled = null;
}

/** Scores of every context for a prompt (for tests and debugging). */
export function contextScores(prompt: string): Record<ContextName, number> {
  compiled ??= compile();
  const scores: Record<ContextName, number> = { coding: 0, writing: 0, learning: 0, advice: 0, factual: 0, casual: 0 };
  // Prompts can be long (pasted documents); the request is usually stated at the start or the end.
  const p = prompt.length > 4000 ? `${prompt.slice(0, 2000)} ${prompt.slice(-2000)}` : prompt;
  const lower = p.toLowerCase();
  for (const token of lower.split(/[^\p{L}\p{N}+#]+/u)) {
    if (!token) continue;
    const hits = compiled.words.get(token);
    if (hits) for (const [ctx, w] of hits) scores[ctx] += w;
  }
  const spaced = ` ${lower.replace(/\s+/g, ' ')} `;
  for (const [cue, ctx, w] of compiled.phrases) if (spaced.includes(cue)) scores[ctx] += w;
  // Code in the prompt is a strong signal.
  if (/[{};]\s*\n|=>|\bdef\s+\w+\(|#include|\bimport\s+\w+/.test(p)) scores.coding += 3;
  return scores;
}

/** The context of a prompt; ties and no cues at all fall back to "casual" for short prompts, else "factual". */
export function classifyContext(prompt: string | null | undefined): ContextName {
  const text = (prompt ?? '').trim();
  if (!text) return 'casual';
  const scores = contextScores(text);
  let best: ContextName = text.length < 40 ? 'casual' : 'factual';
  let bestScore = 1.5; // need at least one real cue
  for (const ctx of CONTEXTS) {
    if (scores[ctx] > bestScore) {
      best = ctx;
      bestScore = scores[ctx];
    }
  }
  return best;
}
