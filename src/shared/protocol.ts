// The one message protocol between content scripts, extension pages and the background worker.
// Every request is `{type, payload}`; every reply is `Reply<T>`. The background validates each payload
// (protocol-schema.ts) and checks who sent it before anything touches the store.
import type { ChoiceInput, ObservedResponse, RatingLabel, RatingSource, SiteId } from './records';
import type { ContextName, Profile } from '../model/profile-types';
import type { Settings } from '../store/settings';
import type { ComposeResult } from '../steering/compose';

export interface SiteHealth {
  site: SiteId;
  status: 'working' | 'degraded' | 'not-conversation';
  /** What the adapter could not find, in words a user understands ("feedback buttons"). */
  missing: string[];
  url: string;
  checkedAt: number;
}

export interface Stats {
  total: number;
  ratings: number;
  choices: number;
  bySite: Record<string, number>;
  observed: number;
}

/** Requests a content script may send (it runs on assistant pages, so it gets no destructive verbs). */
export interface ContentRequests {
  'response/observe': { payload: { response: ObservedResponse }; result: { stored: boolean } };
  'rating/set': {
    payload: { response: ObservedResponse; source: RatingSource; label: RatingLabel | null };
    result: { label: RatingLabel | null };
  };
  'rating/get': { payload: { keys: string[] }; result: { ratings: Record<string, RatingLabel> } };
  'choice/record': { payload: { choice: ChoiceInput }; result: { id: string } };
  'health/report': { payload: { health: SiteHealth }; result: { stored: boolean } };
  /** The steering block for a draft on this site (context read from the draft); null when there is nothing to say. */
  'steering/compose': { payload: { site: SiteId; draft: string }; result: { text: string | null } };
  /** Whether the user switched on "add to every message" for this site. */
  'steering/settings': { payload: { site: SiteId }; result: { autoInsert: boolean } };
}

/** Requests only the extension's own pages (popup, options) may send. */
export interface PageRequests {
  'stats/get': { payload: Record<string, never>; result: Stats };
  'health/get': { payload: { site: SiteId }; result: { health: SiteHealth | null } };
  'data/delete-all': { payload: { confirm: 'delete-all' }; result: { deleted: number } };
  /** The learned profile (refit first when judgments changed since the last fit). */
  'profile/get': { payload: Record<string, never>; result: { profile: Profile } };
  'settings/get': { payload: Record<string, never>; result: { settings: Settings } };
  'settings/set': { payload: { settings: Settings }; result: { settings: Settings } };
  /** The block as it would be composed for a context, line by line, with what the bounds left out or held back. */
  'steering/preview': { payload: { context: ContextName | null }; result: ComposeResult };
}

/** Requests the extension sends to a content script in a tab (from the popup or the keyboard shortcut). */
export interface TabRequests {
  'steering/insert': { payload: Record<string, never>; result: { ok: boolean; reason?: string } };
  /** The tab's live health (the background's copy is lost whenever its worker sleeps). */
  'health/now': { payload: Record<string, never>; result: SiteHealth };
  /** Stored ratings changed elsewhere (another tab, delete all): redraw these keys, or all when null. */
  'ratings/changed': { payload: { keys: string[] | null }; result: { ok: true } };
}

export type Requests = ContentRequests & PageRequests;
export type RequestType = keyof Requests;
export type Payload<K extends RequestType> = Requests[K]['payload'];
export type Result<K extends RequestType> = Requests[K]['result'];

export interface Message<K extends RequestType = RequestType> {
  type: K;
  payload: Payload<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export const CONTENT_REQUEST_TYPES: readonly (keyof ContentRequests)[] = [
  'response/observe',
  'rating/set',
  'rating/get',
  'choice/record',
  'health/report',
  'steering/compose',
  'steering/settings',
];
export const PAGE_REQUEST_TYPES: readonly (keyof PageRequests)[] = [
  'stats/get',
  'health/get',
  'data/delete-all',
  'profile/get',
  'settings/get',
  'settings/set',
  'steering/preview',
];
