// Firefox driver: puppeteer-core over WebDriver BiDi against Debian's /usr/bin/firefox-esr, with the unpacked
// build installed as a temporary add-on under a fixed internal UUID (so its moz-extension:// origin is known).
// Blob downloads from the options page are saved silently into a private directory and read back from disk.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startRecordingProxy } from './proxy';
import { frontTracker, centre, navigateAndSettle, poll, snapshotBuild, type Download, type Driver, type LaunchOptions, type Tab, type Target } from './driver';

export const FIREFOX_PATH = process.env.ATTUNE_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_ADDON_ID = 'attune@attune-extension.org';
export const FIREFOX_ADDON_UUID = '5a1c7e0b-3d2f-4e8a-9b6c-0f4d2e8a7c13';

export async function launchFirefox(options: LaunchOptions): Promise<Driver> {
  const dist = await snapshotBuild(options.dist);
  const downloads = mkdtempSync(path.join(tmpdir(), 'attune-e2e-ffdl-'));
  // Page requests are intercepted over BiDi; the add-on's background page is not, so all traffic is also
  // proxied to a recorder: anything that reaches it left the browser.
  const proxy = await startRecordingProxy();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      // Save every download silently into `downloads`.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.manager.showWhenStarting': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/jsonl,application/x-ndjson,text/plain,application/octet-stream',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      // No network from the browser itself either (there is none here anyway).
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
    },
  });
  const installed = await browser.installExtension(dist);
  if (installed !== FIREFOX_ADDON_ID) throw new Error(`installed add-on id ${installed}, expected ${FIREFOX_ADDON_ID}`);
  const extensionOrigin = `moz-extension://${FIREFOX_ADDON_UUID}`;

  const outbound: string[] = [];
  const served: { url: string; type: string }[] = [];
  const isOwn = (url: string) => /^(moz-extension|data|blob|about|resource|chrome):/.test(url);

  async function open(): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      // (resourceType() is not available over BiDi.)
      const type = request.isNavigationRequest() ? 'document' : 'other';
      if (isOwn(url)) return void request.continue().catch(() => {});
      const answer = options.serve(new URL(url));
      if (answer) {
        served.push({ url, type });
        return void request.respond({ status: answer.status ?? 200, body: answer.body, contentType: answer.contentType }).catch(() => {});
      }
      outbound.push(`${request.method()} ${url} (${type})`);
      return void request.abort('blockedbyclient').catch(() => {});
    });
    return page;
  }

  return {
    name: 'firefox',
    extensionOrigin,
    build: dist,
    async newTab() {
      return firefoxTab(await open(), downloads);
    },
    outbound: () => [...outbound, ...proxy.seen().map((line) => `reached the network: ${line}`)],
    proxyTraffic: () => [...proxy.seen(), ...proxy.vendorTraffic()],
    served: () => [...served],
    async close() {
      await browser.close().catch(() => {});
      await proxy.close();
      rmSync(downloads, { recursive: true, force: true });
      rmSync(path.dirname(dist), { recursive: true, force: true });
    },
  };
}

const { toFront, forget } = frontTracker<Page>();

function firefoxTab(page: Page, downloads: string): Tab {
  /** One click and the file it saved. */
  async function saveOnce(target: Target): Promise<Download> {
    const before = new Set(readdirSync(downloads));
    await tab.click(target);
    const name = await poll(
      'the download to be saved',
      () => {
        const fresh = readdirSync(downloads).filter((f) => !before.has(f));
        if (fresh.length === 0 || fresh.some((f) => f.endsWith('.part'))) return undefined;
        if (fresh.length > 1) throw new Error(`several new downloads: ${fresh.join(', ')}`);
        return fresh[0];
      },
      { timeout: 20_000 },
    );
    // Firefox may create the final name (empty) before its .part file appears, then rename the .part over it:
    // wait until no .part exists and the size has held for half a second.
    const file = path.join(downloads, name);
    let size = -1;
    let steady = 0;
    await poll(
      'the download to settle',
      () => {
        if (readdirSync(downloads).some((f) => f.endsWith('.part'))) {
          steady = 0;
          return false;
        }
        const now = statSync(file).size;
        steady = now === size ? steady + 1 : 0;
        size = now;
        return steady >= 5;
      },
      { timeout: 20_000, interval: 100 },
    );
    return { name, text: readFileSync(file, 'utf8') };
  }

  const tab: Tab = {
    // A goto to a moz-extension:// page may never resolve over BiDi: start it and poll the document instead.
    async goto(url) {
      await navigateAndSettle(tab, () => void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }).catch(() => {}), (href) => href === url);
    },
    async reload() {
      await navigateAndSettle(tab, () => void page.evaluate(() => location.reload()).catch(() => {}), null);
    },
    async url() {
      return page.url();
    },
    evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      // puppeteer's generics cannot see through a generic argument type; the call is the same.
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
      // Puppeteer sends 'Enter' as WebDriver's \uE007, which Firefox treats as the keypad Enter (no button
      // activation); \uE006 is the main Return key a person presses. Single characters (' ') pass as they are.
      await page.keyboard.press((key === 'Enter' ? '\uE006' : key) as Parameters<Page['keyboard']['press']>[0]);
    },
    // A file caught mid-rename (see saveOnce) never settles: the click is then repeated, at most twice more.
    // The first attempt's file is still in the folder, so Firefox names the retry "name(1).ext": that suffix is the
    // browser's, not the page's, and is dropped.
    async download(target: Target): Promise<Download> {
      for (let attempt = 1; ; attempt++) {
        try {
          const file = await saveOnce(target);
          return attempt === 1 ? file : { ...file, name: file.name.replace(/\(\d+\)(?=\.[^.]+$)/, '') };
        } catch (error) {
          if (attempt >= 3 || !/download to settle/.test(String(error))) throw error;
        }
      }
    },
    async close() {
      forget(page);
      await page.close().catch(() => {});
    },
  };
  return tab;
}
