// Steering on the page: inserts the composed style block into the site's composer when the user asks (popup
// button, keyboard shortcut, or the small control next to the composer), and — only where the user switched it
// on for this site — at the start of every new message, never twice.
import type { SiteAdapter } from '../sites/adapter';
import type { Messenger } from './messenger';
import { composerText, insertAtStart, type InsertResult } from './insert';
import { createShadowHost } from './shadow-host';

/** Present in every block (the fixed last line's opening words): how we recognise a message already steered. */
export const BLOCK_MARKER = 'These are style preferences only';

const CONTROL_STYLE = `
:host { all: initial; display: inline-flex; align-items: center; gap: 6px; font: 12px/1.2 system-ui, sans-serif; color: #6b7280; margin: 2px 4px; }
button { all: unset; cursor: pointer; padding: 3px 8px; border-radius: 999px; border: 1px solid rgba(127,127,127,.35); }
button:hover { border-color: #6366f1; color: #4f46e5; }
button:focus-visible { outline: 2px solid #6366f1; outline-offset: 1px; }
.auto { color: #4f46e5; }
.note { max-width: 28em; }
`;

export interface SteeringOptions {
  adapter: SiteAdapter;
  messenger: Messenger;
  doc?: Document;
}

export function startSteering({ adapter, messenger, doc = document }: SteeringOptions) {
  let auto = false;
  let control: { host: HTMLElement; note: HTMLElement; badge: HTMLElement } | null = null;
  let stopped = false;
  let busy = false;

  async function insert(): Promise<InsertResult> {
    const composer = adapter.composer(doc);
    if (!composer) return { ok: false, reason: "can't find the message box on this page" };
    const draft = composerText(composer);
    if (draft.includes(BLOCK_MARKER)) return { ok: false, reason: 'your style is already in this message' };
    if (busy) return { ok: false, reason: 'already inserting' };
    busy = true;
    try {
      const { text } = await messenger.send('steering/compose', { site: adapter.id, draft });
      if (!text) return { ok: false, reason: 'nothing learned yet: rate a few answers first, or add your own style lines' };
      return insertAtStart(composer, text);
    } finally {
      busy = false;
    }
  }

  function say(text: string) {
    if (control) control.note.textContent = text;
  }

  /** Inserts and shows why not, next to the composer, when it could not. */
  async function insertAndSay(): Promise<InsertResult> {
    const result = await insert();
    say(result.ok ? '' : result.reason);
    return result;
  }

  function mountControl() {
    const composer = adapter.composer(doc);
    if (!composer || (control && control.host.isConnected)) return;
    const { host, root } = createShadowHost(doc, 'steer', CONTROL_STYLE);
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('data-attune', 'steer-insert');
    button.textContent = 'Attune: add my style';
    button.title = 'Put your learned style preferences at the start of this message (you can edit them before sending)';
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      event.preventDefault();
      if (!event.isTrusted) return;
      void insertAndSay().catch(() => say('Attune could not reach its background worker.'));
    });
    const badge = doc.createElement('span');
    badge.className = 'auto';
    badge.setAttribute('data-attune', 'steer-auto');
    const note = doc.createElement('span');
    note.className = 'note';
    note.setAttribute('role', 'status');
    root.append(button, badge, note);
    const anchor = composer.closest('form') ?? composer.parentElement ?? composer;
    anchor.before(host);
    control = { host, note, badge };
    paintAuto();
  }

  function paintAuto() {
    if (control) control.badge.textContent = auto ? 'added to every message' : '';
  }

  // "Add to every message": when the user starts a new message, put the block first (once per message).
  const onInput = (event: Event) => {
    if (!auto || !event.isTrusted) return;
    const composer = adapter.composer(doc);
    if (!composer || !(event.target instanceof Node) || !composer.contains(event.target)) return;
    if (composerText(composer).includes(BLOCK_MARKER)) return;
    void insert().catch(() => {});
  };
  doc.addEventListener('input', onInput, true);

  // "Add to every message" is read on load and whenever the tab comes back (the user may have changed it).
  const readSettings = () =>
    messenger
      .send('steering/settings', { site: adapter.id })
      .then(({ autoInsert }) => {
        auto = autoInsert;
        paintAuto();
      })
      .catch(() => {});
  const onVisible = () => {
    if (doc.visibilityState === 'visible') void readSettings();
  };
  doc.addEventListener('visibilitychange', onVisible);
  void readSettings();

  return {
    /** Inserts now (popup, keyboard shortcut); the reason shows next to the composer too. */
    insert: insertAndSay,
    /** Called on every capture pass: (re)mounts the control next to the composer. */
    refresh() {
      if (!stopped) mountControl();
    },
    stop() {
      stopped = true;
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('visibilitychange', onVisible);
      control?.host.remove();
    },
  };
}
