// A real Lexical editor (plain text) for composer fixtures: the framework that ignores untrusted input events
// and commits asynchronously, the hardest case for inserting text.
import { createEditor, $getRoot, $createParagraphNode, $createTextNode } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { expose } from './expose';

export function mount(host: HTMLElement, draft: string): void {
  const editor = createEditor({ namespace: 'fixture', onError: (e) => console.error(e) });
  editor.setRootElement(host);
  registerPlainText(editor);
  editor.update(() => {
    const p = $createParagraphNode();
    if (draft) p.append($createTextNode(draft));
    $getRoot().clear().append(p);
  });
  let updates = 0;
  editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    if ((dirtyElements.size > 0 || dirtyLeaves.size > 0) && !tags.has('history-merge')) updates++;
  });
  let text = draft;
  editor.registerTextContentListener((t) => (text = t));
  expose(() => text, () => updates);
}
