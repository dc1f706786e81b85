// Where the options page gets the profile it exports: the profile the background worker stored (meta "profile"),
// or — when none is stored yet — a fit from the stored judgments, composed into steering exactly as the
// extension would steer.
import type { AttuneDB } from '../store/db';
import { allJudgments, allResponses } from '../store/judgments';
import { CONTEXTS } from '../model/context';
import { fromStoredJudgment } from '../model/adapters';
import { refit } from '../model/learner';
import { profileProblem } from '../model/profile-utils';
import type { ContextName, Profile } from '../model/profile-types';
import type { ModelJudgment } from '../model/learner';
import { composeSteering, type ComposeOptions, type ComposeResult } from '../steering/compose';
import { toProfileExport, type ProfileExport } from './profile';

/** The meta key the background's profile service stores the fitted profile under. */
export const PROFILE_META_KEY = 'profile';

export async function loadProfile(db: AttuneDB): Promise<Profile> {
  const stored = (await db.get('meta', PROFILE_META_KEY)) as unknown;
  if (stored && profileProblem(stored) === null) return stored as Profile;
  const [judgments, responses] = await Promise.all([allJudgments(db), allResponses(db)]);
  const model = judgments.map(fromStoredJudgment).filter((j): j is ModelJudgment => j !== null);
  return refit(model, responses.map((r) => ({ prompt: r.prompt, text: r.text })), { halfLifeDays: 180 });
}

/**
 * The profile export. `steeringOptions` are the user's pinned / muted / edited / custom lines.
 * HOOK: pass the user's saved steering settings here once the steering UI stores them.
 */
export async function profileExportFromStore(db: AttuneDB, steeringOptions: ComposeOptions = {}, now = new Date()): Promise<ProfileExport> {
  const profile = await loadProfile(db);
  const perContext: Partial<Record<ContextName, ComposeResult>> = {};
  for (const c of CONTEXTS) perContext[c] = composeSteering(profile, c, steeringOptions);
  return toProfileExport(profile, { steering: composeSteering(profile, null, steeringOptions), contextSteering: perContext, now });
}
