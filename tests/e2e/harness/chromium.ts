// Chromium driver: playwright-core against Debian's /usr/bin/chromium with the unpacked build loaded.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startRecordingProxy } from './proxy';
import { frontTracker, centre, navigateAndSettle, poll, snapshotBuild, type Download, type Driver, type LaunchOptions, type Tab, type Target } from './driver';

export const CHROMIUM_PATH = process.env.ATTUNE_CHROMIUM ?? '/usr/bin/chromium';

/** Headless Chromium with one unpacked extension and none of Chromium's own background traffic. */
export function extensionArgs(dist: string): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export async function launchChromium(options: LaunchOptions): Promise<Driver> {
  const dist = await snapshotBuild(options.dist);
  const profile = mkdtempSync(path.join(tmpdir(), 'attune-e2e-chromium-'));
  // No speculative connections (they would open sockets to the fixture host that the routing never sees).
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));
  // Whatever escapes the routing below (the extension's service worker is not routed) ends up here.
  const proxy = await startRecordingProxy();
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
    args: [...extensionArgs(dist), `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
  });

  const outbound: string[] = [];
  const served: { url: string; type: string }[] = [];
  const isOwn = (url: string) => /^(chrome-extension|data|blob|about|chrome):/.test(url);

  // Every request of every page and worker in the context is routed: fixtures are answered, the extension's
  // own files pass, anything else is recorded and aborted.
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (isOwn(url)) return route.continue();
    const answer = options.serve(new URL(url));
    if (answer) {
      served.push({ url, type: request.resourceType() });
      return route.fulfill({ status: answer.status ?? 200, body: answer.body, contentType: answer.contentType });
    }
    outbound.push(`${request.method()} ${url} (${request.resourceType()})`);
    return route.abort('blockedbyclient');
  });
  // Belt and braces: requests the router might not see (e.g. from the extension's service worker) still show up
  // as context events.
  context.on('request', (request) => {
    const url = request.url();
    if (isOwn(url) || options.serve(new URL(url))) return;
    const line = `${request.method()} ${url} (${request.resourceType()})`;
    if (!outbound.includes(line)) outbound.push(line);
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // (Node's URL gives chrome-extension: URLs an opaque origin, "null": build it from the host.)
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;

  // The persistent context opens with one blank tab; keep it (closing the last tab would end the browser).
  return {
    name: 'chromium',
    extensionOrigin,
    build: dist,
    async newTab() {
      return chromiumTab(await context.newPage());
    },
    outbound: () => [...outbound, ...proxy.seen().map((line) => `reached the network: ${line}`)],
    proxyTraffic: () => [...proxy.seen(), ...proxy.vendorTraffic()],
    served: () => [...served],
    async backgroundEvaluate<R>(fn: () => R | Promise<R>): Promise<R> {
      // The worker may have been stopped and started again: take the newest one.
      const current = context.serviceWorkers().filter((w) => w.url().startsWith(extensionOrigin)).at(-1) ?? worker;
      return (await current.evaluate(fn as () => unknown)) as R;
    },
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        const { targetInfos } = await cdp.send('Target.getTargets');
        const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`${extensionOrigin}/`));
        if (workers.length === 0) return; // already asleep
        for (const w of workers) await cdp.send('Target.closeTarget', { targetId: w.targetId });
        await poll('the service worker to stop', async () => {
          const { targetInfos: now } = await cdp.send('Target.getTargets');
          return !now.some((t) => t.type === 'service_worker' && t.url.startsWith(`${extensionOrigin}/`));
        });
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    async close() {
      await context.close().catch(() => {});
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(path.dirname(dist), { recursive: true, force: true });
    },
  };
}

const { toFront, forget } = frontTracker<Page>();

function chromiumTab(page: Page): Tab {
  const tab: Tab = {
    async goto(url) {
      await navigateAndSettle(tab, () => void page.goto(url, { waitUntil: 'commit' }).catch(() => {}), (href) => href === url);
    },
    async reload() {
      await navigateAndSettle(tab, () => void page.reload({ waitUntil: 'commit' }).catch(() => {}), null);
    },
    async url() {
      return page.url();
    },
    evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      // playwright's generics cannot see through a generic argument type; the call is the same.
      const run = page.evaluate.bind(page) as (f: (a: unknown) => unknown, a: unknown) => Promise<unknown>;
      return run(fn as (a: unknown) => unknown, arg) as Promise<R>;
    },
    async click(target: Target) {
      await toFront(page);
      const { x, y } = await centre(tab, target);
      await page.mouse.click(x, y);
    },
    async press(key) {
      await toFront(page);
      await page.keyboard.press(key === ' ' ? 'Space' : key);
    },
    async download(target: Target): Promise<Download> {
      const waiting = page.waitForEvent('download', { timeout: 20_000 });
      await tab.click(target);
      const download = await waiting;
      const file = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
    },
    async close() {
      forget(page);
      await page.close().catch(() => {});
    },
  };
  return tab;
}
