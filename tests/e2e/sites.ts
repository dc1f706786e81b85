// Shared by the per-site end-to-end tests (claude, gemini, lmarena, versions): serves the saved pages of
// src/sites/fixtures/ at the sites' real URLs, each with a few lines of page behaviour (what the site's own code
// does on a click), and reads what the extension shows and stores. Built on the shared harness (./harness).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { poll, sleep, type Driver, type FixtureServer, type Tab, type Target } from './harness/driver';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const siteFixtures = path.join(root, 'src/sites/fixtures');

export interface SitePage {
  /** The page's real URL (https, canonical: exactly what the tab will show). */
  url: string;
  /** A file in src/sites/fixtures/. */
  file: string;
  /** Page behaviour: a classic script run at the end of <body> in the page's own world. */
  script?: string;
}

const notFound = '<!doctype html><html><head><title>404</title></head><body><main><p>Not found (fixture server)</p></main></body></html>';

/** Answers each page's URL with its fixture; other paths on the same hosts get a 404 page; anything else is not ours. */
export function serveSites(pages: readonly SitePage[]): FixtureServer {
  const byUrl = new Map(pages.map((p) => [new URL(p.url).href, p]));
  const hosts = new Set(pages.map((p) => new URL(p.url).hostname));
  return (u) => {
    if (u.protocol !== 'https:' || !hosts.has(u.hostname)) return null;
    const page = byUrl.get(u.href);
    if (!page) return { status: 404, body: notFound, contentType: 'text/html; charset=utf-8' };
    const html = readFileSync(path.join(siteFixtures, page.file), 'utf8');
    if (!html.includes('</body>')) throw new Error(`${page.file} has no </body>`);
    // `</` is escaped so nothing in the behaviour can close the script element early.
    const script = page.script ? `<script>\n${page.script.replace(/<\//g, '<\\/')}\n</script>\n` : '';
    return { body: html.replace('</body>', `${script}</body>`), contentType: 'text/html; charset=utf-8' };
  };
}

export function browsersFor(serve: FixtureServer) {
  return [
    { name: 'chromium', launch: () => launchChromium({ dist: path.join(root, 'dist/chrome'), serve }) },
    { name: 'firefox', launch: () => launchFirefox({ dist: path.join(root, 'dist/firefox'), serve }) },
  ] as const;
}

export const RATING = '[data-attune="rating"]';
export const rateUp = (index: number): Target => ({ css: RATING, index, shadow: '[data-attune="rate-up"]' });
export const rateDown = (index: number): Target => ({ css: RATING, index, shadow: '[data-attune="rate-down"]' });
export type Shown = 'up' | 'down' | 'none';

/** In-page: what every rating control shows, in document order. */
function readControls(): string[] {
  return Array.from(document.querySelectorAll('[data-attune="rating"]')).map((host) => {
    const up = host.shadowRoot?.querySelector('[data-attune="rate-up"]')?.getAttribute('aria-pressed');
    const down = host.shadowRoot?.querySelector('[data-attune="rate-down"]')?.getAttribute('aria-pressed');
    return up === 'true' && down === 'false' ? 'up' : up === 'false' && down === 'true' ? 'down' : up === 'false' && down === 'false' ? 'none' : 'invalid';
  });
}

/** Waits until the page shows exactly these controls, in document order. */
export async function expectControls(tab: Tab, expected: Shown[], what: string): Promise<void> {
  try {
    await poll(what, async () => JSON.stringify(await tab.evaluate(readControls, null)) === JSON.stringify(expected), { timeout: 15_000 });
  } catch {
    expect(await tab.evaluate(readControls, null), what).toEqual(expected);
  }
}

/** Parses an exported JSONL file strictly (one object per line, every line terminated), checks each line's ISO
 * time stamp and returns the lines without it. */
export function parseExportJsonl(text: string): Record<string, unknown>[] {
  if (text === '') return [];
  expect(text.endsWith('\n'), 'JSONL ends with a newline').toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const { at, ...row } = JSON.parse(line) as Record<string, unknown>;
      expect(typeof at === 'string' && !Number.isNaN(Date.parse(at)), `"at" is an ISO time in ${line}`).toBe(true);
      return row;
    });
}

/** The extension's pages and a tab for the site, in one fresh browser profile. */
export class Session {
  driver!: Driver;
  chat!: Tab;
  options!: Tab;
  optionsUrl = '';

  async open(launch: () => Promise<Driver>): Promise<void> {
    this.driver = await launch();
    this.optionsUrl = `${this.driver.extensionOrigin}/src/ui/options/index.html`;
    this.chat = await this.driver.newTab();
    this.options = await this.driver.newTab();
  }

  async close(): Promise<void> {
    await this.driver?.close();
  }

  /** The total shown on the options page, once loaded. */
  async shownCount(): Promise<number> {
    const text = await poll('the judgment count to load', async () => {
      const t = await this.options.evaluate(() => document.querySelector('[data-attune="judgment-count"]')?.textContent ?? null, null);
      return t !== null && t !== '…' ? t : undefined;
    });
    expect(text).toMatch(/^\d+$/);
    return Number(text);
  }

  /** Reloads the options page until it shows `n` judgments (writes are asynchronous); fails if it never does. */
  async waitForCount(n: number): Promise<void> {
    let last = -1;
    try {
      await poll(`the options page to show ${n} judgments`, async () => {
        await this.options.goto(this.optionsUrl);
        last = await this.shownCount();
        return last === n;
      }, { timeout: 20_000, interval: 100 });
    } catch {
      expect(last, 'judgment count on the options page').toBe(n);
    }
  }

  /** Downloads an export from the options page and parses its JSONL lines (without the time stamps). */
  async exported(which: 'export-kto' | 'export-trl'): Promise<Record<string, unknown>[]> {
    let text: string;
    // The driver already repeats a click whose Firefox file was caught mid-rename; if no download arrives at all,
    // reload the options page and ask again (exports are idempotent, at most twice more).
    for (let attempt = 1; ; attempt++) {
      await this.options.goto(this.optionsUrl);
      await this.shownCount(); // the page has loaded its data and settled
      try {
        ({ text } = await this.options.download({ css: `[data-attune="${which}"]` }));
        break;
      } catch (error) {
        if (attempt < 3) continue;
        const status = await this.options.evaluate(() => document.querySelector('[data-attune$="-status"]')?.textContent ?? '(no status shown)', null);
        throw new Error(`${which} produced no download: ${status}`, { cause: error });
      }
    }
    return parseExportJsonl(text);
  }

  /**
   * On a page that streams its answer until `window.__finishStreaming()` (set by the page's fixture script): no
   * control while it streams, one once it finished; rating it down makes `count` judgments in all.
   */
  async rateOnceStreamingFinishes(url: string, count: number): Promise<void> {
    await this.chat.goto(url);
    await sleep(600);
    await expectControls(this.chat, [], 'no control while streaming');
    await this.chat.evaluate(() => (window as unknown as { __finishStreaming(): void }).__finishStreaming(), null);
    await expectControls(this.chat, ['none'], 'a control once finished');
    await this.chat.click(rateDown(0));
    await this.waitForCount(count);
  }

  /** The page shows the stored ratings after navigating to it and again after a reload. */
  async expectStoredAcrossReload(url: string, shown: Shown[]): Promise<void> {
    await this.chat.goto(url);
    await expectControls(this.chat, shown, 'stored state after navigation');
    await this.chat.reload();
    await expectControls(this.chat, shown, 'stored state after reload');
  }

  /** Nothing went to the network: every request was a fixture or the extension's own file. */
  expectNoOutbound(): void {
    expect(this.driver.outbound(), 'requests that left the fixtures').toEqual([]);
  }
}

export const sortRows = (rows: object[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
