// The learned profile end to end, in Chromium and Firefox ESR: a person makes side-by-side choices on ChatGPT
// comparison pages (always the short, plain answer over the long, chatty one); the background learns from the
// stored judgments; the popup shows the strongest axes. They must be exactly what the model learns from those
// same judgments, computed here independently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poll, type Driver, type Tab } from './harness/driver';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { createLearner, topAxes } from '../../src/model';
import type { FixtureServer } from './harness/driver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const N = 24;
const TOPICS = ['sort a list', 'reverse a string', 'read a file', 'parse JSON', 'merge two dicts', 'time a function', 'zip two lists', 'format a date', 'round a float', 'split lines', 'count words', 'copy a list', 'check a key', 'join paths', 'sum a column', 'find a substring', 'strip spaces', 'flatten a list', 'sort by two keys', 'write a CSV', 'make a set', 'list a folder', 'get the time', 'parse a URL'];

const prompt = (i: number) => `How do I ${TOPICS[i]} in Python?`;

// A person who wants short answers, whatever else an answer does: both sides vary in headings, lists, emoji and
// enthusiasm independently of length, and the shorter one is always chosen. Only length explains every choice.
const pick = <T,>(i: number, salt: number, xs: readonly T[]): T => xs[(i * 7 + salt * 3 + ((i * salt) % 5)) % xs.length]!;
function answer(i: number, salt: number, long: boolean): string {
  const t = TOPICS[i]!;
  const parts: string[] = [];
  const cheer = pick(i, salt, [false, true, false]);
  const heading = pick(i, salt + 1, [true, false, false]);
  const list = pick(i, salt + 2, [false, true]);
  parts.push(cheer ? `Sure thing! Here is how to ${t}! 🙂` : `To ${t}, use the standard library.`);
  if (heading) parts.push('## How');
  if (list) parts.push('- call the built-in function\n- check the result');
  if (long) {
    const filler = [
      `The standard library covers this case well, so there is rarely a reason to add a dependency just to ${t}. Keep the call close to where the data is produced, name the result after what it holds rather than how it was made, and write one small test that pins down the edge cases you care about, such as empty input and unusual characters.`,
      `You do not need a package for this. Call the function. Look at what it gives back. Try it on a small input first. Then try it on the real data. If it works, you are done. If not, print the input and check it. Most of the time the input is the problem, not the code. Keep the code short and plain so you can read it next week.`,
      `It depends a bit on your data. In most cases the built-in way is fine. Sometimes a loop is clearer. Perhaps you want to keep the old value too. It might also help to wrap the call in a small function with a clear name, so the rest of the program reads well and the intent is obvious to whoever reads it next.`,
    ];
    parts.push(pick(i, salt + 3, filler));
    if (pick(i, salt + 4, [true, false])) parts.push('Measure before you optimise: the straightforward version is usually fast enough, and a clever one is harder to maintain.');
  }
  return parts.join('\n\n');
}
const id = (i: number) => `b0c0${String(i).padStart(4, '0')}-1111-4222-8333-944445555666`;
const short = (i: number) => answer(i, 1, false);
const long = (i: number) => answer(i, 2, true);
function comparisonPage(i: number): string {
  const side = (n: number, text: string) =>
    `<div class="flex flex-col"><div class="font-semibold">Response ${n}</div><div class="markdown prose">${text
      .split('\n\n')
      .map((p) => (p.startsWith('## ') ? `<h2>${p.slice(3)}</h2>` : p.startsWith('- ') ? `<ul>${p.split('\n').map((l) => `<li>${l.slice(2)}</li>`).join('')}</ul>` : `<p>${p}</p>`))
      .join('')}</div><button class="btn" type="button">I prefer this response</button></div>`;
  // The long answer is on the left half the time, so position cannot explain the choices.
  const [a, b] = i % 2 ? [short(i), long(i)] : [long(i), short(i)];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>c${i}</title></head><body><main>
<section data-testid="conversation-turn-1" data-turn="user"><div data-message-author-role="user" data-message-id="u-${i}"><div class="whitespace-pre-wrap">${prompt(i)}</div></div></section>
<section data-testid="conversation-turn-2" data-turn="assistant"><div id="comparison"><p>Which response do you prefer?</p><div class="grid grid-cols-2">${side(1, a)}${side(2, b)}</div></div></section>
</main></body></html>`;
}

const serve: FixtureServer = (url) => {
  if (url.pathname === '/favicon.ico') return { status: 404, body: '', contentType: 'text/plain' };
  const m = /^\/c\/(.+)$/.exec(url.pathname);
  const i = m ? Array.from({ length: N }, (_, k) => id(k)).indexOf(m[1]!) : -1;
  return url.hostname === 'chatgpt.com' && i >= 0 ? { body: comparisonPage(i), contentType: 'text/html' } : null;
};

const browsers = [
  { name: 'chromium', launch: () => launchChromium({ dist: path.join(root, 'dist/chrome'), serve }) },
  { name: 'firefox', launch: () => launchFirefox({ dist: path.join(root, 'dist/firefox'), serve }) },
] as const;

/** In the popup: the axes it shows. */
function shownAxes() {
  return Array.from(document.querySelectorAll('[data-attune="axis"]')).map((li) => ({ axis: li.getAttribute('data-axis'), direction: li.getAttribute('data-direction') }));
}

describe.each(browsers)('learned profile in $name', ({ launch }) => {
  let driver: Driver;
  let options: Tab;
  beforeAll(async () => {
    driver = await launch();
    options = await driver.newTab();
  });
  afterAll(async () => driver?.close());

  it('the popup shows no axes before any judgment', async () => {
    const popup = await driver.newTab();
    await popup.goto(`${driver.extensionOrigin}/src/ui/popup/index.html`);
    await poll('the empty profile', () => popup.evaluate(() => !!document.querySelector('[data-attune="profile-empty"]'), null));
    await popup.close();
  });

  it('learns from real choices and the popup shows what the model learned from them', async () => {
    const chat = await driver.newTab();
    await options.goto(`${driver.extensionOrigin}/src/ui/options/index.html`);
    const stored = () =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return ((await api.runtime.sendMessage({ type: 'stats/get', payload: {} })) as { value: { total: number } }).value.total;
      }, null);
    for (let i = 0; i < N; i++) {
      await chat.goto(`https://chatgpt.com/c/${id(i)}`);
      await poll('the comparison', () => chat.evaluate(() => document.querySelectorAll('button.btn').length === 2, null));
      const shortSide = i % 2 ? 0 : 1;
      await chat.click({ css: 'button.btn', index: shortSide });
      // As a person would, stay on the page until the choice is stored (a click is acknowledged in milliseconds).
      await poll(`choice ${i + 1} stored`, async () => (await stored()) === i + 1);
    }

    const popup = await driver.newTab();
    await popup.goto(`${driver.extensionOrigin}/src/ui/popup/index.html`);
    const shown = await poll('learned axes in the popup', async () => {
      const axes = await popup.evaluate(shownAxes, null);
      return axes.length > 0 ? axes : undefined;
    });

    // The same judgments, learned here independently (capture stores the page's rendering as the same Markdown).
    const learner = createLearner({ halfLifeDays: null });
    for (let i = 0; i < N; i++) learner.addJudgment({ kind: 'pair', prompt: prompt(i), chosen: short(i), rejected: long(i) });
    learner.refit();
    const expected = topAxes(learner.profile(), 5).filter((a) => a.confidence >= 0.8).map((a) => ({ axis: a.axis, direction: a.direction }));
    expect(shown.length).toBeGreaterThan(0);
    // Directions must agree with what the choices say: shorter, fewer headings, less enthusiasm…
    expect(shown).toContainEqual({ axis: 'length', direction: 'less' });
    expect(new Set(shown.map((a) => a.axis))).toEqual(new Set(expected.map((a) => a.axis)));
    for (const a of shown) expect(a.direction, a.axis!).toBe(expected.find((e) => e.axis === a.axis)!.direction);
    await popup.close();
    await chat.close();
  });
});
