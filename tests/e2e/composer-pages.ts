// Composer fixture pages: each supported site's message box, built with the real editor framework the site uses
// (ProseMirror, Quill, a controlled textarea; Lexical as the hardest case), served at the site's real URL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { FixtureServer } from './harness/driver';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ComposerPage {
  name: string;
  url: string;
  editor: 'prosemirror' | 'quill' | 'lexical' | 'textarea';
  /** Where the editor is mounted: ProseMirror and Lexical make this element the editable one; Quill mounts inside. */
  selector: string;
  /** The site's composer markup around the mount point. */
  markup: string;
}

export const DRAFT = 'my draft question about sorting';

export const composerPages: ComposerPage[] = [
  {
    name: 'ChatGPT (ProseMirror)',
    url: 'https://chatgpt.com/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
    editor: 'prosemirror',
    selector: '#prompt-textarea',
    markup: '<form><div id="prompt-textarea"></div><button type="button" data-send data-testid="send-button">Send</button></form>',
  },
  {
    name: 'ChatGPT 2026 composer (Lexical-style rich editor)',
    url: 'https://chatgpt.com/c/7760e3d2-5c7f-8000-8f5b-9d1e6a2b3c4d',
    editor: 'lexical',
    selector: '[data-composer-markdown]',
    markup: '<form><div data-composer-markdown contenteditable="true" role="textbox"></div><button type="button" data-send>Send</button></form>',
  },
  {
    name: 'Claude (ProseMirror)',
    url: 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b',
    editor: 'prosemirror',
    selector: '[data-testid="chat-input"]',
    markup: '<fieldset><div data-testid="chat-input"></div><button type="button" data-send aria-label="Send message">↑</button></fieldset>',
  },
  {
    name: 'Gemini (Quill)',
    url: 'https://gemini.google.com/app/3f2a9c1d8e7b6a50',
    editor: 'quill',
    selector: 'rich-textarea > div',
    markup: '<rich-textarea><div></div></rich-textarea><button type="button" data-send aria-label="Send message">Send</button>',
  },
  {
    name: 'LMArena (textarea)',
    url: 'https://lmarena.ai/c/8d3f2a10-4b5c-4d6e-9f70-1a2b3c4d5e6f',
    editor: 'textarea',
    selector: 'textarea[name="message"]',
    markup: '<form><textarea name="message" placeholder="Ask anything"></textarea><button type="button" data-send>Send</button></form>',
  },
];

let bundle: Promise<string> | null = null;

/** The editors bundled into one browser script (built once per test run). */
export function editorBundle(): Promise<string> {
  bundle ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(here, 'editors/index.ts'), formats: ['iife'], name: 'composerFixture' },
    },
  }).then((out) => {
    const outputs = Array.isArray(out) ? out : [out];
    for (const o of outputs) {
      if ('output' in o) {
        const chunk = o.output.find((c) => c.type === 'chunk');
        if (chunk && chunk.type === 'chunk') return chunk.code;
      }
    }
    throw new Error('editor bundle produced no code');
  });
  return bundle;
}

export function pageHtml(page: ComposerPage, script: string): string {
  const config = JSON.stringify({ editor: page.editor, selector: page.selector, draft: DRAFT }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.name}</title></head><body><main>
<section class="conversation"><p>Earlier turns would be here.</p></section>
${page.markup}
</main>
<script>window.__COMPOSER__ = ${config};</script>
<script>${script}</script>
</body></html>`;
}

/** Serves every composer page at its URL. */
export async function composerServer(): Promise<FixtureServer> {
  const script = await editorBundle();
  const byUrl = new Map(composerPages.map((p) => [p.url, pageHtml(p, script)]));
  return (url) => {
    if (url.pathname === '/favicon.ico') return { status: 404, body: '', contentType: 'text/plain' };
    const body = byUrl.get(`${url.origin}${url.pathname}`);
    return body === undefined ? null : { body, contentType: 'text/html' };
  };
}
