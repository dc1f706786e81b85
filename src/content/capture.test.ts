// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startCapture, type Capture } from './capture';
import { chatgpt } from '../sites/chatgpt';
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
