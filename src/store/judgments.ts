// Reads and writes of judgments and observed responses. Every write resolves only after its transaction
// committed, so an acknowledgement to a content script means the record is on disk.
// Records live in buckets (schema.ts, buckets.ts): a write reads, edits and re-writes one bucket in one
// read-write transaction; the whole-store reads (all, recent, stats) read every bucket.
import type { AttuneDB } from './db';
import { stableHash } from '../shared/hash';
import { bucketOf, findSorted, judgmentKey, responseKey, withoutRecord, withRecord } from './buckets';
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
  const bucket = bucketOf(response.key);
  const records = (await tx.store.get(bucket))?.records ?? [];
  const existing = findIn(records, response.key, responseKey);
  const merged = mergeObserved(existing, response);
  const changed = merged !== existing;
  if (changed) await tx.store.put({ bucket, records: withRecord(records, merged, responseKey) });
  await tx.done;
  return changed;
}

function findIn<T>(records: readonly T[], id: string, keyOf: (r: T) => string): T | undefined {
  const at = findSorted(records, id, keyOf);
  return at >= 0 ? records[at] : undefined;
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
  const rBucket = bucketOf(response.key);
  const jBucket = bucketOf(id);
  const [responses, judgments] = await Promise.all([responseStore.get(rBucket), judgmentStore.get(jBucket)]);
  const responseRecords = responses?.records ?? [];
  const judgmentRecords = judgments?.records ?? [];
  const seen = findIn(responseRecords, response.key, responseKey);
  const merged = mergeObserved(seen, response);
  if (merged !== seen) await responseStore.put({ bucket: rBucket, records: withRecord(responseRecords, merged, responseKey) });
  if (label === null) {
    const kept = withoutRecord(judgmentRecords, id, judgmentKey);
    if (kept !== judgmentRecords) await judgmentStore.put({ bucket: jBucket, records: [...kept] });
  } else {
    const existing = findIn(judgmentRecords, id, judgmentKey);
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
    await judgmentStore.put({ bucket: jBucket, records: withRecord(judgmentRecords, judgment, judgmentKey) });
  }
  await tx.done;
  return label;
}

/** Records a side-by-side choice; recording the same choice again only refreshes its time. */
export async function recordChoice(db: AttuneDB, choice: ChoiceInput, now = Date.now()): Promise<string> {
  const id = choiceId(choice);
  const tx = db.transaction('judgmentBuckets', 'readwrite');
  const bucket = bucketOf(id);
  const records = (await tx.store.get(bucket))?.records ?? [];
  const existing = findIn(records, id, judgmentKey);
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
  await tx.store.put({ bucket, records: withRecord(records, judgment, judgmentKey) });
  await tx.done;
  return id;
}

/** The inline (private) ratings of the given responses, for drawing the rating controls. */
export async function getInlineRatings(db: AttuneDB, keys: readonly string[]): Promise<Record<string, RatingLabel>> {
  const tx = db.transaction('judgmentBuckets');
  const ids = keys.map((key) => ratingId('inline', key));
  const numbers = [...new Set(ids.map(bucketOf))];
  const buckets = new Map((await Promise.all(numbers.map((b) => tx.store.get(b)))).flatMap((b) => (b ? [[b.bucket, b.records] as const] : [])));
  await tx.done;
  const out: Record<string, RatingLabel> = {};
  ids.forEach((id, i) => {
    const j = findIn(buckets.get(bucketOf(id)) ?? [], id, judgmentKey);
    if (j?.kind === 'rating') out[keys[i]!] = j.label;
  });
  return out;
}

/** Every judgment, oldest change first (ties by id). */
export async function allJudgments(db: AttuneDB): Promise<Judgment[]> {
  return (await db.getAll('judgmentBuckets')).flatMap((b) => b.records).sort(byUpdated);
}

/** Every observed response, by key. */
export async function allResponses(db: AttuneDB): Promise<ObservedResponse[]> {
  return (await db.getAll('responseBuckets')).flatMap((b) => b.records).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const byUpdated = (a: Judgment, b: Judgment): number => a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Most recently updated first. */
export async function recentJudgments(db: AttuneDB, limit: number): Promise<Judgment[]> {
  const all = (await db.getAll('judgmentBuckets')).flatMap((b) => b.records);
  // Keep the newest `limit` without sorting everything: most records are older than the current cut.
  const top: Judgment[] = [];
  for (const j of all) {
    if (top.length === limit && byUpdated(j, top[top.length - 1]!) < 0) continue;
    top.push(j);
    top.sort((a, b) => byUpdated(b, a));
    if (top.length > limit) top.pop();
  }
  return top;
}

export async function getStats(db: AttuneDB): Promise<Stats> {
  const tx = db.transaction(['judgmentBuckets', 'responseBuckets']);
  const [judgmentBuckets, responseBuckets] = await Promise.all([tx.objectStore('judgmentBuckets').getAll(), tx.objectStore('responseBuckets').getAll()]);
  await tx.done;
  const bySite: Record<string, number> = {};
  let ratings = 0;
  let choices = 0;
  for (const { records } of judgmentBuckets) {
    for (const j of records) {
      bySite[j.site] = (bySite[j.site] ?? 0) + 1;
      if (j.kind === 'rating') ratings++;
      else choices++;
    }
  }
  const observed = responseBuckets.reduce((n, b) => n + b.records.length, 0);
  return { total: ratings + choices, ratings, choices, bySite, observed };
}

/** Deletes every judgment, observed response and derived state. Returns how many judgments were deleted. */
export async function deleteAll(db: AttuneDB): Promise<number> {
  const tx = db.transaction(['judgmentBuckets', 'responseBuckets', 'meta'], 'readwrite');
  const buckets = await tx.objectStore('judgmentBuckets').getAll();
  const deleted = buckets.reduce((n, b) => n + b.records.length, 0);
  await Promise.all([tx.objectStore('judgmentBuckets').clear(), tx.objectStore('responseBuckets').clear(), tx.objectStore('meta').clear()]);
  await tx.done;
  return deleted;
}
