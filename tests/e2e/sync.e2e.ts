// Open tabs stay truthful: a rating made in one tab shows in another tab of the same conversation without a
// reload, and after "delete all" no tab shows a deleted rating (its next click must store, not clear).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poll, type Driver, type Tab, type Target } from './harness/driver';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { conv, serveChatGPT, url } from './fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const browsers = [
  { name: 'chromium', launch: () => launchChromium({ dist: path.join(root, 'dist/chrome'), serve: serveChatGPT }) },
  { name: 'firefox', launch: () => launchFirefox({ dist: path.join(root, 'dist/firefox'), serve: serveChatGPT }) },
] as const;

const UP: Target = { css: '[data-attune="rating"]', index: 0, shadow: '[data-attune="rate-up"]' };
const pressed = (tab: Tab) =>
  tab.evaluate(() => document.querySelector('[data-attune="rating"]')?.shadowRoot?.querySelector('[data-attune="rate-up"]')?.getAttribute('aria-pressed') ?? null, null);
const total = (tab: Tab) =>
  tab.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return ((await api.runtime.sendMessage({ type: 'stats/get', payload: {} })) as { value: { total: number } }).value.total;
  }, null);

describe.each(browsers)('open tabs in $name', ({ launch }) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launch();
  });
  afterAll(async () => driver?.close());

  it('show ratings made elsewhere, and forget deleted ones', async () => {
    const a = await driver.newTab();
    const b = await driver.newTab();
    const options = await driver.newTab();
    await options.goto(`${driver.extensionOrigin}/src/ui/options/index.html`);
    await a.goto(url(conv.sorting));
    await b.goto(url(conv.sorting));
    await poll('controls in tab B', async () => (await pressed(b)) === 'false');
    await a.click(UP);
    await poll('the rating stored', async () => (await total(options)) === 1);
    await poll('tab B shows the rating made in tab A', async () => (await pressed(b)) === 'true', { timeout: 10_000 });

    await options.click({ css: '[data-attune="delete-all"]' });
    await options.click({ css: '[data-attune="delete-confirm"]' });
    await poll('everything deleted', async () => (await total(options)) === 0);
    await poll('tab A forgets the deleted rating', async () => (await pressed(a)) === 'false', { timeout: 10_000 });
    await poll('tab B too', async () => (await pressed(b)) === 'false', { timeout: 10_000 });

    // The next click stores a rating again (it would have cleared a stale one).
    await a.click(UP);
    await poll('stored again', async () => (await total(options)) === 1);
    expect(await pressed(a)).toBe('true');
  });
});
