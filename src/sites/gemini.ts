// Gemini (gemini.google.com). Angular custom elements: <user-query>, <model-response>, <message-actions>.
// Message ids come from `message-content-id-r_<id>`. One layout ("app") with optional thinking blocks.
import type { ResponseView, SiteAdapter } from './adapter';
import { closestButton, compile, innermost, labelMatches, labelledButtons, readText, responseAround, responseKey, standardCheck, textBefore, type SelectorVariant } from './dom';

export const selectors = {
  assistantMessage: [{ css: 'model-response', note: 'one per assistant turn' }],
  userMessage: [{ css: 'user-query', note: 'one per user turn' }],
  userText: [{ css: '.query-text', note: 'the prompt text inside user-query' }],
  turn: [{ css: '.conversation-container', note: 'turn pair (query + response), has an id' }],
  content: [{ css: 'message-content', note: 'answer; id "message-content-id-r_<id>"' }],
  body: [
    { css: 'message-content .markdown-main-panel', note: 'answer body (.markdown.markdown-main-panel)' },
    { css: 'message-content .markdown', note: 'fallback without the panel class' },
  ],
  thinking: [{ css: 'model-thoughts', note: 'thinking block before the answer: never read as the answer' }],
  streaming: [{ css: '[aria-busy="true"]', note: 'streaming region' }],
  goodButton: [{ css: 'thumb-up-button', note: 'host element around the thumbs-up button' }],
  badButton: [{ css: 'thumb-down-button', note: 'host element around the thumbs-down button' }],
  composer: [
    { css: 'rich-textarea .ql-editor[contenteditable="true"]', note: 'Quill editor (role="textbox")' },
    { css: '.ql-editor[contenteditable="true"]', note: 'fallback: the editor outside rich-textarea' },
  ],
} satisfies Record<string, readonly SelectorVariant[]>;

/** aria-labels, matched case-insensitively; one list per meaning, any UI language. */
export const labels = {
  good: ['Good response', 'Bonne réponse', 'Gute Antwort', 'Buena respuesta', 'Buona risposta', 'Boa resposta'],
  bad: ['Bad response', 'Mauvaise réponse', 'Schlechte Antwort', 'Mala respuesta', 'Risposta negativa', 'Resposta ruim'],
  stop: ['Stop response', 'Arrêter la réponse', 'Antwort stoppen', 'Detener respuesta', 'Interrompi risposta'],
} as const;

const SEL = compile(selectors);
// /app/<hex>, /gem/<gem>/<hex>, optionally behind /u/<n> for a second signed-in account.
const CONVERSATION_PATH = /^(?:\/u\/\d+)?\/(?:app|gem\/[^/]+)\/([0-9a-f]{6,})/i;

function messageIdOf(response: Element): string | null {
  const id = response.querySelector(SEL.content)?.id ?? '';
  const m = /^message-content-id-(.+)$/.exec(id);
  return m ? m[1]! : null;
}

function view(response: HTMLElement, isLast: boolean, doc: Document): ResponseView {
  const turn = response.closest<HTMLElement>(SEL.turn) ?? response;
  const body = innermost(response, SEL.body).find((b) => !b.closest(SEL.thinking)) ?? null;
  const busy = response.matches(SEL.streaming) || response.querySelector(SEL.streaming) !== null;
  const stopShown = isLast && labelledButtons(doc, labels.stop).length > 0;
  return {
    turn,
    anchor: (body?.closest<HTMLElement>(SEL.content) ?? body ?? response),
    finished: !!body?.textContent?.trim() && !busy && !stopShown,
    read() {
      const conversationId = gemini.conversationId(new URL(doc.location?.href ?? 'https://gemini.google.com/'));
      const messageId = messageIdOf(response);
      const prompt = textBefore(doc, SEL.userMessage, response, SEL.userText);
      const text = readText(body);
      return { key: responseKey('gemini', messageId, conversationId ?? '', prompt, text), site: 'gemini', conversationId, messageId, prompt, text, model: null };
    },
  };
}

export const gemini: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  matches: ['https://gemini.google.com/*'],
  examples: {
    claims: ['https://gemini.google.com/app', 'https://gemini.google.com/app/3f2a9c1d8e7b6a50', 'https://gemini.google.com/gem/coding-partner/3f2a9c1d8e7b6a50', 'https://gemini.google.com/u/1/app/3f2a9c1d8e7b6a50'],
    rejects: ['https://google.com/gemini', 'https://gemini.google.com.evil.example/app/1', 'http://gemini.google.com/app/3f2a9c1d', 'https://aistudio.google.com/prompts/new_chat'],
  },
  layouts: ['app'],
  claims: (url) => url.protocol === 'https:' && url.hostname === 'gemini.google.com',
  isConversation: (url) => CONVERSATION_PATH.test(url.pathname),
  conversationId: (url) => CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null,

  findResponses(doc) {
    const responses = innermost(doc, SEL.assistantMessage);
    return responses.map((r, i) => view(r, i === responses.length - 1, doc));
  },

  vendorFeedback(target, doc) {
    const button = closestButton(target) ?? target.closest(`${SEL.goodButton}, ${SEL.badButton}`);
    if (!button) return null;
    const good = button.closest(SEL.goodButton) !== null || labelMatches(button, labels.good);
    if (!good && !(button.closest(SEL.badButton) !== null || labelMatches(button, labels.bad))) return null;
    const found = responseAround(this.findResponses(doc), button);
    return found ? { view: found, label: good ? 'up' : 'down' } : null;
  },

  choiceFromClick: () => null,

  composer: (doc) => doc.querySelector<HTMLElement>(SEL.composer),

  selfCheck(doc) {
    const feedback = () => doc.querySelector(`${SEL.goodButton}, ${SEL.badButton}`) !== null || labelledButtons(doc, labels.good, labels.bad).length > 0;
    return standardCheck(this.findResponses(doc), feedback, this.composer(doc));
  },
};
