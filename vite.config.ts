// One source tree, two targets: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { adapters } from './src/sites/registry';

type Browser = 'chrome' | 'firefox';

/** The manifest for one browser. Match patterns come from the adapters, so the registry is the one source. */
export function manifestFor(browser: Browser): ManifestV3Export {
  const matches = adapters.flatMap((a) => a.matches);
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  manifest.host_permissions = matches;
  manifest.content_scripts = manifest.content_scripts.map((cs) => ({ ...cs, matches }));
  if (browser === 'chrome') {
    delete (manifest as Partial<typeof manifest>).browser_specific_settings;
  } else {
    // Firefox MV3 runs the background as an event page.
    (manifest as Record<string, unknown>).background = { scripts: [baseManifest.background.service_worker], type: 'module' };
  }
  return manifest as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(browser), browser, contentScripts: { standaloneFiles: ['src/content/main.ts'] } }),
    ],
    // No modulepreload polyfill: it fetch()es, and Attune makes no network request at all.
    build: { modulePreload: { polyfill: false }, outDir: `dist/${browser}`, emptyOutDir: true, target: browser === 'chrome' ? 'chrome120' : 'firefox128', sourcemap: false },
  };
});
