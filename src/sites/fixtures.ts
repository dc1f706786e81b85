// Loads saved-HTML fixtures into a DOM for adapter tests (Node only).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// Paths, not URL objects: under happy-dom the global URL is the DOM's, which node:fs does not accept.
const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureNames(): string[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.html'));
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/** Replaces the current test document with a fixture, at the given page URL. */
export function loadFixture(name: string, url: string): Document {
  window.happyDOM?.setURL(url);
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document;
}

declare global {
  interface Window {
    happyDOM?: { setURL(url: string): void };
  }
}

/** Every selector variant documented, valid and unique; every label list non-empty and unique (case-insensitive). */
export function checkSelectorData(selectors: Record<string, readonly { css: string; note: string }[]>, labels: Record<string, readonly string[]>): void {
  for (const [name, variants] of Object.entries(selectors)) {
    expect(variants.length, name).toBeGreaterThan(0);
    for (const v of variants) {
      expect(v.note.length, `${name}: ${v.css}`).toBeGreaterThan(3);
      expect(() => document.querySelector(v.css), v.css).not.toThrow();
    }
    expect(new Set(variants.map((v) => v.css)).size, name).toBe(variants.length);
  }
  for (const [name, list] of Object.entries(labels)) {
    expect(list.length, name).toBeGreaterThan(0);
    expect(new Set(list.map((l) => l.toLowerCase())).size, name).toBe(list.length);
  }
}
