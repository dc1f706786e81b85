// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lmarena, selectors, labels } from './lmarena';
import { checkSelectorData, loadFixture } from './fixtures';

const URL_C = 'https://lmarena.ai/c/8d3f2a10-4b5c-4d6e-9f70-1a2b3c4d5e6f';
const byText = (doc: Document, text: string) => Array.from(doc.querySelectorAll('button')).find((b) => b.textContent!.includes(text))!;

describe('LMArena battles', () => {
  const LEFT = 'Imagine a set of nesting dolls: to find the smallest, you open one doll, then the doll inside it, until there is no doll left.';
  const RIGHT = 'Recursion is when a function calls itself.';

  it('turns "Left/Right is Better" into a choice, left = A', () => {
    const doc = loadFixture('lmarena-battle.html', URL_C);
    const base = { prompt: 'Explain recursion to a five-year-old', source: 'battle', chosenModel: null, rejectedModel: null };
    expect(lmarena.choiceFromClick(byText(doc, 'Left is Better'), doc)).toEqual({ ...base, outcome: 'preference', chosen: LEFT, rejected: RIGHT });
    expect(lmarena.choiceFromClick(byText(doc, 'Right is Better'), doc)).toEqual({ ...base, outcome: 'preference', chosen: RIGHT, rejected: LEFT });
  });

  it('records ties and "both bad" as such, with no preference', () => {
    const doc = loadFixture('lmarena-battle.html', URL_C);
    expect(lmarena.choiceFromClick(byText(doc, 'tie'), doc)).toMatchObject({ outcome: 'tie', chosen: LEFT, rejected: RIGHT });
    expect(lmarena.choiceFromClick(byText(doc, 'Both are bad'), doc)).toMatchObject({ outcome: 'both-bad', chosen: LEFT, rejected: RIGHT });
    expect(lmarena.choiceFromClick(doc.querySelector('[aria-label="Copy"]')!, doc)).toBeNull();
  });

  it('offers no inline rating on battle sides, but finds them for health', () => {
    const doc = loadFixture('lmarena-battle.html', URL_C);
    expect(lmarena.findResponses(doc)).toHaveLength(0);
    expect(lmarena.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
    expect(lmarena.composer(doc)?.getAttribute('name')).toBe('message');
  });

  it('"Continue with A/B" judges the latest battle turn; "Skip" records nothing', () => {
    const doc = loadFixture('lmarena-battle-continue.html', 'https://arena.ai/c/8d3f2a10-4b5c-4d6e-9f70-1a2b3c4d5e6f');
    expect(lmarena.choiceFromClick(doc.querySelector('[aria-label="Continue with B"]')!, doc)).toEqual({
      prompt: 'Why?',
      source: 'battle',
      outcome: 'preference',
      chosen: 'You can see results instantly.',
      rejected: 'Its syntax reads like English.',
      chosenModel: null,
      rejectedModel: null,
    });
    expect(lmarena.choiceFromClick(doc.querySelector('[aria-label="Continue with A"]')!, doc)?.chosen).toBe('Its syntax reads like English.');
    expect(lmarena.choiceFromClick(doc.querySelector('[aria-label="Skip"]')!, doc)).toBeNull();
  });
});

describe('LMArena localized labels', () => {
  it('matches French vote buttons case-insensitively; "Passer" (skip) records nothing', () => {
    const doc = loadFixture('lmarena-battle-localized-fr.html', URL_C);
    const base = { prompt: 'Une devise pour une boulangerie ?', source: 'battle', chosenModel: null, rejectedModel: null };
    const A = 'Le pain d’hier, la joie d’aujourd’hui.';
    const B = 'Du four à votre table.';
    expect(lmarena.choiceFromClick(byText(doc, 'Continuer avec A'), doc)).toEqual({ ...base, outcome: 'preference', chosen: A, rejected: B });
    expect(lmarena.choiceFromClick(byText(doc, 'CONTINUER AVEC B'), doc)).toEqual({ ...base, outcome: 'preference', chosen: B, rejected: A });
    expect(lmarena.choiceFromClick(byText(doc, 'Égalité'), doc)?.outcome).toBe('tie');
    expect(lmarena.choiceFromClick(byText(doc, 'Les deux sont mauvaises'), doc)?.outcome).toBe('both-bad');
    expect(lmarena.choiceFromClick(byText(doc, 'Passer'), doc)).toBeNull();
    expect(lmarena.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
  });
});

describe('LMArena direct chat', () => {
  it('offers each finished response for inline rating, paired with its prompt', () => {
    const doc = loadFixture('lmarena-direct.html', URL_C);
    const views = lmarena.findResponses(doc);
    expect(views).toHaveLength(2);
    expect(views.every((v) => v.finished)).toBe(true);
    expect(views[0]!.read()).toEqual({
      key: 'lmarena:m-0001',
      site: 'lmarena',
      conversationId: '8d3f2a10-4b5c-4d6e-9f70-1a2b3c4d5e6f',
      messageId: 'm-0001',
      prompt: 'Give me a synonym for happy',
      text: '**Joyful.**',
      model: null,
    });
    for (const v of views) expect(v.turn.contains(v.anchor)).toBe(true);
    // Each response's own container holds its buttons, not the next message.
    expect(views[0]!.turn.querySelectorAll('[data-testid="assistant-message"]')).toHaveLength(1);
  });

  it('records "Like/Dislike this response" as vendor thumbs of the right response', () => {
    const doc = loadFixture('lmarena-direct.html', URL_C);
    const likes = doc.querySelectorAll('[aria-label="Like this response"]');
    expect(lmarena.vendorFeedback(likes[1]!, doc)).toMatchObject({ label: 'up' });
    expect(lmarena.vendorFeedback(likes[1]!, doc)?.view.read().messageId).toBe('m-0002');
    const dislike = doc.querySelectorAll('[aria-label="Dislike this response"]')[0]!;
    expect(lmarena.vendorFeedback(dislike, doc)?.view.read().messageId).toBe('m-0001');
    expect(lmarena.vendorFeedback(dislike, doc)?.label).toBe('down');
    expect(lmarena.choiceFromClick(dislike, doc)).toBeNull();
  });

  it('does not offer a streaming response', () => {
    const doc = loadFixture('lmarena-direct-streaming.html', URL_C);
    expect(lmarena.findResponses(doc)[0]?.finished).toBe(false);
    doc.querySelector('[aria-busy]')!.removeAttribute('aria-busy');
    expect(lmarena.findResponses(doc)[0]?.finished).toBe(false);
    doc.querySelector('[aria-label="Stop generating"]')!.remove();
    expect(lmarena.findResponses(doc)[0]?.finished).toBe(true);
  });
});

describe('LMArena URLs and data', () => {
  it('knows conversation pages on both hosts', () => {
    expect(lmarena.isConversation(new URL(URL_C))).toBe(true);
    expect(lmarena.isConversation(new URL('https://lmarena.ai/'))).toBe(false);
    expect(lmarena.isConversation(new URL('https://lmarena.ai/leaderboard'))).toBe(false);
    expect(lmarena.conversationId(new URL('https://arena.ai/c/8d3f2a10-4b5c'))).toBe('8d3f2a10-4b5c');
  });

  it('keeps every selector variant documented and every label list non-empty and unique', () => {
    checkSelectorData(selectors, labels);
  });
});
