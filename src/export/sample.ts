// Deterministic synthetic judgments for tests and the exchange benchmark (never used by the extension itself).
import type { Judgment, ObservedResponse } from '../shared/records';

import { prng } from '../shared/prng';

export { prng };

const PROMPTS = [
  'How do I sort a list of dicts by a key in Python?',
  'Write a short email declining a meeting politely.',
  'Explain how vaccines train the immune system.',
  'Should I take the job offer with the longer commute?',
  'What is the boiling point of water at 2000 m altitude?',
  'Tell me a joke about penguins.',
];
const ANSWERS = [
  'Use `sorted(rows, key=lambda r: r["age"])`; it returns a new list and is stable.',
  '## Summary\n\n- First, thank them.\n- Then decline.\n- Offer an alternative time.\n\nHope this helps! 😊',
  'Vaccines show the immune system a harmless piece of a pathogen, so it builds antibodies and memory cells in advance.',
  'It depends on what you value: money, time, or growth. Consider writing down the trade-offs, for example a table.',
  'About 93.4 °C, because air pressure is lower at altitude.',
  'Why do penguins never get lost? They always follow the **ice** map.',
];

/** n judgments (about 2/3 thumbs, 1/3 choices) across sites, with texts of realistic length (~300–600 characters). */
export function sampleJudgments(n: number, seed = 1, start = 1_760_000_000_000): Judgment[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sites = ['chatgpt', 'chatgpt', 'chatgpt', 'claude', 'gemini'];
  const out: Judgment[] = [];
  for (let i = 0; i < n; i++) {
    const site = pick(sites);
    const prompt = `${pick(PROMPTS)} (#${i})`;
    const t = start + i * 60_000;
    const text = () => `${pick(ANSWERS)} ${pick(ANSWERS)} ${pick(ANSWERS)}`;
    if (rand() < 0.66) {
      const responseKey = `${site}:m-${i}`;
      out.push({
        id: `rating:inline:${responseKey}`,
        kind: 'rating',
        site,
        conversationId: `c-${i >> 4}`,
        prompt,
        source: 'inline',
        weight: 0.7,
        createdAt: t,
        updatedAt: t + 1000,
        responseKey,
        completion: text(),
        label: rand() < 0.6 ? 'up' : 'down',
        model: rand() < 0.5 ? 'gpt-5' : null,
      });
    } else {
      out.push({
        id: `choice:comparison:${site}:${i.toString(36)}`,
        kind: 'choice',
        site,
        conversationId: null,
        prompt,
        source: 'comparison',
        weight: 1,
        createdAt: t,
        updatedAt: t,
        outcome: rand() < 0.9 ? 'preference' : 'tie',
        chosen: text(),
        rejected: text(),
        chosenModel: null,
        rejectedModel: null,
      });
    }
  }
  return out;
}

export function sampleResponses(judgments: readonly Judgment[]): ObservedResponse[] {
  return judgments.flatMap((j) =>
    j.kind === 'rating'
      ? [{ key: j.responseKey, site: j.site, conversationId: j.conversationId, messageId: j.responseKey.split(':').pop() ?? null, prompt: j.prompt, text: j.completion, model: j.model, observedAt: j.createdAt }]
      : [],
  );
}
