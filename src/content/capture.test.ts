// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startCapture, type Capture } from './capture';
import { chatgpt } from '../sites/chatgpt';
import { claude } from '../sites/claude';
import { loadFixture } from '../sites/fixtures';
import type { Messenger } from './messenger';

const URL_A = 'https://chatgpt.com/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c';

function fakeMessenger(stored: Record<string, 'up' | 'down'> = {}) {
  const sent: { type: string; payload: unknown }[] = [];
  const messenger = {
    invalidated: false,
    async send(type: string, payload: unknown) {
      sent.push({ type, payload });
      if (type === 'rating/get') return { ratings: stored };
      if (type === 'rating/set') return { label: (payload as { label: unknown }).label };
      return { stored: true, id: 'x' };
    },
  } as unknown as Messenger;
  return { messenger, sent };
}

/** A click the browser would mark trusted (happy-dom cannot produce one natively). */
function userClick(el: Element) {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const controls = () => Array.from(document.querySelectorAll<HTMLElement>('[data-attune="rating"]'));
const button = (host: HTMLElement, which: 'up' | 'down') => host.shadowRoot!.querySelector<HTMLButtonElement>(`[data-attune="rate-${which}"]`)!;

let capture: Capture | undefined;
afterEach(() => capture?.stop());

describe('content capture', () => {
  it('mounts one labelled control per finished response, inside its turn, and reports each response once', async () => {
    loadFixture('chatgpt-layout-a.html', URL_A);
    const { messenger, sent } = fakeMessenger({ 'chatgpt:b1c2d3e4-asst-0002': 'down' });
    capture = startCapture({ adapter: chatgpt, messenger, settleMs: 0 });
    await flush();
    const hosts = controls();
    expect(hosts).toHaveLength(2);
    expect(hosts[0]!.closest('[data-testid="conversation-turn-2"]')).not.toBeNull();
    expect(hosts[0]!.shadowRoot?.mode).toBe('open');
    expect(button(hosts[0]!, 'up').getAttribute('aria-label')).toMatch(/private/i);
    expect(button(hosts[1]!, 'down').getAttribute('aria-pressed')).toBe('true');
    capture.scan();
    capture.scan();
    await flush();
    expect(controls()).toHaveLength(2);
    expect(sent.filter((s) => s.type === 'response/observe')).toHaveLength(2);
  });

  it('rates on a trusted click, toggles off on a second click, and ignores untrusted clicks', async () => {
    loadFixture('chatgpt-layout-a.html', URL_A);
    const { messenger, sent } = fakeMessenger();
    capture = startCapture({ adapter: chatgpt, messenger, settleMs: 0 });
    await flush();
    const up = button(controls()[0]!, 'up');
    up.click(); // a page script: not trusted
    up.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flush();
    expect(sent.filter((s) => s.type === 'rating/set')).toHaveLength(0);
    userClick(up);
    await flush();
    expect(up.getAttribute('aria-pressed')).toBe('true');
    userClick(up);
    await flush();
    expect(up.getAttribute('aria-pressed')).toBe('false');
    const sets = sent.filter((s) => s.type === 'rating/set').map((s) => s.payload as { label: unknown; source: unknown });
    expect(sets.map((s) => [s.source, s.label])).toEqual([['inline', 'up'], ['inline', null]]);
  });

  it('records a click on the vendor thumb, and not a synthetic one', async () => {
    loadFixture('chatgpt-layout-a.html', URL_A);
    const { messenger, sent } = fakeMessenger();
    capture = startCapture({ adapter: chatgpt, messenger, settleMs: 0 });
    const good = document.querySelector('[data-testid="good-response-turn-action-button"]')!;
    (good as HTMLElement).click();
    userClick(good);
    await flush();
    const sets = sent.filter((s) => s.type === 'rating/set').map((s) => s.payload as { source: string; label: string; response: { key: string } });
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ source: 'vendor', label: 'up', response: { key: 'chatgpt:b1c2d3e4-asst-0001' } });
  });

  it('captures an A/B choice at click time even though the page removes it right after', async () => {
    loadFixture('chatgpt-comparison.html', URL_A);
    document.addEventListener('click', () => document.getElementById('comparison')?.remove());
    const { messenger, sent } = fakeMessenger();
    capture = startCapture({ adapter: chatgpt, messenger, settleMs: 0 });
    const prefer = Array.from(document.querySelectorAll('button')).filter((b) => b.textContent === 'I prefer this response')[0]!;
    userClick(prefer);
    await flush();
    expect(document.getElementById('comparison')).toBeNull();
    const [c] = sent.filter((s) => s.type === 'choice/record').map((s) => (s.payload as { choice: Record<string, unknown> }).choice);
    expect(c).toMatchObject({ site: 'chatgpt', conversationId: '6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c', prompt: 'Write a haiku about autumn rain', outcome: 'preference' });
    expect(c!.chosen).toContain('Cold rain on maples');
  });

  it('waits for a streaming response to finish, and remounts controls for virtualized turns', async () => {
    loadFixture('chatgpt-layout-a-streaming.html', URL_A);
    const { messenger } = fakeMessenger();
    capture = startCapture({ adapter: chatgpt, messenger, settleMs: 0 });
    await flush();
    expect(controls()).toHaveLength(0);
    document.querySelector('.result-streaming')!.classList.remove('result-streaming');
    document.querySelector('[data-testid="stop-button"]')!.remove();
    capture.scan();
    expect(controls()).toHaveLength(1);
    const turn = document.querySelector('[data-testid="conversation-turn-2"]')!;
    const parent = turn.parentElement!;
    turn.remove();
    capture.scan();
    parent.append(turn);
    capture.scan();
    expect(controls()).toHaveLength(1);
  });

  it('removes its controls when stopped (extension reloaded)', async () => {
    loadFixture('chatgpt-layout-a.html', URL_A);
    capture = startCapture({ adapter: chatgpt, messenger: fakeMessenger().messenger, settleMs: 0 });
    expect(controls()).toHaveLength(2);
    capture.stop();
    expect(controls()).toHaveLength(0);
  });
});

/** What ChatGPT does on "Previous/Next response": swaps the shown version in place. */
function showChatgptVersion(index: number, text: string) {
  const message = document.querySelector('[data-message-author-role="assistant"]')!;
  message.setAttribute('data-message-id', `a-v-${index}`);
  message.querySelector('.markdown')!.textContent = text;
  document.querySelector('.tabular-nums')!.textContent = `${index}/3`;
}

/** The user sends a follow-up: a user turn and a (streaming) assistant turn appear after the last one. */
function continueConversation(prompt: string) {
  const main = document.querySelector('main')!;
  const user = document.createElement('section');
  user.setAttribute('data-testid', 'conversation-turn-3');
  const msg = user.appendChild(document.createElement('div'));
  msg.setAttribute('data-message-author-role', 'user');
  msg.appendChild(document.createElement('div')).className = 'whitespace-pre-wrap';
  msg.firstElementChild!.textContent = prompt;
  const reply = document.createElement('section');
  reply.setAttribute('data-testid', 'conversation-turn-4');
  const answer = reply.appendChild(document.createElement('div'));
  answer.setAttribute('data-message-author-role', 'assistant');
  answer.setAttribute('data-message-id', 'a-next');
  answer.appendChild(document.createElement('div')).className = 'markdown prose result-streaming';
  main.querySelector('form')!.before(user, reply);
}

const versionChoices = (sent: { type: string; payload: unknown }[]) =>
  sent.filter((s) => s.type === 'choice/record').map((s) => (s.payload as { choice: Record<string, unknown> }).choice).filter((c) => c.source === 'version');

describe('regenerated versions', () => {
  it('records the version the user continued from over each other version seen (ChatGPT "< 2/3 >")', async () => {
    loadFixture('chatgpt-layout-a-versions.html', URL_A);
    const { messenger, sent } = fakeMessenger();
    capture = startCapture({ adapter: chatgpt, messenger, settleMs: 0 });
    showChatgptVersion(1, 'Baked with love since 1952.');
    capture.scan();
    showChatgptVersion(3, 'Bread worth waking up for.');
    capture.scan();
    showChatgptVersion(2, 'Fresh from our oven to your table.');
    capture.scan();
    expect(versionChoices(sent)).toEqual([]);
    continueConversation('Make it rhyme');
    capture.scan();
    capture.scan();
    const choices = versionChoices(sent);
    expect(choices).toHaveLength(2);
    for (const c of choices) {
      expect(c).toMatchObject({ site: 'chatgpt', conversationId: '6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c', prompt: 'Suggest a tagline for a bakery', outcome: 'preference', chosen: 'Fresh from our oven to your table.', chosenModel: 'gpt-5' });
    }
    expect(choices.map((c) => c.rejected).sort()).toEqual(['Baked with love since 1952.', 'Bread worth waking up for.']);
  });

  it('records nothing when only one version was seen (Claude "N / M")', async () => {
    loadFixture('claude-current.html', 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b');
    const { messenger, sent } = fakeMessenger();
    capture = startCapture({ adapter: claude, messenger, settleMs: 0 });
    const last = document.querySelectorAll('[data-test-render-count]')[3]!;
    last.after(last.cloneNode(true)); // a later response appears
    capture.scan();
    expect(versionChoices(sent)).toEqual([]);
  });

  it('works on Claude: "Previous version" then continue', async () => {
    loadFixture('claude-current.html', 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b');
    const { messenger, sent } = fakeMessenger();
    capture = startCapture({ adapter: claude, messenger, settleMs: 0 });
    const turns = document.querySelectorAll('[data-test-render-count]');
    const body = turns[3]!.querySelector('.standard-markdown')!;
    const counter = turns[3]!.querySelector('span.text-xs')!;
    const v2 = body.textContent!.trim();
    body.textContent = 'Version one of the answer.';
    counter.textContent = '1 / 2';
    capture.scan();
    const newTurn = turns[2]!.cloneNode(true) as Element;
    newTurn.querySelector('[data-testid="user-message"]')!.textContent = 'Thanks';
    turns[3]!.after(newTurn, turns[1]!.cloneNode(true));
    capture.scan();
    const [c, ...rest] = versionChoices(sent);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ site: 'claude', source: 'version', prompt: 'Now make it accept 2026/11/26 too', chosen: 'Version one of the answer.' });
    expect(c!.rejected).toContain(v2.slice(0, 20));
  });
});

describe('health reports', () => {
  it('reports working, then degraded when feedback buttons stay missing, without ever throwing into the page', async () => {
    loadFixture('chatgpt-layout-a.html', URL_A);
    let t = 0;
    const { messenger, sent } = fakeMessenger();
    capture = startCapture({ adapter: chatgpt, messenger, settleMs: 0, now: () => t, healthGraceMs: 50, healthEveryMs: 0 });
    const reports = () => sent.filter((s) => s.type === 'health/report').map((s) => (s.payload as { health: { status: string; missing: string[] } }).health);
    expect(reports().map((r) => r.status)).toEqual(['working']);
    for (const b of document.querySelectorAll('[data-testid$="-response-turn-action-button"]')) b.remove();
    capture.scan();
    t = 100;
    capture.scan();
    expect(reports().at(-1)).toMatchObject({ status: 'degraded', missing: ['feedback buttons'] });
  });

  it('keeps working when an adapter throws', async () => {
    loadFixture('chatgpt-layout-a.html', URL_A);
    const broken = { ...chatgpt, findResponses: () => { throw new Error('markup changed'); }, selfCheck: () => { throw new Error('markup changed'); } };
    const { messenger } = fakeMessenger();
    expect(() => (capture = startCapture({ adapter: broken, messenger, settleMs: 0 }))).not.toThrow();
    expect(() => capture!.scan()).not.toThrow();
  });
});
