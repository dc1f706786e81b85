// Claude (claude.ai). No message id in the DOM: responses are keyed by conversation + a hash of their text.
// Two generations of markup are live in saved pages: "current" (.font-claude-response, role="toolbar",
// "Good response") and "legacy" (.font-claude-message before 2025-10, role="group" and "Give positive feedback"
// until 2026-07).
import type { ResponseView, SiteAdapter } from './adapter';
import { closestButton, compile, innermost, labelMatches, labelledButtons, readText, responseAround, responseKey, standardCheck, textBefore, versionCounter, type SelectorVariant } from './dom';

export const selectors = {
  assistantMessage: [
    { css: '.font-claude-response', note: 'current (2025-10 on)' },
    { css: '.font-claude-message', note: 'legacy, before 2025-10' },
  ],
  userMessage: [{ css: '[data-testid="user-message"]', note: 'current and legacy' }],
  turn: [
    { css: '[data-test-render-count]', note: 'wrapper of each message and its action bar' },
    { css: '[data-is-streaming]', note: 'fallback: the streaming-state wrapper around a response' },
  ],
  body: [
    { css: '.standard-markdown', note: 'finished response body' },
    { css: '.progressive-markdown', note: 'body while streaming (also kept by some builds when done)' },
  ],
  /** Parts of a response that are not the answer: skipped when reading it. */
  notAnswer: [
    { css: '#markdown-artifact', note: 'artifact content (its own panel)' },
    { css: '[data-testid="thinking-block"]', note: 'extended-thinking block (?) before the answer' },
    { css: '[data-thinking]', note: 'extended-thinking block, attribute variant (?)' },
    { css: ':has(> button[aria-expanded])', note: 'any collapsible block inside a response (thinking summary "Thought process", tool use), 2025–' },
  ],
  streaming: [{ css: '[data-is-streaming="true"]', note: 'wrapper while the response streams' }],
  composer: [
    { css: '[data-testid="chat-input"]', note: 'ProseMirror contenteditable (current)' },
    { css: '.ProseMirror[contenteditable="true"]', note: 'fallback: the editor without its testid' },
  ],
} satisfies Record<string, readonly SelectorVariant[]>;

/** aria-labels, matched case-insensitively; one list per meaning, any UI language. */
export const labels = {
  good: ['Good response', 'Give positive feedback', 'Bonne réponse', 'Gute Antwort', 'Buena respuesta', 'Buona risposta', 'Boa resposta'],
  bad: ['Bad response', 'Give negative feedback', 'Mauvaise réponse', 'Schlechte Antwort', 'Mala respuesta', 'Risposta negativa', 'Resposta ruim'],
  stop: ['Stop response', 'Arrêter la réponse', 'Antwort stoppen', 'Detener respuesta'],
  versionNav: ['Previous version', 'Next version', 'Version précédente', 'Version suivante', 'Vorherige Version', 'Nächste Version', 'Versión anterior', 'Versión siguiente'],
} as const;

const SEL = compile(selectors);
const CONVERSATION_PATH = /^\/chat\/([0-9a-f-]{8,})/i;

/** The answer text: every body block of the response that is not inside an artifact or a thinking block. */
function answerText(message: HTMLElement): string {
  // Only what lies between the body block and the response counts (a collapsible page container must not hide answers).
  const inside = (b: Element) => {
    const skip = b.closest(SEL.notAnswer);
    return skip !== null && skip !== message && message.contains(skip);
  };
  const parts = innermost(message, SEL.body).filter((b) => !inside(b));
  return parts.map((p) => readText(p)).filter(Boolean).join('\n\n');
}

function view(message: HTMLElement, isLast: boolean, doc: Document): ResponseView {
  const turn = message.closest<HTMLElement>(SEL.turn) ?? message.parentElement ?? message;
  const streaming = message.closest(SEL.streaming) !== null || message.querySelector(SEL.streaming) !== null;
  const stopShown = isLast && labelledButtons(doc, labels.stop).length > 0;
  return {
    turn,
    anchor: message,
    finished: !streaming && !stopShown && !!message.querySelector(SEL.body)?.textContent?.trim(),
    read() {
      const conversationId = claude.conversationId(new URL(doc.location?.href ?? 'https://claude.ai/'));
      const text = answerText(message);
      return {
        // Claude shows no message id: conversation + content hash, stable across re-renders and remounts.
        key: responseKey('claude', null, conversationId ?? '', text),
        site: 'claude',
        conversationId,
        messageId: null,
        prompt: textBefore(doc, SEL.userMessage, message),
        text,
        model: null,
      };
    },
  };
}

export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  matches: ['https://claude.ai/*'],
  examples: {
    claims: ['https://claude.ai/new', 'https://claude.ai/chat/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b', 'https://claude.ai/project/0b6f6a4e-2c1d-4e5f-9a8b-7c6d5e4f3a2b'],
    rejects: ['https://www.anthropic.com/claude', 'https://claude.ai.evil.example/chat/1', 'http://claude.ai/chat/0b6f6a4e-2c1d', 'https://docs.claude.com/en/home'],
  },
  layouts: ['current', 'legacy'],
  claims: (url) => url.protocol === 'https:' && url.hostname === 'claude.ai',
  isConversation: (url) => CONVERSATION_PATH.test(url.pathname),
  conversationId: (url) => CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null,

  findResponses(doc) {
    const messages = innermost(doc, SEL.assistantMessage).filter((m) => !m.closest('#markdown-artifact'));
    return messages.map((m, i) => view(m, i === messages.length - 1, doc));
  },

  vendorFeedback(target, doc) {
    const button = closestButton(target);
    if (!button) return null;
    const good = labelMatches(button, labels.good);
    if (!good && !labelMatches(button, labels.bad)) return null;
    const found = responseAround(this.findResponses(doc), button);
    return found ? { view: found, label: good ? 'up' : 'down' } : null;
  },

  choiceFromClick: () => null,

  composer: (doc) => doc.querySelector<HTMLElement>(SEL.composer),

  selfCheck(doc) {
    return standardCheck(this.findResponses(doc), () => labelledButtons(doc, labels.good, labels.bad).length > 0, this.composer(doc));
  },

  // "N / M" between "Previous version" and "Next version", in the response's action bar.
  versionOf: (view) => versionCounter(view.turn, labels.versionNav),
};
