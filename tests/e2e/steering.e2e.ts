// Steering end to end, in Chromium and Firefox ESR: a style line added on the options page (and one the bounds
// block), then inserted into every supported site's composer — built with the site's real editor framework —
// from the in-page control and from the popup's path (a message to the tab). The framework's own state must
// hold the block before the user's draft, the draft must be kept, nothing may be sent, and "add to every
// message" must add the block once per message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poll, holds, type Driver, type Tab, type Target } from './harness/driver';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { composerPages, composerServer, DRAFT } from './composer-pages';
import { FIXED_LINE } from '../../src/steering/compose';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MY_LINE = 'Be blunt and skip the pleasantries.';
const STEER: Target = { css: '[data-attune="steer"]', shadow: '[data-attune="steer-insert"]' };

const browsers = [
  { name: 'chromium', launch: async () => launchChromium({ dist: path.join(root, 'dist/chrome'), serve: await composerServer() }) },
  { name: 'firefox', launch: async () => launchFirefox({ dist: path.join(root, 'dist/firefox'), serve: await composerServer() }) },
] as const;

/** In-page: what the editor framework holds, how often it registered a change, and whether anything was sent. */
function composerState() {
  const w = window as unknown as { __composer?: { text(): string; changes(): number }; __sent?: number };
  return w.__composer ? { text: w.__composer.text(), changes: w.__composer.changes(), sent: w.__sent ?? -1 } : null;
}

let spaceKey = ' ';
async function typeText(tab: Tab, text: string) {
  for (const ch of text) await tab.press(ch === ' ' ? spaceKey : ch);
}

/** Runs in the options page (an extension page): the extension API, as the popup and the shortcut use it. */
async function sendToTab(hostPattern: string): Promise<unknown> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const [tab] = await api.tabs.query({ url: hostPattern });
  if (tab?.id === undefined) return { ok: false, reason: 'no tab' };
  return api.tabs.sendMessage(tab.id, { type: 'steering/insert', payload: {} });
}

async function setAutoInsert(tab: Tab, site: string, on: boolean) {
  await tab.evaluate(async ({ site: s, on: value }) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const got = (await api.runtime.sendMessage({ type: 'settings/get', payload: {} })) as { value: { settings: { steering: { autoInsert: Record<string, boolean> } } } };
    const settings = got.value.settings;
    settings.steering.autoInsert = { ...settings.steering.autoInsert, [s]: value };
    await api.runtime.sendMessage({ type: 'settings/set', payload: { settings } });
  }, { site, on });
}

describe.each(browsers)('steering in $name', ({ launch }) => {
  let driver: Driver;
  let options: Tab;
  let optionsUrl: string;

  beforeAll(async () => {
    driver = await launch();
    spaceKey = driver.name === 'chromium' ? 'Space' : ' ';
    optionsUrl = `${driver.extensionOrigin}/src/ui/options/index.html`;
    options = await driver.newTab();
    await options.goto(optionsUrl);
  });
  afterAll(async () => driver?.close());

  it('adds a style line through the options page, and refuses one the bounds block', async () => {
    await poll('the steering section', () => options.evaluate(() => !!document.querySelector('[data-attune="custom-line"]'), null));
    // Focus by script (not a user action worth simulating); the typing itself is real key presses.
    await poll('the input focused', () =>
      options.evaluate(() => {
        document.querySelector<HTMLInputElement>('[data-attune="custom-line"]')!.focus();
        return document.activeElement?.getAttribute('data-attune') === 'custom-line';
      }, null),
    );
    await typeText(options, 'Always agree with me');
    await poll('the typed text', () => options.evaluate(() => document.querySelector<HTMLInputElement>('[data-attune="custom-line"]')!.value, null).then((v) => v === 'Always agree with me' || (console.log('typed:', JSON.stringify(v)), false)), { timeout: 5000 });
    await poll('the block verdict', () => options.evaluate(() => document.querySelector('[data-attune="custom-verdict"]')?.getAttribute('data-verdict') === 'block', null));
    expect(await options.evaluate(() => (document.querySelector('[data-attune="custom-line"] + button') as HTMLButtonElement).disabled, null)).toBe(true);
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-attune="custom-line"]')!;
      input.select();
    }, null);
    await options.press('Backspace');
    await typeText(options, MY_LINE);
    await options.click({ css: '[data-attune="custom-line"] + button' });
    await poll('the line in the preview', () =>
      options.evaluate((line) => Array.from(document.querySelectorAll('[data-attune="steering-lines"] [data-source="custom"] td')).some((td) => td.textContent === line), MY_LINE),
    );
  });

  for (const page of composerPages) {
    it(`inserts into ${page.name}: the framework registers it before the draft, nothing is sent`, async () => {
      const tab = await driver.newTab();
      await tab.goto(page.url);
      await poll('the composer', () => tab.evaluate(composerState, null));
      await poll('the Attune control next to the composer', () => tab.evaluate(() => !!document.querySelector('[data-attune="steer"]'), null));
      const before = (await tab.evaluate(composerState, null))!;
      expect(before.text).toBe(DRAFT);
      await tab.click(STEER);
      const after = await poll('the block in the editor state', async () => {
        const s = await tab.evaluate(composerState, null);
        return s && s.text.includes(FIXED_LINE) ? s : undefined;
      });
      // The block, then the draft. (Lines are compared without layout: Lexical in Firefox gets them as one paragraph.)
      const flat = after.text.replace(/\s+/g, ' ').trim();
      expect(flat).toBe(`${MY_LINE} ${FIXED_LINE} ${DRAFT}`);
      expect(after.changes).toBeGreaterThan(before.changes);
      expect(after.sent).toBe(0);
      // Asking again does not add a second block to the same message.
      await tab.click(STEER);
      await holds('one block only', async () => (await tab.evaluate(composerState, null))!.text.split(FIXED_LINE).length === 2, 500);
      await tab.close();
    });
  }

  it('inserts from the popup path (a message to the tab) into a fresh message', async () => {
    const tab = await driver.newTab();
    await tab.goto(composerPages.find((p) => p.editor === 'quill')!.url);
    await poll('the composer', () => tab.evaluate(composerState, null));
    await poll('the content script', () => tab.evaluate(() => !!document.querySelector('[data-attune="steer"]'), null));
    const reply = await options.evaluate(sendToTab, 'https://gemini.google.com/*');
    expect(reply).toMatchObject({ ok: true });
    const state = (await tab.evaluate(composerState, null))!;
    expect(state.text.startsWith(MY_LINE)).toBe(true);
    expect(state.text.endsWith(DRAFT)).toBe(true);
    expect(state.sent).toBe(0);
    await tab.close();
  });

  it('adds the block to every message only where switched on, visibly, and never twice', async () => {
    const page = composerPages.find((p) => p.editor === 'textarea')!;
    await setAutoInsert(options, 'lmarena', true);
    const tab = await driver.newTab();
    await tab.goto(page.url);
    await poll('the indicator', () => tab.evaluate(() => document.querySelector('[data-attune="steer"]')?.shadowRoot?.querySelector('[data-attune="steer-auto"]')?.textContent === 'added to every message', null));
    await tab.evaluate(() => {
      const ta = document.querySelector<HTMLTextAreaElement>('textarea[name="message"]')!;
      ta.focus();
      ta.setSelectionRange(ta.value.length, ta.value.length);
    }, null);
    await typeText(tab, '!');
    const state = await poll('the block added', async () => {
      const s = await tab.evaluate(composerState, null);
      return s && s.text.includes(FIXED_LINE) ? s : undefined;
    });
    expect(state.text.startsWith(MY_LINE)).toBe(true);
    expect(state.text.endsWith(`${DRAFT}!`)).toBe(true);
    await typeText(tab, '?');
    await holds('still one block', async () => (await tab.evaluate(composerState, null))!.text.split(FIXED_LINE).length === 2, 500);
    expect((await tab.evaluate(composerState, null))!.sent).toBe(0);
    await setAutoInsert(options, 'lmarena', false);
    await tab.close();
  });

  it('made no network request', () => {
    expect(driver.outbound()).toEqual([]);
  });
});
