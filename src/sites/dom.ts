// Small DOM helpers shared by site adapters.
import { domToMarkdown } from '../content/dom-text';
import { stableHash } from '../shared/hash';
import type { ResponseView, SelfCheck, VersionInfo } from './adapter';

/** A CSS selector list kept as data: one entry per variant, each with why it is there. */
export interface SelectorVariant {
  css: string;
  /** Which layout and since when, so a dead variant is easy to spot and remove. */
  note: string;
}

export const anyOf = (variants: readonly SelectorVariant[]): string => variants.map((v) => v.css).join(', ');

/** Every selector list of an adapter joined into one CSS selector each. */
export const compile = <K extends string>(selectors: Record<K, readonly SelectorVariant[]>): Record<K, string> =>
  Object.fromEntries(Object.entries<readonly SelectorVariant[]>(selectors).map(([k, v]) => [k, anyOf(v)])) as Record<K, string>;

/** Lower case, one space, curly apostrophes straight, leading/trailing emoji and punctuation dropped. */
const normalize = (s: string): string =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}?]+$/gu, '');

/** Case-insensitive match of an element's accessible label (aria-label, else its text) against a list. */
export function labelMatches(el: Element, labels: readonly string[]): boolean {
  const label = normalize(el.getAttribute('aria-label') ?? el.textContent ?? '');
  if (!label) return false;
  return labels.some((l) => label === normalize(l));
}

/** The closest button (or role=button) around a click target. */
export function closestButton(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>('button, [role="button"]');
}

/** Buttons in `root` whose label is in one of the lists. */
export function labelledButtons(root: ParentNode, ...lists: (readonly string[])[]): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('button, [role="button"]')).filter((b) => lists.some((l) => labelMatches(b, l)));
}

export function readText(el: Element | null | undefined): string {
  return el ? domToMarkdown(el) : '';
}

/** `${site}:${id}` when the page gives an id, else a hash of what identifies the response. */
export function responseKey(site: string, messageId: string | null, ...identity: string[]): string {
  return messageId ? `${site}:${messageId}` : `${site}:h:${stableHash(identity.join('\u0000'))}`;
}

/** Elements matching `selector`, dropping any that contain another match (keeps the innermost). */
export function innermost(root: ParentNode, selector: string): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(selector));
  return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
}

/** Elements matching `selector`, dropping any inside another match (keeps the outermost). */
export function outermost(root: ParentNode, selector: string): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(selector));
  return all.filter((el) => !el.parentElement?.closest(selector));
}

/** True when `a` comes before `b` in document order. */
export const precedes = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The text of the last element matching `selector` that comes before `el` ('' when none). */
export function textBefore(doc: Document, selector: string, el: Element, inner?: string): string {
  let found: Element | null = null;
  for (const candidate of innermost(doc, selector)) {
    if (precedes(candidate, el)) found = candidate;
    else break;
  }
  if (!found) return '';
  return ((inner ? found.querySelector(inner) : null) ?? found).textContent?.replace(/\s+\n/g, '\n').trim() ?? '';
}

/** The response a control (thumb, version arrow) belongs to: the one whose turn holds it, else the last before it. */
export function responseAround(views: readonly ResponseView[], control: Element): ResponseView | null {
  return views.find((v) => v.turn.contains(control)) ?? [...views].reverse().find((v) => precedes(v.turn, control)) ?? null;
}

/**
 * The "N / M" counter next to a previous/next version button inside `scope`: the button's nearest ancestor
 * (up to three levels) whose text holds the counter.
 */
export function versionCounter(scope: Element, navLabels: readonly string[]): VersionInfo | null {
  const nav = labelledButtons(scope, navLabels)[0];
  for (let el = nav?.parentElement, up = 0; el && up < 3 && scope.contains(el); el = el.parentElement, up++) {
    const m = /(\d+)\s*\/\s*(\d+)/.exec(el.textContent ?? '');
    if (m) {
      const index = Number(m[1]);
      const total = Number(m[2]);
      return index >= 1 && index <= total ? { index, total } : null;
    }
  }
  return null;
}

/** The usual self-check: responses present; feedback buttons present once a response finished; a composer. */
export function standardCheck(views: readonly ResponseView[], feedbackFound: () => boolean, composer: HTMLElement | null): SelfCheck {
  return {
    responses: views.length > 0,
    feedback: !views.some((v) => v.finished) || feedbackFound(),
    composer: composer !== null,
  };
}
