// Structure test: every adapter file is registered, claims exactly its example URLs, has fixtures for every
// layout it claims, and is listed in the README.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters, adapterFor } from './registry';
import { fixtureNames } from './fixtures';

const NOT_ADAPTERS = new Set(['adapter.ts', 'registry.ts', 'dom.ts', 'fixtures.ts']);
const adapterFiles = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f));

describe('site registry', () => {
  it('registers every adapter file, one adapter per file, with unique ids', () => {
    expect(adapterFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(adapters.map((a) => a.id).sort());
    expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s claims its example URLs and rejects the others', (_id, adapter) => {
    expect(adapter.examples.claims.length).toBeGreaterThan(0);
    expect(adapter.examples.rejects.length).toBeGreaterThan(0);
    for (const url of adapter.examples.claims) expect(adapterFor(url)?.id, url).toBe(adapter.id);
    for (const url of adapter.examples.rejects) expect(adapterFor(url)?.id, url).not.toBe(adapter.id);
  });

  it('never lets two adapters claim the same URL', () => {
    const all = adapters.flatMap((a) => [...a.examples.claims, ...a.examples.rejects]);
    for (const url of all) {
      const claimants = adapters.filter((a) => a.claims(new URL(url)));
      expect(claimants.length, url).toBeLessThanOrEqual(1);
    }
  });

  it('keeps manifest match patterns consistent with what the adapter claims', () => {
    for (const adapter of adapters) {
      for (const url of adapter.examples.claims) {
        const matched = adapter.matches.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url));
        expect(matched, `${adapter.id}: ${url} is claimed but no match pattern injects the content script there`).toBe(true);
      }
    }
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s has a saved-HTML fixture for every layout it claims', (_id, adapter) => {
    const names = fixtureNames();
    for (const layout of adapter.layouts) expect(names.some((n) => n.startsWith(`${adapter.id}-${layout}`)), `${adapter.id}-${layout}*.html`).toBe(true);
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s is listed in the README', (_id, adapter) => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`| ${adapter.name} |`);
  });
});
