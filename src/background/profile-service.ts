// Keeps the learned profile current: after judgments change it refits (debounced, in the background worker,
// never in the content script) from everything stored, then saves the profile in the store's meta.
import { createLearner, extractFeatures, fromStoredJudgment, type ModelJudgment, type Profile } from '../model';
import type { AttuneDB } from '../store/db';
import { allJudgments, allResponses } from '../store/judgments';
import { stableHash } from '../shared/hash';

export const PROFILE_KEY = 'profile';

export interface ProfileServiceOptions {
  db: () => Promise<AttuneDB>;
  /** Wait this long after the last change before refitting (ms). */
  debounceMs?: number;
  halfLifeDays?: number | null;
  now?: () => number;
}

export function createProfileService(options: ProfileServiceOptions) {
  const debounceMs = options.debounceMs ?? 1500;
  // Features of texts seen in this worker's lifetime: refits after the first are mostly cache hits.
  const featureCache = new Map<string, Float64Array>();
  const featurize = (text: string) => {
    const key = `${text.length}:${stableHash(text)}`;
    let f = featureCache.get(key);
    if (!f) {
      if (featureCache.size > 50_000) featureCache.clear();
      featureCache.set(key, (f = extractFeatures(text)));
    }
    return f;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<Profile> | null = null;
  /** A change arrived while a refit was running: run again after it. */
  let dirty = false;
  /** A change is waiting for the debounce: the stored profile is stale. */
  let scheduled = false;

  /** Fits from scratch on every stored judgment and observed response, and stores the result. */
  async function rebuild(): Promise<Profile> {
    const db = await options.db();
    const [judgments, responses] = await Promise.all([allJudgments(db), allResponses(db)]);
    const learner = createLearner({ halfLifeDays: options.halfLifeDays ?? 180, featurize, ...(options.now ? { now: options.now } : {}) });
    for (const r of responses) learner.observe({ prompt: r.prompt, text: r.text });
    learner.addJudgments(judgments.map(fromStoredJudgment).filter((j): j is ModelJudgment => j !== null));
    learner.refit();
    const profile = learner.profile();
    await db.put('meta', profile, PROFILE_KEY);
    return profile;
  }

  function refitNow(): Promise<Profile> {
    clearTimeout(timer);
    scheduled = false;
    if (running) {
      dirty = true;
      return running;
    }
    running = rebuild().finally(() => {
      running = null;
      if (dirty) {
        dirty = false;
        schedule();
      }
    });
    return running;
  }

  function schedule() {
    clearTimeout(timer);
    scheduled = true;
    timer = setTimeout(() => void refitNow().catch((e: unknown) => console.warn('[attune] refit failed', e)), debounceMs);
  }

  return {
    /** Judgments or observed responses changed: refit soon. */
    changed: schedule,
    refitNow,
    /** The stored profile, fitting one first if none is stored yet or a change is waiting to be learned. */
    async current(): Promise<Profile> {
      if (running) return running;
      if (scheduled) return refitNow();
      const stored = (await (await options.db()).get('meta', PROFILE_KEY)) as Profile | undefined;
      return stored ?? refitNow();
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
