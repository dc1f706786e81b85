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

/** Which regenerated version of a response the page shows ("2/3" → index 2, total 3). */
export interface VersionInfo {
  index: number;
  total: number;
}

/** What an adapter expects on a conversation page, and whether it finds it now (adapter health). */
export interface SelfCheck {
  /** Any assistant response (finished or streaming). */
  responses: boolean;
  /** The site's feedback buttons (thumbs, votes), where a finished response should have them; true when none is due. */
  feedback: boolean;
  /** The message box. */
  composer: boolean;
}

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
  /** The message box where the user types (health checks now; steering text goes here later). */
  composer(doc: Document): HTMLElement | null;
  /** Health: are the responses, feedback buttons and composer where this adapter expects them? */
  selfCheck(doc: Document): SelfCheck;
  /**
   * Sites that keep regenerated versions of a response ("< 2/3 >"): which version `view` shows, or null when the
   * page shows no version navigation for it (a single version). Only the shown version is in the DOM.
   */
  versionOf?(view: ResponseView): VersionInfo | null;
}
