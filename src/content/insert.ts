// Puts steering text at the start of the user's draft in a chat composer, as input the site's editor framework
// registers (ProseMirror, Quill, Lexical, plain textareas). Never replaces the draft, never sends.

export type InsertResult = { ok: true; mode: 'textarea' | 'contenteditable' } | { ok: false; reason: string };

/** Text currently in the composer, as the user sees it. */
export function composerText(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.innerText ?? el.textContent ?? '');
}

/**
 * Inserts `block` followed by a blank line before the draft. Textareas get the native value setter plus an
 * `input` event (React and friends track the native setter); rich editors get a caret at the very start and
 * `execCommand('insertText')`, which they all handle as real typing.
 */
export function insertAtStart(el: HTMLElement, block: string): InsertResult {
  const doc = el.ownerDocument;
  const text = `${block}\n\n`;
  if (el instanceof HTMLTextAreaElement) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    if (!setter) return { ok: false, reason: 'cannot set the text box value' };
    setter.call(el, text + el.value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.focus();
    el.setSelectionRange(text.length, text.length);
    return { ok: true, mode: 'textarea' };
  }
  if (!el.isContentEditable) return { ok: false, reason: 'the composer is not editable' };
  el.focus();
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'no selection in this document' };
  const range = doc.createRange();
  range.setStart(firstTextPosition(el), 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  // Rich editors turn "\n" inside insertText into a paragraph or hard break; insert line by line to be explicit.
  const lines = text.split('\n');
  let inserted = true;
  lines.forEach((line, i) => {
    if (line) inserted = doc.execCommand('insertText', false, line) && inserted;
    if (i < lines.length - 1) inserted = (doc.execCommand('insertParagraph') || doc.execCommand('insertLineBreak')) && inserted;
  });
  return inserted ? { ok: true, mode: 'contenteditable' } : { ok: false, reason: 'the editor refused the inserted text' };
}

function firstTextPosition(root: Node): Node {
  let node: Node = root;
  while (node.firstChild && node.firstChild.nodeType === 1 && !(node.firstChild as Element).matches('br')) node = node.firstChild;
  return node;
}
