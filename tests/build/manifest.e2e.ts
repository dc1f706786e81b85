// Checks the built extensions (run after `npm run build`): least privilege, no exposed files, no network.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/sites/registry';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe.each(['chrome', 'firefox'])('%s build', (browser) => {
  const dir = `dist/${browser}`;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const sitePatterns = adapters.flatMap((a) => a.matches);

  it('is Manifest V3 with least privilege: only the assistant sites, no exposed resources', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions ?? []).toEqual(['unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(sitePatterns);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    for (const cs of manifest.content_scripts) {
      expect(cs.matches).toEqual(sitePatterns);
      expect(cs.all_frames ?? false).toBe(false);
      // Standalone bundles: a single self-contained file, no loader importing chunks from the extension.
      expect(cs.js).toHaveLength(1);
      expect(readFileSync(join(dir, cs.js[0]), 'utf8')).not.toMatch(/\bimport\s*\(|chrome\.runtime\.getURL|browser\.runtime\.getURL/);
    }
  });

  it('forbids network connections from extension pages by CSP', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/connect-src 'none'/);
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
  });

  it('ships no code that opens a network connection', () => {
    for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource|importScripts\(/);
    }
  });

  it(browser === 'firefox' ? 'declares its gecko id and that it collects no data' : 'carries no Firefox-only keys', () => {
    if (browser === 'firefox') {
      expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect(manifest.background.scripts).toHaveLength(1);
    } else {
      expect(manifest.browser_specific_settings).toBeUndefined();
      expect(typeof manifest.background.service_worker).toBe('string');
    }
  });
});
