// Every site adapter, in one list. Adding a site: one file in src/sites/, one line here, fixtures, README.
import type { SiteAdapter } from './adapter';
import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { gemini } from './gemini';
import { lmarena } from './lmarena';

export const adapters: readonly SiteAdapter[] = [chatgpt, claude, gemini, lmarena];

export function adapterFor(href: string): SiteAdapter | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return adapters.find((a) => a.claims(url)) ?? null;
}
