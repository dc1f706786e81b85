// A real Quill 2 editor for composer fixtures (Gemini's composer is Quill). `window.__composer` reports Quill's
// own model (getText), which is what the site would send.
import Quill from 'quill';
import { expose } from './expose';

export function mount(host: HTMLElement, draft: string): void {
  const quill = new Quill(host, { formats: [] });
  quill.setText(draft);
  let changes = 0;
  quill.on('text-change', (_delta, _old, source) => {
    if (source === 'user') changes++;
  });
  expose(() => quill.getText().replace(/\n$/, ''), () => changes);
}
