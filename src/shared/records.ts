// Site-neutral records. Adapters convert page DOM into these once; the store, model, steering and exports
// never see the page.

/** An assistant site Attune has an adapter for. Open union so stored records from newer versions still type. */
export type SiteId = 'chatgpt' | 'claude' | 'gemini' | 'lmarena' | (string & {});

/** Who produced a judgment. */
export type RatingSource = 'inline' | 'vendor';
export type ChoiceSource = 'comparison' | 'battle' | 'version';
export type JudgmentSource = RatingSource | ChoiceSource | 'import';

export type RatingLabel = 'up' | 'down';

/** Relative evidence a judgment carries: an explicit choice > a thumb > an inferred version pick. */
export const JUDGMENT_WEIGHTS: Readonly<Record<JudgmentSource, number>> = Object.freeze({
  comparison: 1,
  battle: 1,
  inline: 0.7,
  vendor: 0.7,
  import: 0.7,
  version: 0.4,
});

/** A finished assistant response as observed on a page (rated or not: the model's baseline). */
export interface ObservedResponse {
  /** `${site}:${messageId}` or `${site}:h:${hash}` when the page shows no id. */
  key: string;
  site: SiteId;
  conversationId: string | null;
  messageId: string | null;
  prompt: string;
  /** Light Markdown rendering of the response (headings, lists, code, tables kept). */
  text: string;
  model: string | null;
  observedAt: number;
}

interface JudgmentBase {
  /** Deterministic id, so recording the same thing twice updates instead of duplicating. */
  id: string;
  site: SiteId;
  conversationId: string | null;
  prompt: string;
  source: JudgmentSource;
  weight: number;
  createdAt: number;
  updatedAt: number;
}

/** A thumbs up/down on one response. */
export interface RatingJudgment extends JudgmentBase {
  kind: 'rating';
  responseKey: string;
  completion: string;
  label: RatingLabel;
  model: string | null;
}

/** A side-by-side choice. `tie` and `both-bad` are kept for the record but carry no preference. */
export interface ChoiceJudgment extends JudgmentBase {
  kind: 'choice';
  outcome: 'preference' | 'tie' | 'both-bad';
  /** With outcome 'preference', the preferred text; otherwise the first (left) text. */
  chosen: string;
  rejected: string;
  chosenModel: string | null;
  rejectedModel: string | null;
}

export type Judgment = RatingJudgment | ChoiceJudgment;

/** What a content script reports when the user makes a side-by-side choice. */
export interface ChoiceInput {
  site: SiteId;
  conversationId: string | null;
  prompt: string;
  source: ChoiceSource;
  outcome: ChoiceJudgment['outcome'];
  chosen: string;
  rejected: string;
  chosenModel: string | null;
  rejectedModel: string | null;
}
