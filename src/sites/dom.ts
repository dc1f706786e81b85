// Small DOM helpers shared by site adapters.
import { domToMarkdown } from '../content/dom-text';
import { stableHash } from '../shared/hash';

/** A CSS selector list kept as data: one entry per variant, each with why it is there. */
export interface SelectorVariant {
  css: string;
  /** Which layout and since when, so a dead variant is easy to spot and remove. */
  note: string;
}

export const anyOf = (variants: readonly SelectorVariant[]): string => variants.map((v) => v.css).join(', ');

/** Case-insensitive match of an element's accessible label (aria-label, else its text) against a list. */
export function labelMatches(el: Element, labels: readonly string[]): boolean {
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
  if (!label) return false;
  return labels.some((l) => label === l.toLowerCase());
}

/** The closest button (or role=button) around a click target. */
export function closestButton(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>('button, [role="button"]');
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
