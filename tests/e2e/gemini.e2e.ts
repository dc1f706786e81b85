// End to end on Gemini, in Chromium and Firefox ESR: saved Gemini pages served at https://gemini.google.com/app/…
// (a thread with a thinking block, German labels, a streaming response that finishes), inline ratings and
// Gemini's own thumbs clicked as a user would, then the options count, the exports and reloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersFor, expectControls, rateUp, serveSites, Session, sortRows } from './sites';

const PAGES = {
  thread: 'https://gemini.google.com/app/8a1b2c3d4e5f',
  german: 'https://gemini.google.com/app/de01aa77',
  streaming: 'https://gemini.google.com/app/77aa0001',
};

// What Gemini's own code does: a thumb toggles its pressed state; a streaming response finishes on request.
const BEHAVIOUR = `
document.addEventListener('click', (event) => {
  const thumb = event.target instanceof Element ? event.target.closest('thumb-up-button button, thumb-down-button button') : null;
  if (thumb) thumb.setAttribute('aria-pressed', 'true');
});
window.__finishStreaming = () => {
  const content = document.querySelector('message-content[aria-busy="true"]');
  content.removeAttribute('aria-busy');
  content.querySelector('.markdown').innerHTML = '<p>2, 3 and 5.</p>';
  document.querySelector('[aria-label="Stop response"]').setAttribute('aria-label', 'Send message');
  content.closest('model-response').insertAdjacentHTML('beforeend', '<message-actions><thumb-up-button><button aria-label="Good response">up</button></thumb-up-button><thumb-down-button><button aria-label="Bad response">down</button></thumb-down-button></message-actions>');
};
`;

const serve = serveSites([
  { url: PAGES.thread, file: 'gemini-app.html', script: BEHAVIOUR },
  { url: PAGES.german, file: 'gemini-app-localized-de.html', script: BEHAVIOUR },
  { url: PAGES.streaming, file: 'gemini-app-streaming.html', script: BEHAVIOUR },
]);

const kto = (prompt: string, completion: string, label: boolean, source: 'inline' | 'vendor') => ({ prompt, completion, label, weight: 0.7, source, site: 'gemini' });
const CAPITAL = ['What is the capital of Australia?', 'The capital of Australia is **Canberra**.'] as const;
const SYDNEY = ['Why not Sydney?', 'It was a *compromise* between Sydney and Melbourne:\n\n- Chosen in 1908.\n- Purpose-built city.'] as const;
const TOKYO = ['Wie spät ist es in Tokio?', 'Tokio ist uns 8 Stunden voraus.'] as const;
const PRIMES = ['List three prime numbers', '2, 3 and 5.'] as const;
const EXPECTED_KTO = [
  kto(...CAPITAL, true, 'inline'),
  kto(...SYDNEY, false, 'vendor'),
  kto(...SYDNEY, true, 'inline'),
  kto(...TOKYO, true, 'vendor'),
  kto(...PRIMES, false, 'inline'),
];

describe.each(browsersFor(serve))('Gemini end to end in $name', ({ launch }) => {
  const s = new Session();
  beforeAll(() => s.open(launch));
  afterAll(() => s.close());

  it('inline up/down under each finished response; Gemini\'s own thumbs; the thinking block is never the answer', async () => {
    await s.options.goto(s.optionsUrl);
    expect(await s.shownCount()).toBe(0);
    await s.chat.goto(PAGES.thread);
    await expectControls(s.chat, ['none', 'none'], 'a control under each finished response');
    await s.chat.click(rateUp(0));
    await s.chat.click({ css: 'thumb-down-button button', index: 1 });
    await s.chat.click(rateUp(1));
    await expectControls(s.chat, ['up', 'up'], 'both rated up inline');
    await s.waitForCount(3);
  });

  it('German labels, and a streaming response rated once it finished', async () => {
    await s.chat.goto(PAGES.german);
    await expectControls(s.chat, ['none'], 'a control on the German page');
    await s.chat.click({ css: '[aria-label="gute antwort"]' });
    await s.rateOnceStreamingFinishes(PAGES.streaming, 5);
  });

  it('exports the thumbs as KTO, and reloads duplicate nothing', async () => {
    expect(sortRows(await s.exported('export-kto'))).toEqual(sortRows(EXPECTED_KTO));
    expect(await s.shownCount(), 'every judgment is a thumb in the KTO file: no choices').toBe(EXPECTED_KTO.length);
    await s.expectStoredAcrossReload(PAGES.thread, ['up', 'up']);
    await s.options.reload();
    expect(await s.shownCount()).toBe(5);
    s.expectNoOutbound();
  });
});
