// A real ProseMirror editor for composer fixtures (ChatGPT and Claude use ProseMirror). `window.__composer`
// reports what ProseMirror's own state holds, which is what the site would send.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { expose } from './expose';

export function mount(host: HTMLElement, draft: string): void {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, draft ? [schema.text(draft)] : [])]);
  let transactions = 0;
  const view = new EditorView(
    { mount: host },
    {
      state: EditorState.create({ doc, plugins: [keymap(baseKeymap)] }),
      dispatchTransaction(tr) {
        if (tr.docChanged) transactions++;
        view.updateState(view.state.apply(tr));
      },
    },
  );
  expose(() => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'), () => transactions);
}
