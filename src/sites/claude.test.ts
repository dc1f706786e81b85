// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { claude, selectors, labels } from './claude';
import { checkSelectorData, loadFixture } from './fixtures';

const URL_CHAT = 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b';

describe('Claude adapter, current markup', () => {
  it('finds finished responses with their prompts, skipping thinking blocks and artifacts', () => {
    const doc = loadFixture('claude-current.html', URL_CHAT);
    const views = claude.findResponses(doc);
    expect(views).toHaveLength(2);
    expect(views.every((v) => v.finished)).toBe(true);
    const [first, second] = views.map((v) => v.read());
    expect(first).toMatchObject({ site: 'claude', conversationId: '0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b', messageId: null, model: null });
    expect(first!.prompt).toBe('Write a regex that matches ISO dates like 2026-11-26');
    expect(first!.text).toContain('Use an anchored pattern with **three groups**:');
    expect(first!.text).toContain('- It does not validate the day of the month.');
    expect(first!.text).not.toContain('Anchor it');
    expect(first!.text).not.toContain('ARTIFACT');
    expect(second!.prompt).toBe('Now make it accept 2026/11/26 too');
  });

  it('keys responses by conversation and a stable content hash', () => {
    const doc = loadFixture('claude-current.html', URL_CHAT);
    const keys = claude.findResponses(doc).map((v) => v.read().key);
    expect(keys[0]).toMatch(/^claude:h:[0-9a-f]{14}$/);
    expect(new Set(keys).size).toBe(2);
    // Re-rendered (same text): same key. Another conversation: another key.
    for (const turn of doc.querySelectorAll('[data-test-render-count]')) turn.replaceWith(turn.cloneNode(true));
    expect(claude.findResponses(doc).map((v) => v.read().key)).toEqual(keys);
    loadFixture('claude-current.html', 'https://claude.ai/chat/ffffffff-2c1d-4e5f-9a8b-7c6d5e4f3a2b');
    expect(claude.findResponses(document)[0]!.read().key).not.toBe(keys[0]);
  });

  it('places the rating anchor inside the turn, and maps the vendor thumbs to their response', () => {
    const doc = loadFixture('claude-current.html', URL_CHAT);
    const views = claude.findResponses(doc);
    for (const v of views) expect(v.turn.contains(v.anchor)).toBe(true);
    const good = doc.querySelectorAll('[aria-label="Good response"]')[1]!;
    const hit = claude.vendorFeedback(good.querySelector('svg')!, doc);
    expect(hit?.label).toBe('up');
    expect(hit?.view.read().prompt).toBe('Now make it accept 2026/11/26 too');
    const bad = doc.querySelectorAll('[aria-label="Bad response"]')[0]!;
    expect(claude.vendorFeedback(bad, doc)).toMatchObject({ label: 'down' });
    expect(claude.vendorFeedback(bad, doc)?.view.read().prompt).toMatch(/^Write a regex/);
    expect(claude.vendorFeedback(doc.querySelector('[data-testid="action-bar-copy"]')!, doc)).toBeNull();
  });

  it('reads the "N / M" version counter of a response, and none where there is no navigation', () => {
    const doc = loadFixture('claude-current.html', URL_CHAT);
    const [first, second] = claude.findResponses(doc);
    expect(claude.versionOf!(first!)).toBeNull();
    expect(claude.versionOf!(second!)).toEqual({ index: 2, total: 2 });
  });

  it('finds the composer and passes its self-check', () => {
    const doc = loadFixture('claude-current.html', URL_CHAT);
    expect(claude.composer(doc)?.getAttribute('data-testid')).toBe('chat-input');
    expect(claude.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
    for (const b of doc.querySelectorAll('[aria-label="Good response"], [aria-label="Bad response"]')) b.remove();
    expect(claude.selfCheck(doc).feedback).toBe(false);
  });
});

describe('Claude adapter, collapsible thinking block (no test id)', () => {
  it('reads only the answer, even when the page around it is itself collapsible', () => {
    const doc = loadFixture('claude-current-thinking.html', URL_CHAT);
    const [v] = claude.findResponses(doc);
    expect(v?.read()).toMatchObject({ prompt: 'Is 221 prime?', text: 'No: 221 = 13 × 17.' });
  });
});

describe('Claude adapter, streaming', () => {
  it('does not offer a streaming response, and offers it once finished', () => {
    const doc = loadFixture('claude-current-streaming.html', URL_CHAT);
    expect(claude.findResponses(doc)[0]?.finished).toBe(false);
    // A streaming response has no feedback buttons yet: that is not a health problem.
    expect(claude.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
    doc.querySelector('[data-is-streaming]')!.setAttribute('data-is-streaming', 'false');
    expect(claude.findResponses(doc)[0]?.finished).toBe(false); // the stop button is still there
    doc.querySelector('[aria-label="Stop response"]')!.remove();
    const [done] = claude.findResponses(doc);
    expect(done?.finished).toBe(true);
    expect(done?.read().text).toBe('The French Revolution (1789–1799) began as');
  });
});

describe('Claude adapter, legacy markup (.font-claude-message, role="group", "Give positive feedback")', () => {
  it('reads the response, its thumbs and its versions', () => {
    const doc = loadFixture('claude-legacy.html', URL_CHAT);
    const [v] = claude.findResponses(doc);
    expect(v?.finished).toBe(true);
    expect(v?.read()).toMatchObject({ prompt: 'Write a haiku about the sea' });
    expect(v?.read().text).toContain('Grey swell folds on stone');
    expect(claude.vendorFeedback(doc.querySelector('[aria-label="Give positive feedback"]')!, doc)?.label).toBe('up');
    expect(claude.vendorFeedback(doc.querySelector('[aria-label="Give negative feedback"]')!, doc)?.label).toBe('down');
    expect(claude.versionOf!(v!)).toEqual({ index: 1, total: 3 });
    expect(claude.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
  });
});

describe('Claude adapter, localized labels', () => {
  it('matches French thumbs and version arrows case-insensitively', () => {
    const doc = loadFixture('claude-current-localized-fr.html', URL_CHAT);
    const [v] = claude.findResponses(doc);
    expect(v?.read().text).toContain('1. 250 g de farine');
    expect(claude.vendorFeedback(doc.querySelector('[aria-label="BONNE RÉPONSE"]')!, doc)?.label).toBe('up');
    expect(claude.vendorFeedback(doc.querySelector('[aria-label="Mauvaise réponse"]')!, doc)?.label).toBe('down');
    expect(claude.versionOf!(v!)).toEqual({ index: 2, total: 2 });
  });
});

describe('Claude URLs and data', () => {
  it('knows conversation pages', () => {
    expect(claude.isConversation(new URL(URL_CHAT))).toBe(true);
    expect(claude.isConversation(new URL('https://claude.ai/new'))).toBe(false);
    expect(claude.isConversation(new URL('https://claude.ai/project/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b'))).toBe(false);
  });

  it('keeps every selector variant documented and every label list non-empty and unique', () => {
    checkSelectorData(selectors, labels);
  });
});
