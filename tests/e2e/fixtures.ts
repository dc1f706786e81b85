// Serves the saved ChatGPT pages (src/sites/fixtures/) for https://chatgpt.com/c/<uuid> URLs, each with the
// page-behaviours script (tests/e2e/fixtures/page-behaviours.js) injected so the page moves like the real app.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureServer } from './harness/driver';

const here = path.dirname(fileURLToPath(import.meta.url));
const siteFixtures = path.resolve(here, '../../src/sites/fixtures');
const read = (file: string) => readFileSync(file, 'utf8');

export const ORIGIN = 'https://chatgpt.com';
/** The legacy host, also matched by the extension; it serves the same pages. */
export const LEGACY_ORIGIN = 'https://chat.openai.com';

/** Conversation ids (the path after /c/) and what each one serves. */
export const conv = {
  /** Layout A, "Sorting a list in Python" (the saved page's own id, also in its sidebar). */
  sorting: '6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
  /** Layout A, "Tea recommendations": reached from the sorting page's sidebar by SPA navigation. */
  tea: '7760e3d2-5c7f-8000-8f5b-9d1e6a2b3c4d',
  layoutB: '8870f4e3-6d8a-8000-a06c-ae2f7b3c4d5e',
  comparison: '9980a5f4-7e9b-8000-b17d-bf3a8c4d5e6f',
  streaming: 'aa90b6a5-8fac-8000-c28e-c04b9d5e6f70',
} as const;

export const url = (id: string) => `${ORIGIN}/c/${id}`;

/** The streaming response's final HTML, set by finishStreaming(). */
export const STREAMING_FINAL_HTML = '<p>A monad is a way to chain computations that carry context, using <code>bind</code> to pass each result on.</p>';

interface Page {
  file: string;
  config: Record<string, unknown>;
}

const teaThread = read(path.join(here, 'fixtures/chatgpt-tea-thread.html')).replace(/^<!--[\s\S]*?-->\s*/, '');
const titles = { [conv.sorting]: 'Sorting a list in Python', [conv.tea]: 'Tea recommendations' };
const layoutA: Page = {
  file: 'chatgpt-layout-a.html',
  config: { conversationId: conv.sorting, threadSelector: 'main > [role="presentation"]', threads: { [conv.tea]: teaThread }, titles },
};

const pages: Record<string, Page> = {
  [conv.sorting]: layoutA,
  [conv.tea]: layoutA,
  [conv.layoutB]: { file: 'chatgpt-layout-b.html', config: { conversationId: conv.layoutB } },
  [conv.comparison]: { file: 'chatgpt-comparison.html', config: { conversationId: conv.comparison } },
  [conv.streaming]: { file: 'chatgpt-layout-a-streaming.html', config: { conversationId: conv.streaming, streamingFinal: STREAMING_FINAL_HTML } },
};

const behaviours = read(path.join(here, 'fixtures/page-behaviours.js'));

/** The fixture document for one page: the saved HTML with config + behaviours appended to <body>. */
export function fixtureHtml(page: Page): string {
  const html = read(path.join(siteFixtures, page.file));
  // `<` is escaped so nothing in the config can close the script element.
  const config = JSON.stringify(page.config).replace(/</g, '\\u003c');
  const script = `<script>window.__ATTUNE_FIXTURE__ = ${config};</script>\n<script>\n${behaviours}\n</script>\n`;
  if (!html.includes('</body>')) throw new Error(`${page.file} has no </body>`);
  return html.replace('</body>', `${script}</body>`);
}

const notFound = '<!doctype html><html><head><title>404</title></head><body><main><p>Not found (fixture server)</p></main></body></html>';

/** Answers https://chatgpt.com/c/<known id> (or chat.openai.com) with its fixture; other paths get a 404 page. */
export const serveChatGPT: FixtureServer = (u) => {
  if (u.protocol !== 'https:' || (u.hostname !== 'chatgpt.com' && u.hostname !== 'chat.openai.com')) return null;
  const id = /^\/c\/([0-9a-f-]+)$/.exec(u.pathname)?.[1];
  const page = id ? pages[id] : undefined;
  if (!page) return { status: 404, body: notFound, contentType: 'text/html; charset=utf-8' };
  return { body: fixtureHtml(page), contentType: 'text/html; charset=utf-8' };
};
