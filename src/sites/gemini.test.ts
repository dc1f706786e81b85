// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gemini, selectors, labels } from './gemini';
import { checkSelectorData, loadFixture } from './fixtures';

const URL_APP = 'https://gemini.google.com/app/8a1b2c3d4e5f';

describe('Gemini adapter', () => {
  it('finds finished responses with message ids and prompts, never reading the thinking block', () => {
    const doc = loadFixture('gemini-app.html', URL_APP);
    const views = gemini.findResponses(doc);
    expect(views).toHaveLength(2);
    expect(views.every((v) => v.finished)).toBe(true);
    const [first, second] = views.map((v) => v.read());
    expect(first).toEqual({
      key: 'gemini:r_8a1b2c3d4e5f0001',
      site: 'gemini',
      conversationId: '8a1b2c3d4e5f',
      messageId: 'r_8a1b2c3d4e5f0001',
      prompt: 'What is the capital of Australia?',
      text: 'The capital of Australia is **Canberra**.',
      model: null,
    });
    expect(second).toMatchObject({ messageId: 'r_8a1b2c3d4e5f0002', prompt: 'Why not Sydney?' });
    expect(second!.text).toContain('- Chosen in 1908.');
    expect(second!.text).not.toContain('THINKING');
  });

  it('places the anchor inside the turn and maps the thumb hosts to their response', () => {
    const doc = loadFixture('gemini-app.html', URL_APP);
    for (const v of gemini.findResponses(doc)) expect(v.turn.contains(v.anchor)).toBe(true);
    const up = doc.querySelectorAll('thumb-up-button mat-icon')[1]!;
    expect(gemini.vendorFeedback(up, doc)).toMatchObject({ label: 'up' });
    expect(gemini.vendorFeedback(up, doc)?.view.read().messageId).toBe('r_8a1b2c3d4e5f0002');
    const down = doc.querySelectorAll('thumb-down-button button')[0]!;
    expect(gemini.vendorFeedback(down, doc)?.view.read().messageId).toBe('r_8a1b2c3d4e5f0001');
    expect(gemini.vendorFeedback(down, doc)?.label).toBe('down');
    expect(gemini.vendorFeedback(doc.querySelector('copy-button button')!, doc)).toBeNull();
  });

  it('does not offer a streaming response, and offers it once finished', () => {
    const doc = loadFixture('gemini-app-streaming.html', URL_APP);
    expect(gemini.findResponses(doc)[0]?.finished).toBe(false);
    expect(gemini.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
    doc.querySelector('[aria-busy]')!.removeAttribute('aria-busy');
    expect(gemini.findResponses(doc)[0]?.finished).toBe(false);
    doc.querySelector('[aria-label="Stop response"]')!.remove();
    const [done] = gemini.findResponses(doc);
    expect(done?.finished).toBe(true);
    expect(done?.read().text).toBe('2, 3 and');
  });

  it('matches localized thumbs without the host elements', () => {
    const doc = loadFixture('gemini-app-localized-de.html', 'https://gemini.google.com/app/de01');
    expect(gemini.vendorFeedback(doc.querySelector('[aria-label="gute antwort"]')!, doc)?.label).toBe('up');
    expect(gemini.vendorFeedback(doc.querySelector('[aria-label="Schlechte Antwort"]')!, doc)?.label).toBe('down');
    expect(gemini.selfCheck(doc).feedback).toBe(true);
  });

  it('finds the Quill composer; a page without thumbs reports them missing', () => {
    const doc = loadFixture('gemini-app.html', URL_APP);
    expect(gemini.composer(doc)?.classList.contains('ql-editor')).toBe(true);
    expect(gemini.selfCheck(doc)).toEqual({ responses: true, feedback: true, composer: true });
    for (const el of doc.querySelectorAll('message-actions')) el.remove();
    doc.querySelector('rich-textarea')!.remove();
    expect(gemini.selfCheck(doc)).toEqual({ responses: true, feedback: false, composer: false });
  });

  it('knows conversation URLs, gems and second accounts', () => {
    expect(gemini.conversationId(new URL('https://gemini.google.com/gem/coding-partner/3f2a9c1d8e7b6a50'))).toBe('3f2a9c1d8e7b6a50');
    expect(gemini.conversationId(new URL('https://gemini.google.com/u/1/app/3f2a9c1d8e7b6a50'))).toBe('3f2a9c1d8e7b6a50');
    expect(gemini.isConversation(new URL('https://gemini.google.com/app'))).toBe(false);
  });

  it('keeps every selector variant documented and every label list non-empty and unique', () => {
    checkSelectorData(selectors, labels);
  });
});
