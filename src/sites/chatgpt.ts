// ChatGPT (chatgpt.com). Two layouts are live at once (see shared notes): A, "conversation-turn" testids with
// data-message-id; B (2026), search-unit keys with message ids in data-chatgpt-search-message-ids.
import type { ResponseView, SiteAdapter, ChoiceRead } from './adapter';
import { closestButton, compile, innermost, labelMatches, labelledButtons, readText, responseAround, responseKey, standardCheck, textBefore, versionCounter, type SelectorVariant } from './dom';

export const selectors = {
  assistantMessage: [
    { css: '[data-message-author-role="assistant"]', note: 'layout A: message inside a conversation-turn' },
    { css: '[data-content-search-unit-key$=":assistant"]', note: 'layout B (2026)' },
    { css: '[data-chatgpt-search-unit-key$=":assistant"]', note: 'layout B, some 2026 builds' },
  ],
  userMessage: [
    { css: '[data-message-author-role="user"]', note: 'layout A' },
    { css: '[data-content-search-unit-key$=":user"]', note: 'layout B (2026)' },
    { css: '[data-chatgpt-search-unit-key$=":user"]', note: 'layout B, some 2026 builds' },
  ],
  turn: [
    { css: '[data-testid^="conversation-turn-"]', note: 'layout A (article, section since 2026-03)' },
    { css: '[data-turn-key]', note: 'layout B' },
    { css: '[data-content-search-turn-key]', note: 'layout B, some builds' },
  ],
  assistantBody: [
    { css: '[data-markdown-text-style="assistant-message"]', note: 'layout B' },
    { css: '.markdown', note: 'layout A (.markdown.prose) and the A/B comparison' },
  ],
  userText: [
    { css: '[data-user-message-bubble="true"]', note: 'layout B' },
    { css: '.whitespace-pre-wrap', note: 'layout A' },
  ],
  messageIds: [
    { css: '[data-chatgpt-search-message-ids]', note: 'layout B: space/comma separated ids' },
  ],
  streaming: [
    { css: '.result-streaming', note: 'older builds: class on the streaming body' },
    { css: '[aria-busy="true"]', note: 'streaming region' },
  ],
  stopButton: [
    { css: '[data-testid="stop-button"]', note: 'composer stop button' },
    { css: '[data-testid="composer-stop-button"]', note: '2025+ composer' },
  ],
  actionBar: [
    { css: '[data-testid="copy-turn-action-button"]', note: 'copy button: the bar appears when a response is done' },
    { css: '.turn-action-controls', note: 'layout B action bar' },
  ],
  goodButton: [{ css: 'button[data-testid="good-response-turn-action-button"]', note: 'layout A and B' }],
  badButton: [{ css: 'button[data-testid="bad-response-turn-action-button"]', note: 'layout A and B' }],
  composer: [
    { css: '#prompt-textarea', note: 'ProseMirror contenteditable in a form (2024–)' },
    { css: '[data-composer-markdown][contenteditable="true"]', note: 'newer composer (2026), role="textbox"' },
    { css: 'textarea[name="prompt"]', note: 'fallback textarea (no-JS / early load)' },
  ],
} satisfies Record<string, readonly SelectorVariant[]>;

/** aria-labels, matched case-insensitively; one list per meaning, any UI language. */
export const labels = {
  good: ['Good response', 'Bonne réponse', 'Gute Antwort', 'Buena respuesta', 'Buona risposta', 'Boa resposta'],
  bad: ['Bad response', 'Mauvaise réponse', 'Schlechte Antwort', 'Mala respuesta', 'Risposta negativa', 'Resposta ruim'],
  preferThis: ['I prefer this response', 'Je préfère cette réponse', 'Ich bevorzuge diese Antwort', 'Prefiero esta respuesta'],
  /** The arrows around the "2/3" counter of a regenerated response. */
  versionNav: ['Previous response', 'Next response', 'Réponse précédente', 'Réponse suivante', 'Vorherige Antwort', 'Nächste Antwort', 'Respuesta anterior', 'Respuesta siguiente'],
  comparisonTitle: ['Which response do you prefer?', 'Quelle réponse préférez-vous ?', 'Welche Antwort bevorzugst du?', '¿Qué respuesta prefieres?'],
} as const;

const SEL = compile(selectors);
const CONVERSATION_PATH = /^\/(?:g\/[^/]+\/)?c\/([0-9a-f-]{8,})/i;

function messageIdOf(message: HTMLElement): string | null {
  const direct = message.getAttribute('data-message-id');
  if (direct) return direct;
  const holder = message.matches(SEL.messageIds) ? message : message.querySelector(SEL.messageIds);
  const ids = holder?.getAttribute('data-chatgpt-search-message-ids')?.split(/[\s,]+/).filter(Boolean);
  if (ids && ids.length > 0) return ids[ids.length - 1]!;
  const unitKey = message.getAttribute('data-content-search-unit-key') ?? message.getAttribute('data-chatgpt-search-unit-key');
  return unitKey ? unitKey.replace(/:assistant$/, '') : null;
}

function isFinished(message: HTMLElement, body: Element | null, isLast: boolean, doc: Document): boolean {
  if (!body || !body.textContent?.trim()) return false;
  if (message.matches(SEL.streaming) || message.querySelector(SEL.streaming) || message.closest('[aria-busy="true"]')) return false;
  return !(isLast && doc.querySelector(SEL.stopButton));
}

function view(message: HTMLElement, isLast: boolean, doc: Document): ResponseView {
  const turn = message.closest<HTMLElement>(SEL.turn) ?? message;
  const body = message.querySelector<HTMLElement>(SEL.assistantBody);
  return {
    turn,
    anchor: body ?? message,
    finished: isFinished(message, body, isLast, doc),
    read() {
      const url = new URL(doc.location?.href ?? 'https://chatgpt.com/');
      const conversationId = chatgpt.conversationId(url);
      const messageId = messageIdOf(message);
      const prompt = textBefore(doc, SEL.userMessage, message, SEL.userText);
      const text = readText(body);
      return {
        key: responseKey('chatgpt', messageId, conversationId ?? '', prompt, text),
        site: 'chatgpt',
        conversationId,
        messageId,
        prompt,
        text,
        model: message.getAttribute('data-message-model-slug') ?? message.querySelector('[data-message-model-slug]')?.getAttribute('data-message-model-slug') ?? null,
      };
    },
  };
}

/** The comparison column around a "prefer" button: the nearest ancestor holding exactly one such button. */
function comparisonColumn(button: Element, buttons: readonly Element[]): Element | null {
  for (let el = button.parentElement; el; el = el.parentElement) {
    const inside = buttons.filter((b) => el.contains(b)).length;
    if (inside > 1) return null;
    if (el.querySelector('.markdown')) return el;
  }
  return null;
}

export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  examples: {
    claims: [
      'https://chatgpt.com/',
      'https://chatgpt.com/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
      'https://chatgpt.com/g/g-abc123-writer/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
      'https://chatgpt.com/g/g-p-6650d2c1/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
      'https://chat.openai.com/c/6650d2c1-4b6e-8000-9e4a-8c0d5f1a2b3c',
    ],
    rejects: ['https://openai.com/chatgpt', 'https://chatgpt.com.evil.example/c/1', 'http://chatgpt.com/c/6650d2c1-4b6e'],
  },
  layouts: ['layout-a', 'layout-b', 'comparison'],
  claims: (url) => url.protocol === 'https:' && (url.hostname === 'chatgpt.com' || url.hostname === 'chat.openai.com'),
  isConversation: (url) => CONVERSATION_PATH.test(url.pathname),
  conversationId: (url) => CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null,

  findResponses(doc) {
    const messages = innermost(doc, SEL.assistantMessage);
    return messages.map((m, i) => view(m, i === messages.length - 1, doc));
  },

  vendorFeedback(target, doc) {
    const button = closestButton(target);
    if (!button) return null;
    const good = button.matches(SEL.goodButton) || labelMatches(button, labels.good);
    const bad = !good && (button.matches(SEL.badButton) || labelMatches(button, labels.bad));
    if (!good && !bad) return null;
    // The action bar sits in the assistant turn (layout A) or right after the unit (layout B): take the
    // response in the same turn, else the last one that precedes the button.
    const found = responseAround(this.findResponses(doc), button);
    return found ? { view: found, label: good ? 'up' : 'down' } : null;
  },

  choiceFromClick(target, doc): ChoiceRead | null {
    const button = closestButton(target);
    if (!button || !labelMatches(button, labels.preferThis)) return null;
    const scope = button.closest('form, [role="dialog"], section, main') ?? doc.body;
    const buttons = Array.from(scope.querySelectorAll('button, [role="button"]')).filter((b) => labelMatches(b, labels.preferThis));
    if (buttons.length !== 2) return null;
    const columns = buttons.map((b) => comparisonColumn(b, buttons));
    const mine = columns[buttons.indexOf(button)];
    const other = columns.find((c) => c !== mine);
    if (!mine || !other) return null;
    const chosen = readText(mine.querySelector('.markdown'));
    const rejected = readText(other.querySelector('.markdown'));
    if (!chosen || !rejected) return null;
    const users = innermost(doc, SEL.userMessage);
    const lastUser = users[users.length - 1];
    const prompt = lastUser ? ((lastUser.querySelector(SEL.userText) ?? lastUser).textContent?.trim() ?? '') : '';
    return { prompt, source: 'comparison', outcome: 'preference', chosen, rejected, chosenModel: null, rejectedModel: null };
  },

  composer: (doc) => doc.querySelector<HTMLElement>(SEL.composer),

  selfCheck(doc) {
    const feedback = () => doc.querySelector(`${SEL.goodButton}, ${SEL.badButton}`) !== null || labelledButtons(doc, labels.good, labels.bad).length > 0;
    const check = standardCheck(this.findResponses(doc), feedback, this.composer(doc));
    // An open A/B comparison shows its two responses outside any assistant turn: that is a working page too.
    return check.responses ? check : { ...check, responses: labelledButtons(doc, labels.preferThis).length > 0 };
  },

  // The "< 2/3 >" navigation sits in the assistant turn's action bar.
  versionOf: (view) => versionCounter(view.turn, labels.versionNav),
};
