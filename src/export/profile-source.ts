// Where the options page gets the profile it exports: the profile the background worker stored (meta "profile"),
// or — when none is stored yet — a fit from the stored judgments, composed into steering exactly as the
// extension would steer.
import type { AttuneDB } from '../store/db';
import { allJudgments, allResponses } from '../store/judgments';
import { getSettings } from '../store/settings';
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

/** The user's steering settings as compose options (as background/steering-service.ts composes them). */
export async function steeringOptionsFromStore(db: AttuneDB): Promise<ComposeOptions> {
  const s = (await getSettings(db)).steering;
  return { pinnedAxes: s.pinnedAxes, muted: s.mutedAxes, edits: s.edits, custom: s.customLines };
}

/** The profile export, composed with the user's pinned / muted / edited / custom lines. */
export async function profileExportFromStore(db: AttuneDB, steeringOptions?: ComposeOptions, now = new Date()): Promise<ProfileExport> {
  steeringOptions ??= await steeringOptionsFromStore(db);
  const profile = await loadProfile(db);
  const perContext: Partial<Record<ContextName, ComposeResult>> = {};
  for (const c of CONTEXTS) perContext[c] = composeSteering(profile, c, steeringOptions);
  return toProfileExport(profile, { steering: composeSteering(profile, null, steeringOptions), contextSteering: perContext, now });
}
