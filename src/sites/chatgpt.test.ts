// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chatgpt, selectors, labels } from './chatgpt';
import { loadFixture } from './fixtures';

const URL_A = 'https://chatgpt.com/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c';

describe('ChatGPT adapter, layout A', () => {
  it('finds finished responses with ids, model slug and the prompt before each', () => {
    const doc = loadFixture('chatgpt-layout-a.html', URL_A);
    const views = chatgpt.findResponses(doc);
    expect(views).toHaveLength(2);
    expect(views.every((v) => v.finished)).toBe(true);
    const [first, second] = views.map((v) => v.read());
    expect(first).toMatchObject({
      key: 'chatgpt:b1c2d3e4-asst-0001',
      site: 'chatgpt',
      messageId: 'b1c2d3e4-asst-0001',
      conversationId: '6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
      prompt: 'How do I sort a list of dicts by a key in Python?',
      model: 'gpt-5',
    });
    expect(first!.text).toContain('Use `sorted()` with a **key** function:');
    expect(first!.text).toContain('```python\npeople = [');
    expect(first!.text).toContain('- Pass `reverse=True` for descending order.');
    expect(second).toMatchObject({ key: 'chatgpt:b1c2d3e4-asst-0002', prompt: 'And in place?' });
    expect(second!.text.startsWith('### In place')).toBe(true);
  });

  it('places the rating anchor inside the turn container', () => {
    const doc = loadFixture('chatgpt-layout-a.html', URL_A);
    for (const v of chatgpt.findResponses(doc)) {
      expect(v.turn.matches('[data-testid^="conversation-turn-"]')).toBe(true);
      expect(v.turn.contains(v.anchor)).toBe(true);
    }
  });

  it('maps the vendor thumbs to their response', () => {
    const doc = loadFixture('chatgpt-layout-a.html', URL_A);
    const good = doc.querySelectorAll('[data-testid="good-response-turn-action-button"]')[1]!;
    const bad = doc.querySelectorAll('[data-testid="bad-response-turn-action-button"]')[0]!;
    const g = chatgpt.vendorFeedback(good.querySelector('svg') ?? good, doc);
    expect(g?.label).toBe('up');
    expect(g?.view.read().messageId).toBe('b1c2d3e4-asst-0002');
    expect(chatgpt.vendorFeedback(bad, doc)?.view.read().messageId).toBe('b1c2d3e4-asst-0001');
    expect(chatgpt.vendorFeedback(doc.querySelector('[data-testid="copy-turn-action-button"]')!, doc)).toBeNull();
  });

  it('does not offer a streaming response, and offers it once finished', () => {
    const doc = loadFixture('chatgpt-layout-a-streaming.html', URL_A);
    const [streaming] = chatgpt.findResponses(doc);
    expect(streaming?.finished).toBe(false);
    doc.querySelector('.result-streaming')!.classList.remove('result-streaming');
    expect(chatgpt.findResponses(doc)[0]?.finished).toBe(false); // the stop button is still there
    doc.querySelector('[data-testid="stop-button"]')!.remove();
    expect(chatgpt.findResponses(doc)[0]?.finished).toBe(true);
  });
});

describe('ChatGPT adapter, layout B', () => {
  it('reads units, message ids and user bubbles', () => {
    const doc = loadFixture('chatgpt-layout-b.html', URL_A);
    const views = chatgpt.findResponses(doc);
    expect(views).toHaveLength(2);
    const [first, second] = views.map((v) => v.read());
    expect(first).toMatchObject({ messageId: 'm-asst-0101', prompt: 'Plan a two-day trip to Lisbon on a budget', model: null });
    expect(first!.text).toContain('## Day 1');
    expect(first!.text).toContain('1. Alfama walk and the **Miradouro** viewpoints.');
    expect(first!.text).toContain('| Place | Cost |\n| --- | --- |\n| Belém tower | €8 |');
    expect(first!.text).toContain('[Visit Lisboa](https://www.visitlisboa.com/)');
    expect(second).toMatchObject({ messageId: 'm-asst-0103', prompt: 'Make it shorter' });
    expect(views[0]!.turn.getAttribute('data-turn-key')).toBe('t-1');
  });

  it('matches thumbs by aria-label, case-insensitively, in the action bar after the unit', () => {
    const doc = loadFixture('chatgpt-layout-b.html', URL_A);
    const bars = doc.querySelectorAll('.turn-action-controls');
    const good = Array.from(bars[1]!.querySelectorAll('button')).find((b) => /good/i.test(b.getAttribute('aria-label')!))!;
    const hit = chatgpt.vendorFeedback(good, doc);
    expect(hit?.label).toBe('up');
    expect(hit?.view.read().messageId).toBe('m-asst-0103');
    const bad = Array.from(bars[0]!.querySelectorAll('button')).find((b) => /bad/i.test(b.getAttribute('aria-label')!))!;
    expect(chatgpt.vendorFeedback(bad, doc)?.view.read().messageId).toBe('m-asst-0101');
  });

  it('keys a response without any id by a stable content hash', () => {
    const doc = loadFixture('chatgpt-layout-b.html', URL_A);
    for (const el of doc.querySelectorAll('[data-chatgpt-search-message-ids]')) el.removeAttribute('data-chatgpt-search-message-ids');
    for (const el of doc.querySelectorAll('[data-content-search-unit-key],[data-chatgpt-search-unit-key]')) {
      const attr = el.hasAttribute('data-content-search-unit-key') ? 'data-content-search-unit-key' : 'data-chatgpt-search-unit-key';
      el.setAttribute(attr, `:${el.getAttribute(attr)!.split(':')[1]}`);
    }
    const keys = chatgpt.findResponses(doc).map((v) => v.read().key);
    expect(keys[0]).toMatch(/^chatgpt:h:[0-9a-f]{14}$/);
    expect(chatgpt.findResponses(doc).map((v) => v.read().key)).toEqual(keys);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('ChatGPT regenerated versions, composer and self-check', () => {
  it('reads the "< 2/3 >" counter of the shown version, and none where there is no navigation', () => {
    const doc = loadFixture('chatgpt-layout-a-versions.html', URL_A);
    const [v] = chatgpt.findResponses(doc);
    expect(chatgpt.versionOf!(v!)).toEqual({ index: 2, total: 3 });
    expect(v!.read()).toMatchObject({ messageId: 'a-v-2', prompt: 'Suggest a tagline for a bakery' });
    loadFixture('chatgpt-layout-a.html', URL_A);
    expect(chatgpt.findResponses(document).map((r) => chatgpt.versionOf!(r))).toEqual([null, null]);
  });

  it('matches French labels: thumbs and version arrows', () => {
    const doc = loadFixture('chatgpt-layout-a-localized-fr.html', URL_A);
    const [v] = chatgpt.findResponses(doc);
    expect(chatgpt.versionOf!(v!)).toEqual({ index: 1, total: 2 });
    expect(chatgpt.vendorFeedback(doc.querySelector('[aria-label="Bonne réponse"]')!, doc)?.label).toBe('up');
    expect(chatgpt.vendorFeedback(doc.querySelector('[aria-label="MAUVAISE RÉPONSE"]')!, doc)?.label).toBe('down');
    expect(chatgpt.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
  });

  it('finds the composer in every layout', () => {
    expect(chatgpt.composer(loadFixture('chatgpt-layout-a-versions.html', URL_A))?.id).toBe('prompt-textarea');
    expect(chatgpt.composer(loadFixture('chatgpt-layout-b.html', URL_A))?.hasAttribute('data-composer-markdown')).toBe(true);
    const doc = loadFixture('chatgpt-layout-a.html', URL_A);
    doc.querySelector('#prompt-textarea')!.replaceWith(Object.assign(doc.createElement('textarea'), { name: 'prompt' }));
    expect(chatgpt.composer(doc)?.tagName).toBe('TEXTAREA');
  });

  it('passes its self-check on every layout, and notices missing feedback buttons', () => {
    for (const name of ['chatgpt-layout-a.html', 'chatgpt-layout-b.html', 'chatgpt-layout-a-versions.html', 'chatgpt-layout-a-streaming.html']) {
      expect(chatgpt.selfCheck(loadFixture(name, URL_A)), name).toEqual({ responses: true, feedback: true, composer: true });
    }
    expect(chatgpt.selfCheck(loadFixture('chatgpt-comparison.html', URL_A)).responses).toBe(true);
    const doc = loadFixture('chatgpt-layout-b.html', URL_A);
    for (const bar of doc.querySelectorAll('.turn-action-controls')) bar.remove();
    expect(chatgpt.selfCheck(doc)).toEqual({ responses: true, feedback: false, composer: true });
  });
});

describe('ChatGPT A/B comparison', () => {
  it('reads the chosen and rejected sides and the prompt at click time', () => {
    const doc = loadFixture('chatgpt-comparison.html', URL_A);
    const buttons = Array.from(doc.querySelectorAll('button')).filter((b) => b.textContent === 'I prefer this response');
    const second = chatgpt.choiceFromClick(buttons[1]!, doc);
    expect(second).toEqual({
      prompt: 'Write a haiku about autumn rain',
      source: 'comparison',
      outcome: 'preference',
      chosen: 'Autumn rain is wet. It falls on the ground. The end.',
      rejected: 'Cold rain on maples\neach leaf lets go of summer\npuddles hold the sky',
      chosenModel: null,
      rejectedModel: null,
    });
    expect(chatgpt.choiceFromClick(buttons[0]!, doc)?.chosen).toContain('Cold rain on maples');
  });

  it('ignores other buttons and the comparison responses are not offered for rating', () => {
    const doc = loadFixture('chatgpt-comparison.html', URL_A);
    expect(chatgpt.choiceFromClick(doc.querySelector('#prompt-textarea')!, doc)).toBeNull();
    expect(chatgpt.findResponses(doc)).toHaveLength(0);
  });
});

describe('ChatGPT URLs and data', () => {
  it('extracts conversation ids from plain, GPT and project URLs', () => {
    expect(chatgpt.conversationId(new URL('https://chatgpt.com/g/g-p-6650d2c1/c/6650d2c1-4b6e-8000'))).toBe('6650d2c1-4b6e-8000');
    expect(chatgpt.isConversation(new URL('https://chatgpt.com/'))).toBe(false);
  });

  it('keeps every selector variant documented and every label list non-empty and unique', () => {
    for (const [name, variants] of Object.entries(selectors)) {
      expect(variants.length, name).toBeGreaterThan(0);
      for (const v of variants) {
        expect(v.note.length, `${name}: ${v.css}`).toBeGreaterThan(3);
        expect(() => document.querySelector(v.css), v.css).not.toThrow();
      }
      expect(new Set(variants.map((v) => v.css)).size).toBe(variants.length);
    }
    for (const list of Object.values(labels)) {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list.map((l) => l.toLowerCase())).size).toBe(list.length);
    }
  });
});
