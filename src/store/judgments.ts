// Reads and writes of judgments and observed responses. Every write resolves only after its transaction
// committed, so an acknowledgement to a content script means the record is on disk.
// Records live in buckets (schema.ts, buckets.ts): a write reads, edits and re-writes one bucket in one
// read-write transaction; the whole-store reads (all, recent, stats) read every bucket.
import type { AttuneDB } from './db';
import { stableHash } from '../shared/hash';
import { bucketOf, compareKeys, parseRecord, recordIn, recordsIn, withoutRecord, withRecord } from './buckets';
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
  const tx = db.transaction('responseBuckets', 'readwrite');
  const number = bucketOf(response.key);
  const bucket = await tx.store.get(number);
  const existing = recordIn(bucket, response.key);
  const merged = mergeObserved(existing, response);
  const changed = merged !== existing;
  if (changed) await tx.store.put(withRecord(bucket, number, response.key, merged, merged.observedAt));
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
  const tx = db.transaction(['judgmentBuckets', 'responseBuckets'], 'readwrite');
  const judgmentStore = tx.objectStore('judgmentBuckets');
  const responseStore = tx.objectStore('responseBuckets');
  const id = ratingId(source, response.key);
  const rNumber = bucketOf(response.key);
  const jNumber = bucketOf(id);
  const [responses, judgments] = await Promise.all([responseStore.get(rNumber), judgmentStore.get(jNumber)]);
  const seen = recordIn(responses, response.key);
  const merged = mergeObserved(seen, response);
  if (merged !== seen) await responseStore.put(withRecord(responses, rNumber, response.key, merged, merged.observedAt));
  if (label === null) {
    const kept = withoutRecord(judgments, id);
    if (kept) await judgmentStore.put(kept);
  } else {
    const existing = recordIn(judgments, id);
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
    await judgmentStore.put(withRecord(judgments, jNumber, id, judgment, judgment.updatedAt));
  }
  await tx.done;
  return label;
}

/** Records a side-by-side choice; recording the same choice again only refreshes its time. */
export async function recordChoice(db: AttuneDB, choice: ChoiceInput, now = Date.now()): Promise<string> {
  const id = choiceId(choice);
  const tx = db.transaction('judgmentBuckets', 'readwrite');
  const number = bucketOf(id);
  const bucket = await tx.store.get(number);
  const existing = recordIn(bucket, id);
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
  await tx.store.put(withRecord(bucket, number, id, judgment, judgment.updatedAt));
  await tx.done;
  return id;
}

/** The inline (private) ratings of the given responses, for drawing the rating controls. */
export async function getInlineRatings(db: AttuneDB, keys: readonly string[]): Promise<Record<string, RatingLabel>> {
  const tx = db.transaction('judgmentBuckets');
  const ids = keys.map((key) => ratingId('inline', key));
  const numbers = [...new Set(ids.map(bucketOf))];
  const buckets = new Map(numbers.map((n, i) => [n, i]));
  const found = await Promise.all(numbers.map((n) => tx.store.get(n)));
  await tx.done;
  const out: Record<string, RatingLabel> = {};
  ids.forEach((id, i) => {
    const j = recordIn(found[buckets.get(bucketOf(id))!], id);
    if (j?.kind === 'rating') out[keys[i]!] = j.label;
  });
  return out;
}

const byUpdated = (a: Judgment, b: Judgment): number => a.updatedAt - b.updatedAt || compareKeys(a.id, b.id);

/** Every judgment, oldest change first (ties by id). */
export async function allJudgments(db: AttuneDB): Promise<Judgment[]> {
  return (await db.getAll('judgmentBuckets')).flatMap(recordsIn).sort(byUpdated);
}

/** Every observed response, by key. */
export async function allResponses(db: AttuneDB): Promise<ObservedResponse[]> {
  return (await db.getAll('responseBuckets')).flatMap(recordsIn).sort((a, b) => compareKeys(a.key, b.key));
}

/** Most recently updated first. Only the returned judgments are parsed (buckets keep each record's time). */
export async function recentJudgments(db: AttuneDB, limit: number): Promise<Judgment[]> {
  const buckets = await db.getAll('judgmentBuckets');
  // Newest first, ties by id descending (as the old by-updated index read backwards).
  const newer = (a: { time: number; key: string }, b: { time: number; key: string }) => b.time - a.time || compareKeys(b.key, a.key);
  const top: { time: number; key: string; text: string }[] = [];
  for (const b of buckets) {
    for (let i = 0; i < b.keys.length; i++) {
      const entry = { time: b.times[i]!, key: b.keys[i]!, text: b.texts[i]! };
      if (top.length === limit && newer(entry, top[top.length - 1]!) > 0) continue;
      top.push(entry);
      top.sort(newer);
      if (top.length > limit) top.pop();
    }
  }
  return top.map((e) => parseRecord<Judgment>(e.text));
}

export async function getStats(db: AttuneDB): Promise<Stats> {
  const tx = db.transaction(['judgmentBuckets', 'responseBuckets']);
  const [judgmentBuckets, responseBuckets] = await Promise.all([tx.objectStore('judgmentBuckets').getAll(), tx.objectStore('responseBuckets').getAll()]);
  await tx.done;
  const bySite: Record<string, number> = {};
  let ratings = 0;
  let choices = 0;
  for (const bucket of judgmentBuckets) {
    for (const j of recordsIn(bucket)) {
      bySite[j.site] = (bySite[j.site] ?? 0) + 1;
      if (j.kind === 'rating') ratings++;
      else choices++;
    }
  }
  const observed = responseBuckets.reduce((n, b) => n + b.keys.length, 0);
  return { total: ratings + choices, ratings, choices, bySite, observed };
}

/** Deletes every judgment, observed response and derived state. Returns how many judgments were deleted. */
export async function deleteAll(db: AttuneDB): Promise<number> {
  const tx = db.transaction(['judgmentBuckets', 'responseBuckets', 'meta'], 'readwrite');
  const buckets = await tx.objectStore('judgmentBuckets').getAll();
  const deleted = buckets.reduce((n, b) => n + b.keys.length, 0);
  await Promise.all([tx.objectStore('judgmentBuckets').clear(), tx.objectStore('responseBuckets').clear(), tx.objectStore('meta').clear()]);
  await tx.done;
  return deleted;
}
