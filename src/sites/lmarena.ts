// LMArena (lmarena.ai, now also arena.ai). Battles show two anonymous responses side by side under "Which
// response do you prefer?"; a vote becomes a pairwise choice (ties and "both bad" are kept but carry no
// preference). Direct chat shows one response per prompt with "Like/Dislike this response".
// The markup has no documented test ids, so this adapter leans on structure: the assistant messages between two
// user messages form a turn; two of them are a battle, one is a direct-chat response.
import type { ChoiceRead, ResponseView, SiteAdapter } from './adapter';
import type { ChoiceJudgment } from '../shared/records';
import { closestButton, compile, innermost, labelMatches, labelledButtons, precedes, readText, responseAround, responseKey, standardCheck, type SelectorVariant } from './dom';

export const selectors = {
  userMessage: [
    { css: '[data-testid="user-message"]', note: 'battle and direct chat, 2025–2026 (?)' },
    { css: '[data-role="user"]', note: 'arena.ai builds (?)' },
  ],
  assistantMessage: [
    { css: '[data-testid="assistant-message"]', note: 'battle and direct chat, 2025–2026 (?)' },
    { css: '[data-role="assistant"]', note: 'arena.ai builds (?)' },
  ],
  body: [
    { css: '.prose', note: 'Tailwind typography body (?)' },
    { css: '.markdown', note: 'fallback body class (?)' },
  ],
  streaming: [{ css: '[aria-busy="true"]', note: 'streaming region' }],
  composer: [
    { css: 'textarea[name="message"]', note: 'message box (?)' },
    { css: 'main textarea', note: 'fallback: the only textarea of the chat' },
    { css: 'textarea', note: 'last resort' },
  ],
} satisfies Record<string, readonly SelectorVariant[]>;

/** Button labels (aria-label or text), matched case-insensitively, emoji and punctuation at the ends ignored. */
export const labels = {
  leftBetter: ['Left is Better', 'A is better', 'Continue with A', 'Model A is better', 'Gauche est meilleur', 'Continuer avec A', 'Links ist besser', 'Weiter mit A', 'La izquierda es mejor', 'Continuar con A'],
  rightBetter: ['Right is Better', 'B is better', 'Continue with B', 'Model B is better', 'Droite est meilleur', 'Continuer avec B', 'Rechts ist besser', 'Weiter mit B', 'La derecha es mejor', 'Continuar con B'],
  tie: ["It's a tie", 'Tie', 'Égalité', 'Unentschieden', 'Empate'],
  bothBad: ['Both are bad', 'Both bad', 'Les deux sont mauvaises', 'Beide sind schlecht', 'Ambas son malas'],
  like: ['Like this response', 'Like', "J'aime cette réponse", 'Antwort gefällt mir', 'Me gusta esta respuesta'],
  dislike: ['Dislike this response', 'Dislike', "Je n'aime pas cette réponse", 'Antwort gefällt mir nicht', 'No me gusta esta respuesta'],
  copy: ['Copy', 'Copy response', 'Copy to clipboard', 'Copier', 'Kopieren', 'Copiar'],
  stop: ['Stop', 'Stop generating', 'Stop response', 'Arrêter', 'Stoppen', 'Detener'],
} as const;

const SEL = compile(selectors);
const HOSTS = new Set(['lmarena.ai', 'www.lmarena.ai', 'arena.ai', 'www.arena.ai']);
const CONVERSATION_PATH = /^\/(?:[a-z-]+\/)*c\/([\w-]{6,})/i;

interface Turn {
  prompt: string;
  answers: HTMLElement[];
}

/** The page's messages grouped by prompt: each user message and the assistant messages after it. */
function turns(doc: Document): Turn[] {
  const out: Turn[] = [];
  let current: Turn | null = null;
  for (const el of innermost(doc, `${SEL.userMessage}, ${SEL.assistantMessage}`)) {
    if (el.matches(SEL.userMessage)) out.push((current = { prompt: el.textContent?.trim() ?? '', answers: [] }));
    else (current ?? (out.push((current = { prompt: '', answers: [] })), current)).answers.push(el);
  }
  return out;
}

/** A message's own container: its highest ancestor that holds no other message (so it holds its buttons too). */
function ownContainer(message: HTMLElement, doc: Document): HTMLElement {
  let el = message;
  while (el.parentElement && el.parentElement !== doc.body && el.parentElement.querySelectorAll(`${SEL.userMessage}, ${SEL.assistantMessage}`).length === 1) el = el.parentElement;
  return el;
}

const bodyOf = (message: HTMLElement): HTMLElement | null => innermost(message, SEL.body)[0] ?? null;

function view(message: HTMLElement, prompt: string, isLast: boolean, doc: Document): ResponseView {
  const body = bodyOf(message);
  const busy = message.closest(SEL.streaming) !== null || message.querySelector(SEL.streaming) !== null;
  const stopShown = isLast && labelledButtons(doc, labels.stop).length > 0;
  return {
    turn: ownContainer(message, doc),
    anchor: message,
    finished: !!body?.textContent?.trim() && !busy && !stopShown,
    read() {
      const conversationId = lmarena.conversationId(new URL(doc.location?.href ?? 'https://lmarena.ai/'));
      const text = readText(body ?? message);
      const messageId = message.getAttribute('data-message-id');
      return { key: responseKey('lmarena', messageId, conversationId ?? '', prompt, text), site: 'lmarena', conversationId, messageId, prompt, text, model: null };
    },
  };
}

/** Views of every assistant message; `battle` marks the two sides of a side-by-side turn. */
function allViews(doc: Document): (ResponseView & { battle: boolean })[] {
  const all = turns(doc).flatMap((t) => t.answers.map((a) => ({ a, prompt: t.prompt, battle: t.answers.length === 2 })));
  return all.map(({ a, prompt, battle }, i) => ({ ...view(a, prompt, i === all.length - 1, doc), battle }));
}

function battleOutcome(button: Element): { side: 'left' | 'right' | null; outcome: ChoiceJudgment['outcome'] } | null {
  if (labelMatches(button, labels.leftBetter)) return { side: 'left', outcome: 'preference' };
  if (labelMatches(button, labels.rightBetter)) return { side: 'right', outcome: 'preference' };
  if (labelMatches(button, labels.tie)) return { side: null, outcome: 'tie' };
  if (labelMatches(button, labels.bothBad)) return { side: null, outcome: 'both-bad' };
  return null;
}

export const lmarena: SiteAdapter = {
  id: 'lmarena',
  name: 'LMArena',
  matches: ['https://lmarena.ai/*', 'https://www.lmarena.ai/*', 'https://arena.ai/*', 'https://www.arena.ai/*'],
  examples: {
    claims: ['https://lmarena.ai/', 'https://lmarena.ai/c/8d3f2a10-4b5c-4d6e-9f70-1a2b3c4d5e6f', 'https://lmarena.ai/?mode=direct', 'https://arena.ai/c/8d3f2a10-4b5c-4d6e-9f70-1a2b3c4d5e6f', 'https://www.lmarena.ai/leaderboard'],
    rejects: ['https://blog.lmarena.ai/blog/2025/', 'https://lmarena.ai.evil.example/c/1', 'http://lmarena.ai/c/8d3f2a10', 'https://arena.ai.example.com/c/1', 'https://chat.lmsys.org/'],
  },
  layouts: ['battle', 'direct'],
  claims: (url) => url.protocol === 'https:' && HOSTS.has(url.hostname),
  isConversation: (url) => CONVERSATION_PATH.test(url.pathname),
  conversationId: (url) => CONVERSATION_PATH.exec(url.pathname)?.[1] ?? null,

  // Inline rating on direct-chat responses only: battle sides are judged by the vote.
  findResponses: (doc) => allViews(doc).filter((v) => !v.battle),

  vendorFeedback(target, doc) {
    const button = closestButton(target);
    if (!button) return null;
    const like = labelMatches(button, labels.like);
    if (!like && !labelMatches(button, labels.dislike)) return null;
    const found = responseAround(allViews(doc), button);
    return found ? { view: found, label: like ? 'up' : 'down' } : null;
  },

  choiceFromClick(target, doc): ChoiceRead | null {
    const button = closestButton(target);
    const vote = button && battleOutcome(button);
    if (!button || !vote) return null;
    const battles = turns(doc).filter((t) => t.answers.length === 2);
    // The vote bar follows the battle it judges: the last battle before the button, else the last one.
    const turn = [...battles].reverse().find((t) => precedes(t.answers[1]!, button)) ?? battles[battles.length - 1];
    if (!turn) return null;
    const [left, right] = turn.answers.map((a) => readText(bodyOf(a) ?? a)) as [string, string];
    if (!left || !right) return null;
    const [chosen, rejected] = vote.side === 'right' ? [right, left] : [left, right];
    return { prompt: turn.prompt, source: 'battle', outcome: vote.outcome, chosen, rejected, chosenModel: null, rejectedModel: null };
  },

  composer: (doc) => doc.querySelector<HTMLElement>(SEL.composer),

  selfCheck(doc) {
    const views = allViews(doc);
    const feedback = () => labelledButtons(doc, labels.leftBetter, labels.rightBetter, labels.tie, labels.bothBad, labels.like, labels.dislike, labels.copy).length > 0;
    return standardCheck(views, feedback, this.composer(doc));
  },
};
