// `npm start` (after the build): opens Chromium with Attune loaded, or explains how to load it by hand.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const chrome = resolve('dist/chrome');
const firefox = resolve('dist/firefox');
const manual = `
Attune is built:
  Chrome/Chromium/Edge: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${chrome}
  Firefox:              open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${join(firefox, 'manifest.json')}
`;

const candidates = [process.env.CHROME_PATH, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].filter(Boolean);
const browser = candidates.find((c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0);
const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (!browser || !hasDisplay || process.env.CI) {
  console.log(manual);
  if (!browser) console.log('(No Chromium found on PATH; set CHROME_PATH to launch one automatically.)');
  process.exit(0);
}
const profile = mkdtempSync(join(tmpdir(), 'attune-profile-'));
console.log(`Opening ${browser} with Attune loaded (fresh profile ${profile}).${manual}`);
spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${chrome}`, `--load-extension=${chrome}`, '--no-first-run', 'https://chatgpt.com/'], {
  stdio: 'ignore',
  detached: true,
}).unref();
