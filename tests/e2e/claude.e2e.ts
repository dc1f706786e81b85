// End to end on Claude, in Chromium and Firefox ESR: the built extension, saved Claude pages served at
// https://claude.ai/chat/<uuid> (current and legacy markup, French labels, a streaming response that finishes),
// inline ratings and Claude's own thumbs clicked as a user would, then the options count, the exports, reloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from './harness/driver';
import type { SiteHealth } from '../../src/shared/protocol';
import { browsersFor, expectControls, rateDown, rateUp, serveSites, Session, sortRows } from './sites';

const chat = (id: string) => `https://claude.ai/chat/${id}`;
const PAGES = {
  current: chat('0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b'),
  legacy: chat('1c2d3e4f-0000-4000-8000-bbbbbbbbbbbb'),
  french: chat('2d3e4f50-0000-4000-8000-cccccccccccc'),
  streaming: chat('3e4f5061-0000-4000-8000-dddddddddddd'),
};

// What Claude's own code does: a thumb opens a feedback modal; a streaming response finishes on request.
const BEHAVIOUR = `
document.addEventListener('click', (event) => {
  const thumb = event.target instanceof Element ? event.target.closest('[aria-label="Good response"], [aria-label="Bad response"], [aria-label="Give positive feedback"], [aria-label="Give negative feedback"], [aria-label="BONNE RÉPONSE"]') : null;
  if (!thumb) return;
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.textContent = 'Give feedback (sent to Anthropic)';
  document.body.append(dialog);
});
window.__finishStreaming = () => {
  const wrapper = document.querySelector('[data-is-streaming="true"]');
  const body = wrapper.querySelector('.progressive-markdown');
  body.className = 'standard-markdown';
  body.innerHTML = '<p>The French Revolution (1789–1799) ended the monarchy and reshaped Europe.</p>';
  document.querySelector('[aria-label="Stop response"]').setAttribute('aria-label', 'Send message');
  wrapper.setAttribute('data-is-streaming', 'false');
  wrapper.insertAdjacentHTML('beforeend', '<div role="toolbar" aria-label="Message actions"><button data-testid="action-bar-copy" aria-label="Copy">c</button><button aria-label="Good response">+</button><button aria-label="Bad response">-</button></div>');
};
`;

const serve = serveSites([
  { url: PAGES.current, file: 'claude-current.html', script: BEHAVIOUR },
  { url: PAGES.legacy, file: 'claude-legacy.html', script: BEHAVIOUR },
  { url: PAGES.french, file: 'claude-current-localized-fr.html', script: BEHAVIOUR },
  { url: PAGES.streaming, file: 'claude-current-streaming.html', script: BEHAVIOUR },
]);

const P = {
  regex: 'Write a regex that matches ISO dates like 2026-11-26',
  slash: 'Now make it accept 2026/11/26 too',
  haiku: 'Write a haiku about the sea',
  crepes: 'Une recette de crêpes rapide ?',
  revolution: 'Summarise the French revolution in one paragraph',
};
const T = {
  regex: 'Use an anchored pattern with **three groups**:\n\n```regex\n^(\\d{4})-(\\d{2})-(\\d{2})$\n```\n\n- Group 1 is the year.\n- It does not validate the day of the month.',
  slash: 'Allow either separator with a backreference: `^\\d{4}([-/])\\d{2}\\1\\d{2}$`',
  haiku: 'Grey swell folds on stone\ngulls argue with the wind’s drift\nsalt on every word',
  crepes: '1. 250 g de farine, 4 œufs, 50 cl de lait.\n2. Repos 30 minutes.',
  revolution: 'The French Revolution (1789–1799) ended the monarchy and reshaped Europe.',
};
const kto = (prompt: string, completion: string, label: boolean, source: 'inline' | 'vendor') => ({ prompt, completion, label, weight: 0.7, source, site: 'claude' });
const EXPECTED_KTO = [
  kto(P.regex, T.regex, true, 'inline'),
  kto(P.slash, T.slash, false, 'inline'),
  kto(P.regex, T.regex, true, 'vendor'),
  kto(P.haiku, T.haiku, false, 'vendor'),
  kto(P.haiku, T.haiku, true, 'inline'),
  kto(P.crepes, T.crepes, true, 'vendor'),
  kto(P.revolution, T.revolution, false, 'inline'),
];

describe.each(browsersFor(serve))('Claude end to end in $name', ({ launch }) => {
  const s = new Session();
  beforeAll(() => s.open(launch));
  afterAll(() => s.close());

  it('current markup: inline up/down under each finished response (not in artifacts or thinking), Claude\'s own thumb', async () => {
    await s.options.goto(s.optionsUrl);
    expect(await s.shownCount()).toBe(0);
    await s.chat.goto(PAGES.current);
    await expectControls(s.chat, ['none', 'none'], 'a control under each finished response');
    await s.chat.click(rateUp(0));
    await s.chat.click(rateDown(1));
    await expectControls(s.chat, ['up', 'down'], 'both rated');
    await s.chat.click({ css: '[aria-label="Good response"]', index: 0 });
    await s.waitForCount(3);
  });

  it('legacy markup (.font-claude-message, role="group", "Give negative feedback") and French labels', async () => {
    await s.chat.goto(PAGES.legacy);
    await expectControls(s.chat, ['none'], 'a control on the legacy page');
    await s.chat.click({ css: '[aria-label="Give negative feedback"]' });
    await s.chat.click(rateUp(0));
    await expectControls(s.chat, ['up'], 'legacy response rated');
    await s.chat.goto(PAGES.french);
    await expectControls(s.chat, ['none'], 'a control on the French page');
    await s.chat.click({ css: '[aria-label="BONNE RÉPONSE"]' });
    await s.waitForCount(6);
  });

  it('a streaming response gets its control only once it finished', async () => {
    await s.rateOnceStreamingFinishes(PAGES.streaming, 7);
  });

  it('exports the thumbs as KTO, no choices, and reloads duplicate nothing', async () => {
    expect(sortRows(await s.exported('export-kto'))).toEqual(sortRows(EXPECTED_KTO));
    expect(await s.shownCount(), 'every judgment is a thumb in the KTO file: no choices').toBe(EXPECTED_KTO.length);
    await s.expectStoredAcrossReload(PAGES.current, ['up', 'down']);
    await s.options.reload();
    expect(await s.shownCount()).toBe(7);
    expect(sortRows(await s.exported('export-kto'))).toEqual(sortRows(EXPECTED_KTO));
    s.expectNoOutbound();
  });

  it('health: "working" on a conversation page, live from the tab and kept by the background; "degraded: feedback buttons" once they vanish', async () => {
    await s.options.goto(s.optionsUrl);
    await s.chat.goto(PAGES.current);
    await expectControls(s.chat, ['up', 'down'], 'the Claude page');
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
    // Run in the options page (an extension page): what the popup does.
    const kept = () =>
      s.options.evaluate(async () => {
        const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const reply = (await api.runtime.sendMessage({ type: 'health/get', payload: { site: 'claude' } })) as { ok: boolean; value?: { health: SiteHealth | null } };
        return reply.ok ? (reply.value?.health ?? null) : null;
      }, null);
    const live = () =>
      s.options.evaluate(async () => {
        const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const [tab] = await api.tabs.query({ url: 'https://claude.ai/*' });
        return (await api.tabs.sendMessage(tab!.id!, { type: 'health/now', payload: {} })) as SiteHealth | null;
      }, null);
    await poll('the background to hold "working"', async () => (await kept())?.status === 'working');
    expect(await live()).toMatchObject({ site: 'claude', status: 'working', missing: [], url: PAGES.current });
    // A site update removes the thumbs: after the grace period the adapter reports what it cannot find.
    await s.chat.evaluate(() => {
      for (const b of document.querySelectorAll('[aria-label="Good response"], [aria-label="Bad response"]')) b.remove();
    }, null);
    const degraded = await poll('the background to hold "degraded"', async () => {
      const h = await kept();
      return h?.status === 'degraded' ? h : undefined;
    }, { timeout: 30_000, interval: 250 });
    expect(degraded.missing).toEqual(['feedback buttons']);
    expect(await live()).toMatchObject({ status: 'degraded', missing: ['feedback buttons'] });
    await expectControls(s.chat, ['up', 'down'], 'the private controls keep working');
  });
});
