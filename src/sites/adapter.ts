// The one small interface every assistant site implements. Adapters turn page DOM into site-neutral records
// (shared/records.ts); nothing past the content script ever sees the page.
import type { ChoiceInput, ObservedResponse, RatingLabel, SiteId } from '../shared/records';

/** A finished or streaming assistant response found on the page. */
export interface ResponseView {
  /** The turn container; the private rating control lives inside it so it unmounts with the turn. */
  turn: HTMLElement;
  /** The rating control is inserted right after this element (inside `turn`). */
  anchor: HTMLElement;
  /** False while the response is still streaming: it is not offered for rating until it finishes. */
  finished: boolean;
  /** Reads the response now (prompt, text, ids). */
  read(): Omit<ObservedResponse, 'observedAt'>;
}

/** A side-by-side choice read from the page at click time. */
export type ChoiceRead = Omit<ChoiceInput, 'site' | 'conversationId'>;

export interface SiteAdapter {
  id: SiteId;
  /** Human name for the popup and README. */
  name: string;
  /** Manifest match patterns (content script and host permissions). */
  matches: readonly string[];
  /** URLs the adapter must claim and must not claim (checked by the registry test). */
  examples: { readonly claims: readonly string[]; readonly rejects: readonly string[] };
  /** Layout variants this adapter supports; each has fixtures `src/sites/fixtures/<id>-<layout>*.html`. */
  layouts: readonly string[];
  claims(url: URL): boolean;
  /** A conversation page (where responses are expected), as opposed to settings, home, etc. */
  isConversation(url: URL): boolean;
  conversationId(url: URL): string | null;
  findResponses(doc: Document): ResponseView[];
  /** If `target` is one of the site's own feedback buttons: the response it rates and the label. */
  vendorFeedback(target: Element, doc: Document): { view: ResponseView; label: RatingLabel } | null;
  /** If `target` makes a side-by-side choice: the choice, read before the page replaces it. */
  choiceFromClick(target: Element, doc: Document): ChoiceRead | null;
}
