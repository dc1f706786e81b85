// Puts steering text at the start of the user's draft in a chat composer, as input the site's editor framework
// registers (ProseMirror, Quill, Lexical, plain textareas). Never replaces the draft, never sends.

export type InsertResult = { ok: true; mode: 'textarea' | 'paste' | 'typing' } | { ok: false; reason: string };

/** Text currently in the composer, as the user sees it. */
export function composerText(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.innerText ?? el.textContent ?? '');
}

/**
 * Inserts `block` and a blank line before the draft.
 * - Textareas: the native value setter plus an `input` event (React and friends track the native setter).
 * - Rich editors: caret at the very start, then a paste of plain text. ProseMirror, Quill and Lexical all build
 *   their own model from a paste (paragraphs included) and cancel the event when they do. An editor that ignores
 *   it gets the text typed in with `execCommand('insertText')`, line by line.
 * - Firefox: clipboard data set by an extension carries the extension's principal and the page cannot read it,
 *   so there the text is typed. (A Lexical editor then joins the lines into one paragraph; the words are intact.)
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
  if (!caretAtStart(el)) return { ok: false, reason: 'no selection in this document' };
  if (!isFirefoxContentScript(doc) && paste(el, text)) return { ok: true, mode: 'paste' };
  caretAtStart(el);
  const lines = text.split('\n');
  let typed = true;
  lines.forEach((line, i) => {
    // A trailing space keeps sentences apart in editors that drop the paragraph break.
    if (line) typed = doc.execCommand('insertText', false, i < lines.length - 2 ? `${line} ` : line) && typed;
    // Editors that handle the break themselves cancel the command (false) and still break the line.
    if (i < lines.length - 1 && !doc.execCommand('insertParagraph')) doc.execCommand('insertLineBreak');
  });
  return typed ? { ok: true, mode: 'typing' } : { ok: false, reason: 'the editor refused the inserted text' };
}

function isFirefoxContentScript(doc: Document): boolean {
  return typeof (doc.defaultView as { wrappedJSObject?: unknown } | null)?.wrappedJSObject === 'object';
}

function caretAtStart(el: HTMLElement): boolean {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  let node: Node = el;
  while (node.firstChild && !(node.firstChild.nodeType === 1 && (node.firstChild as Element).matches('br'))) node = node.firstChild;
  const range = doc.createRange();
  range.setStart(node, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** A plain-text paste the editor handles itself; true when it took it (cancelled the event). */
function paste(el: HTMLElement, text: string): boolean {
  let data: DataTransfer;
  try {
    data = new DataTransfer();
    data.setData('text/plain', text);
  } catch {
    return false;
  }
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  // Firefox gives a synthetic paste its own empty DataTransfer: fill that one.
  if (event.clipboardData && event.clipboardData.getData('text/plain') !== text) event.clipboardData.setData('text/plain', text);
  if (event.clipboardData?.getData('text/plain') !== text) return false;
  return !el.dispatchEvent(event);
}
