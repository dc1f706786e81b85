// The browser-neutral surface the end-to-end scenarios are written against. Chromium (playwright-core) and
// Firefox (puppeteer-core over WebDriver BiDi) each implement it; a scenario never touches either library.
//
// Everything that must look like a person goes through real input: `click` moves the mouse to the element's
// centre and presses the button, `press` sends keys to whatever has focus. `evaluate` runs in the page's main
// world — the same place a hostile page script runs — so it doubles as the way to forge events.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * An element to act on. `css` is resolved in the document; with `shadow`, the rest of the path is resolved inside
 * the (open) shadow root of the element `css` found. `index` picks among several matches of `css` (default 0).
 */
export interface Target {
  css: string;
  index?: number;
  shadow?: string;
}

/** Answers a request for a fixture host; `null` means "not a fixture" (the harness records and aborts it). */
export type FixtureServer = (url: URL) => { body: string; contentType: string; status?: number } | null;

export interface Download {
  name: string;
  text: string;
}

export interface Tab {
  /** Navigates and waits until the new document is loaded (never relies on the browser's load event resolving). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn` in the page's main world. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A trusted mouse click at the centre of the target (scrolled into view first). */
  click(target: Target): Promise<void>;
  /** Trusted key presses to the focused element (e.g. 'Tab', 'Enter', ' '). */
  press(key: string): Promise<void>;
  /** Clicks the target and returns the file the page downloaded. */
  download(target: Target): Promise<Download>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** e.g. chrome-extension://<id> or moz-extension://<uuid> (no trailing slash). */
  readonly extensionOrigin: string;
  /** The private copy of the build the browser runs (removed on close). */
  readonly build: string;
  newTab(): Promise<Tab>;
  /**
   * Requests that were neither fixtures nor the extension's own files: every one of them was aborted. The
   * extension promises to make none, and the fixtures reference nothing external, so this must stay empty.
   */
  outbound(): string[];
  /** Everything that reached the recording proxy, the browser's own service traffic included (proves it is in use). */
  proxyTraffic(): string[];
  /** Every request the harness answered from fixtures (method, URL, resource type). */
  served(): { url: string; type: string }[];
  /**
   * Runs `fn` in the extension's background context, where the browser lets a test in (Chromium: the service
   * worker). Undefined where it does not (Firefox's background page is not reachable over BiDi).
   */
  backgroundEvaluate?: <R>(fn: () => R | Promise<R>) => Promise<R>;
  /**
   * Stops the extension's background (as the browser does when it is idle), where the browser lets a test do so
   * (Chromium: the service worker target is closed; the next message starts it again).
   */
  stopBackground?: () => Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked build directory (dist/chrome or dist/firefox). */
  dist: string;
  serve: FixtureServer;
}

// ---- helpers shared by both drivers -------------------------------------------------------------------------

/**
 * Brings a tab to the front before input, as a person's input goes to the front tab (Firefox, for one, only
 * activates buttons from keys in the focused tab). Remembers the last one so repeated input costs nothing.
 */
export function frontTracker<P extends { bringToFront(): Promise<void> }>() {
  let front: P | null = null;
  return {
    async toFront(page: P): Promise<void> {
      if (front === page) return;
      await page.bringToFront();
      front = page;
    },
    forget(page: P): void {
      if (front === page) front = null;
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a value other than undefined/false, or throws with the last observation. */
export async function poll<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeout = 15_000, interval = 50 }: { timeout?: number; interval?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    await sleep(interval);
  }
}

/**
 * Asserts that `check` stays true for `ms` (used for "nothing happens" claims, e.g. no control while streaming).
 * Bounded observation, not synchronisation: the positive path of every scenario waits on conditions instead.
 */
export async function holds(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!(await check())) throw new Error(`expected to hold for ${ms} ms: ${what}`);
    await sleep(50);
  }
}

/** In-page: the element a Target names, or null. Self-contained (it is serialised into the page). */
export function resolveTarget(t: Target): Element | null {
  const hosts = document.querySelectorAll(t.css);
  const host = hosts[t.index ?? 0] ?? null;
  if (!host || !t.shadow) return host;
  return host.shadowRoot?.querySelector(t.shadow) ?? null;
}

/** In-page: scrolls the target into view and returns its centre in viewport coordinates. */
export function centreOf(t: Target): { x: number; y: number } | string {
  const hosts = document.querySelectorAll(t.css);
  const host = hosts[t.index ?? 0] ?? null;
  const el = host && t.shadow ? (host.shadowRoot?.querySelector(t.shadow) ?? null) : host;
  if (!el) return `no element for ${JSON.stringify(t)} (${hosts.length} match css)`;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return `element for ${JSON.stringify(t)} has no size`;
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  // Hit test, as a person's click would: nothing may cover the target at its centre.
  const scope: Document | ShadowRoot = t.shadow && host?.shadowRoot ? host.shadowRoot : document;
  const hit = scope.elementFromPoint(x, y);
  if (!hit || !(hit === el || el.contains(hit))) return `element for ${JSON.stringify(t)} is covered at its centre`;
  return { x, y };
}

/**
 * Resolves the target's centre, polling until it exists, has a size, is not covered, and stopped moving (sections
 * above it may render late and shift it): two reads 60 ms apart must agree.
 */
export async function centre(tab: Pick<Tab, 'evaluate'>, target: Target): Promise<{ x: number; y: number }> {
  let last = '';
  return poll(`${JSON.stringify(target)} to be clickable`, async () => {
    const at = await tab.evaluate(centreOf, target);
    if (typeof at === 'string') throw new Error(at);
    const key = `${Math.round(at.x)},${Math.round(at.y)}`;
    const stable = key === last;
    last = key;
    return stable ? at : undefined;
  }, { interval: 60 });
}

/**
 * Navigation that works the same in both browsers: mark the current document, start the navigation, then poll
 * until a document without the mark, at the expected URL, has finished loading.
 */
export async function navigateAndSettle(tab: Pick<Tab, 'evaluate'>, start: () => void, expectUrl: ((href: string) => boolean) | null): Promise<void> {
  const mark = `m${Math.random().toString(36).slice(2)}`;
  await tab.evaluate((m) => {
    (window as unknown as Record<string, unknown>).__attuneNavMark = m;
  }, mark).catch(() => {});
  start();
  await poll('navigation to settle', async () => {
    const state = await tab.evaluate(
      () => ({ mark: (window as unknown as Record<string, unknown>).__attuneNavMark, ready: document.readyState, href: location.href }),
      null,
    );
    return state.mark !== mark && state.ready === 'complete' && (!expectUrl || expectUrl(state.href));
  }, { timeout: 20_000 });
}

/**
 * Copies a build to a private temp dir, so a concurrent `npm run build` cannot change it under a running browser.
 * If a build is being written right now (files missing mid-copy), waits and copies again.
 */
export async function snapshotBuild(dist: string): Promise<string> {
  const manifest = path.join(dist, 'manifest.json');
  // A build in progress empties the directory first: give it a minute before concluding there is none.
  await poll(`${manifest} (run \`npm run build\` before the e2e tests)`, () => existsSync(manifest), { timeout: 60_000, interval: 500 });
  return poll(`a complete build in ${dist}`, () => {
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'attune-e2e-build-')), path.basename(dist));
    try {
      cpSync(dist, copy, { recursive: true });
      const m = JSON.parse(readFileSync(path.join(copy, 'manifest.json'), 'utf8')) as {
        content_scripts?: { js?: string[] }[];
        background?: { service_worker?: string; scripts?: string[] };
        options_ui?: { page?: string };
        action?: { default_popup?: string };
      };
      const files = [
        ...(m.content_scripts ?? []).flatMap((c) => c.js ?? []),
        ...(m.background?.service_worker ? [m.background.service_worker] : []),
        ...(m.background?.scripts ?? []),
        ...(m.options_ui?.page ? [m.options_ui.page] : []),
        ...(m.action?.default_popup ? [m.action.default_popup] : []),
      ];
      const missing = files.filter((f) => !existsSync(path.join(copy, f)));
      if (missing.length > 0) throw new Error(`build incomplete, missing ${missing.join(', ')}`);
      return copy;
    } catch (error) {
      rmSync(path.dirname(copy), { recursive: true, force: true });
      throw error;
    }
  }, { timeout: 60_000, interval: 1000 });
}
