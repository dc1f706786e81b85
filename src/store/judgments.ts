// Reads and writes of judgments and observed responses. Every write resolves only after its transaction
// committed, so an acknowledgement to a content script means the record is on disk.
import type { AttuneDB } from './db';
import { stableHash } from '../shared/hash';
import {
  JUDGMENT_WEIGHTS,
  type ChoiceInput,
  type ChoiceJudgment,
  type Judgment,
  type ObservedResponse,
  type RatingJudgment,
  type RatingLabel,
  type RatingSource,
} from '../shared/records';
import type { Stats } from '../shared/protocol';

export const ratingId = (source: RatingSource, responseKey: string): string => `rating:${source}:${responseKey}`;

export function choiceId(choice: ChoiceInput): string {
  const a = stableHash(choice.chosen);
  const b = stableHash(choice.rejected);
  // A tie has no direction: the same two texts give the same id in either order.
  const pair = choice.outcome === 'preference' ? `${a}>${b}` : [a, b].sort().join('=');
  return `choice:${choice.source}:${choice.site}:${stableHash(`${choice.prompt}\u0000${pair}`)}`;
}

/** Stores a response seen on a page (the model's baseline); keeps the first sighting time and fills a missing prompt. */
export async function observeResponse(db: AttuneDB, response: ObservedResponse): Promise<boolean> {
  const tx = db.transaction('responses', 'readwrite');
  const existing = await tx.store.get(response.key);
  const merged = mergeObserved(existing, response);
  const changed = merged !== existing;
  if (changed) await tx.store.put(merged);
  await tx.done;
  return changed;
}

function mergeObserved(existing: ObservedResponse | undefined, next: ObservedResponse): ObservedResponse {
  if (!existing) return next;
  const prompt = existing.prompt || next.prompt;
  const model = existing.model ?? next.model;
  if (prompt === existing.prompt && model === existing.model && next.text === existing.text) return existing;
  return { ...existing, prompt, model, text: next.text || existing.text };
}

/** Sets, changes or (label null) clears one source's rating of a response. */
export async function setRating(
  db: AttuneDB,
  response: ObservedResponse,
  source: RatingSource,
  label: RatingLabel | null,
  now = Date.now(),
): Promise<RatingLabel | null> {
  const tx = db.transaction(['judgments', 'responses'], 'readwrite');
  const judgments = tx.objectStore('judgments');
  const responses = tx.objectStore('responses');
  const id = ratingId(source, response.key);
  const seen = await responses.get(response.key);
  const merged = mergeObserved(seen, response);
  if (merged !== seen) await responses.put(merged);
  if (label === null) {
    await judgments.delete(id);
  } else {
    const existing = await judgments.get(id);
    const judgment: RatingJudgment = {
      id,
      kind: 'rating',
      site: response.site,
      conversationId: response.conversationId,
      prompt: merged.prompt,
      source,
      weight: JUDGMENT_WEIGHTS[source],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      responseKey: response.key,
      completion: merged.text,
      label,
      model: merged.model,
    };
    await judgments.put(judgment);
  }
  await tx.done;
  return label;
}

/** Records a side-by-side choice; recording the same choice again only refreshes its time. */
export async function recordChoice(db: AttuneDB, choice: ChoiceInput, now = Date.now()): Promise<string> {
  const id = choiceId(choice);
  const tx = db.transaction('judgments', 'readwrite');
  const existing = await tx.store.get(id);
  const judgment: ChoiceJudgment = {
    id,
    kind: 'choice',
    site: choice.site,
    conversationId: choice.conversationId,
    prompt: choice.prompt,
    source: choice.source,
    weight: JUDGMENT_WEIGHTS[choice.source],
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    outcome: choice.outcome,
    chosen: choice.chosen,
    rejected: choice.rejected,
    chosenModel: choice.chosenModel,
    rejectedModel: choice.rejectedModel,
  };
  await tx.store.put(judgment);
  await tx.done;
  return id;
}

/** The inline (private) ratings of the given responses, for drawing the rating controls. */
export async function getInlineRatings(db: AttuneDB, keys: readonly string[]): Promise<Record<string, RatingLabel>> {
  const tx = db.transaction('judgments');
  const found = await Promise.all(keys.map((key) => tx.store.get(ratingId('inline', key))));
  await tx.done;
  const out: Record<string, RatingLabel> = {};
  found.forEach((j, i) => {
    if (j?.kind === 'rating') out[keys[i]!] = j.label;
  });
  return out;
}

export async function allJudgments(db: AttuneDB): Promise<Judgment[]> {
  return db.getAllFromIndex('judgments', 'by-updated');
}

export async function allResponses(db: AttuneDB): Promise<ObservedResponse[]> {
  return db.getAll('responses');
}

/** Most recently updated first. */
export async function recentJudgments(db: AttuneDB, limit: number): Promise<Judgment[]> {
  const out: Judgment[] = [];
  let cursor = await db.transaction('judgments').store.index('by-updated').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function getStats(db: AttuneDB): Promise<Stats> {
  const tx = db.transaction(['judgments', 'responses']);
  const bySite: Record<string, number> = {};
  let ratings = 0;
  let choices = 0;
  let cursor = await tx.objectStore('judgments').openCursor();
  while (cursor) {
    const j = cursor.value;
    bySite[j.site] = (bySite[j.site] ?? 0) + 1;
    if (j.kind === 'rating') ratings++;
    else choices++;
    cursor = await cursor.continue();
  }
  const observed = await tx.objectStore('responses').count();
  await tx.done;
  return { total: ratings + choices, ratings, choices, bySite, observed };
}

/** Deletes every judgment, observed response and derived state. Returns how many judgments were deleted. */
export async function deleteAll(db: AttuneDB): Promise<number> {
  const tx = db.transaction(['judgments', 'responses', 'meta'], 'readwrite');
  const deleted = await tx.objectStore('judgments').count();
  await Promise.all([tx.objectStore('judgments').clear(), tx.objectStore('responses').clear(), tx.objectStore('meta').clear()]);
  await tx.done;
  return deleted;
}
