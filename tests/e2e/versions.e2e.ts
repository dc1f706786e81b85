// End to end: regenerated versions, in Chromium and Firefox ESR. On ChatGPT ("< 2/3 >") and Claude ("N / M")
// the user looks at several versions of a response with the site's own arrows, then continues the conversation
// from one of them; Attune records that version as preferred over each other version seen (source "version",
// weight 0.4). Browsing alone records nothing, and reloads duplicate nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep } from './harness/driver';
import { browsersFor, expectControls, serveSites, Session, sortRows } from './sites';

const PAGES = {
  chatgpt: 'https://chatgpt.com/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
  claude: 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b',
};

const TAGLINES = ['Baked with love since 1952.', 'Fresh from our oven to your table.', 'Bread worth waking up for.'];
const SLASH = ['Match either separator: `^\\d{4}[-/]\\d{2}[-/]\\d{2}$`', 'Allow either separator with a backreference: `^\\d{4}([-/])\\d{2}\\1\\d{2}$`'];

// What the sites' own code does: the arrows swap the shown version in place (only one is in the DOM); sending
// appends the user's message and the next answer.
const CHATGPT = `
const versions = ${JSON.stringify(TAGLINES)};
let shown = 2;
function show(n) {
  shown = Math.min(versions.length, Math.max(1, n));
  const message = document.querySelector('[data-message-author-role="assistant"]');
  message.setAttribute('data-message-id', 'a-v-' + shown);
  message.querySelector('.markdown').innerHTML = '<p>' + versions[shown - 1] + '</p>';
  document.querySelector('.tabular-nums').textContent = shown + '/' + versions.length;
}
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  const label = button.getAttribute('aria-label');
  if (label === 'Previous response') show(shown - 1);
  if (label === 'Next response') show(shown + 1);
  if (button.getAttribute('data-testid') === 'send-button') {
    event.preventDefault(); // the app sends with fetch, not by submitting the form
    const editor = document.querySelector('#prompt-textarea');
    const text = editor.textContent.trim();
    editor.innerHTML = '<p></p>';
    const form = document.querySelector('form');
    form.insertAdjacentHTML('beforebegin',
      '<section data-testid="conversation-turn-3" data-turn="user"><div data-message-author-role="user" data-message-id="u-v-3"><div class="whitespace-pre-wrap"></div></div></section>' +
      '<section data-testid="conversation-turn-4" data-turn="assistant"><div data-message-author-role="assistant" data-message-id="a-v-next" data-message-model-slug="gpt-5"><div class="markdown prose"><p>Fresh from our oven, baked to win your heart and pleases your table.</p></div></div>' +
      '<div><button data-testid="copy-turn-action-button" aria-label="Copy">c</button><button data-testid="good-response-turn-action-button" aria-label="Good response">+</button><button data-testid="bad-response-turn-action-button" aria-label="Bad response">-</button></div></section>');
    document.querySelector('[data-testid="conversation-turn-3"] .whitespace-pre-wrap').textContent = text;
  }
});
`;

const CLAUDE = `
const versions = ${JSON.stringify(SLASH.map((s) => s.replace(/`([^`]*)`/g, '<code>$1</code>')))};
let shown = 2;
const turn = document.querySelectorAll('[data-test-render-count]')[3];
function show(n) {
  shown = Math.min(versions.length, Math.max(1, n));
  turn.querySelector('.standard-markdown').innerHTML = '<p>' + versions[shown - 1] + '</p>';
  turn.querySelector('span.text-xs').textContent = shown + ' / ' + versions.length;
}
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  const label = button.getAttribute('aria-label');
  if (label === 'Previous version') show(shown - 1);
  if (label === 'Next version') show(shown + 1);
  if (label === 'Send message') {
    const editor = document.querySelector('[data-testid="chat-input"]');
    const text = editor.textContent.trim();
    editor.innerHTML = '<p></p>';
    const user = document.querySelectorAll('[data-test-render-count]')[2].cloneNode(true);
    user.querySelector('[data-testid="user-message"]').textContent = text;
    const reply = document.createElement('div');
    reply.setAttribute('data-test-render-count', '1');
    reply.innerHTML = '<div data-is-streaming="true"><div class="font-claude-response"><div class="progressive-markdown"><p>Sure, here is</p></div></div></div>';
    turn.after(user, reply);
  }
});
`;

const serve = serveSites([
  { url: PAGES.chatgpt, file: 'chatgpt-layout-a-versions.html', script: CHATGPT },
  { url: PAGES.claude, file: 'claude-current.html', script: CLAUDE },
]);

const version = (site: string, prompt: string, chosen: string, rejected: string) => ({ prompt, chosen, rejected, weight: 0.4, source: 'version', site });
const EXPECTED_TRL = [
  version('chatgpt', 'Suggest a tagline for a bakery', TAGLINES[1]!, TAGLINES[0]!),
  version('chatgpt', 'Suggest a tagline for a bakery', TAGLINES[1]!, TAGLINES[2]!),
  version('claude', 'Now make it accept 2026/11/26 too', SLASH[0]!, SLASH[1]!),
];

/** Lets the content script take one pass over what the page now shows (its observer settles after 150 ms). */
const settle = () => sleep(500);

describe.each(browsersFor(serve))('Regenerated versions end to end in $name', ({ launch }) => {
  const s = new Session();
  beforeAll(() => s.open(launch));
  afterAll(() => s.close());

  async function type(selector: string, text: string) {
    await s.chat.evaluate(([sel, t]) => {
      const editor = document.querySelector<HTMLElement>(sel)!;
      editor.textContent = t;
    }, [selector, text] as const);
  }

  it('ChatGPT: browsing versions records nothing; continuing from 2/3 prefers it over 1/3 and 3/3', async () => {
    await s.options.goto(s.optionsUrl);
    expect(await s.shownCount()).toBe(0);
    await s.chat.goto(PAGES.chatgpt);
    await expectControls(s.chat, ['none'], 'a control under the shown version');
    for (const arrow of ['Previous response', 'Next response', 'Next response', 'Previous response']) {
      await s.chat.click({ css: `button[aria-label="${arrow}"]` });
      await settle();
    }
    expect(await s.chat.evaluate(() => document.querySelector('.tabular-nums')?.textContent, null)).toBe('2/3');
    await s.options.goto(s.optionsUrl);
    expect(await s.shownCount(), 'browsing versions is not a judgment').toBe(0);
    await type('#prompt-textarea', 'Make it rhyme');
    await s.chat.click({ css: 'button[data-testid="send-button"]' });
    await s.waitForCount(2);
  });

  it('Claude: "Previous version" to 1 / 2, then send: 1 / 2 preferred over 2 / 2', async () => {
    await s.chat.goto(PAGES.claude);
    await expectControls(s.chat, ['none', 'none'], 'controls on the Claude page');
    await settle();
    await s.chat.click({ css: 'button[aria-label="Previous version"]' });
    await settle();
    await type('[data-testid="chat-input"]', 'Thanks, and in JavaScript?');
    await s.chat.click({ css: 'button[aria-label="Send message"]' });
    await s.waitForCount(3);
  });

  it('exports the version choices with their lower weight; reloads duplicate nothing', async () => {
    expect(sortRows(await s.exported('export-trl'))).toEqual(sortRows(EXPECTED_TRL));
    expect(await s.shownCount(), 'every judgment is a version choice in the TRL file: no thumbs').toBe(EXPECTED_TRL.length);
    await s.chat.reload();
    await s.chat.goto(PAGES.chatgpt);
    await expectControls(s.chat, ['none'], 'the ChatGPT page again');
    await settle();
    await s.options.goto(s.optionsUrl);
    expect(await s.shownCount()).toBe(3);
    s.expectNoOutbound();
  });
});
