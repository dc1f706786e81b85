// Entry of the composer-fixture bundle: mounts the editor the page asks for and counts anything that would send.
import { mount as prosemirror } from './prosemirror';
import { mount as quill } from './quill';
import { mount as lexical } from './lexical';
import { mount as textarea } from './textarea';

const editors = { prosemirror, quill, lexical, textarea } as const;
const config = (window as unknown as { __COMPOSER__: { editor: keyof typeof editors; selector: string; draft: string } }).__COMPOSER__;
editors[config.editor](document.querySelector<HTMLElement>(config.selector)!, config.draft);

window.__sent = 0;
for (const b of document.querySelectorAll('[data-send]')) b.addEventListener('click', () => window.__sent!++);
document.addEventListener('submit', (e) => {
  e.preventDefault();
  window.__sent!++;
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) window.__sent!++;
});
