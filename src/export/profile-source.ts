// Where the options page gets the profile it exports: the profile the background worker stored (meta "profile"),
// or — when none is stored yet — a fit from the stored judgments, composed into steering exactly as the
// extension would steer.
import type { AttuneDB } from '../store/db';
import { allJudgments, allResponses } from '../store/judgments';
import { getSettings, type Settings } from '../store/settings';
import type { Judgment, ObservedResponse } from '../shared/records';
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
  return fitProfile(judgments, responses);
}

/** A profile fitted from stored records, as the background worker fits it. */
export function fitProfile(judgments: readonly Judgment[], responses: readonly ObservedResponse[]): Profile {
  const model = judgments.map(fromStoredJudgment).filter((j): j is ModelJudgment => j !== null);
  return refit(model, responses.map((r) => ({ prompt: r.prompt, text: r.text })), { halfLifeDays: 180 });
}

/** Steering settings as compose options (as background/steering-service.ts composes them). */
export function steeringOptions(settings: Settings): ComposeOptions {
  const s = settings.steering;
  return { pinnedAxes: s.pinnedAxes, muted: s.mutedAxes, edits: s.edits, custom: s.customLines };
}

/** The user's steering settings as compose options. */
export async function steeringOptionsFromStore(db: AttuneDB): Promise<ComposeOptions> {
  return steeringOptions(await getSettings(db));
}

/** The profile export of a profile, composed with the given steering options (pure: the CLI uses it too). */
export function profileExportOf(profile: Profile, options: ComposeOptions, now = new Date()): ProfileExport {
  const perContext: Partial<Record<ContextName, ComposeResult>> = {};
  for (const c of CONTEXTS) perContext[c] = composeSteering(profile, c, options);
  return toProfileExport(profile, { steering: composeSteering(profile, null, options), contextSteering: perContext, now });
}

/** The profile export, composed with the user's pinned / muted / edited / custom lines. */
export async function profileExportFromStore(db: AttuneDB, steeringOptions?: ComposeOptions, now = new Date()): Promise<ProfileExport> {
  const options = steeringOptions ?? (await steeringOptionsFromStore(db));
  return profileExportOf(await loadProfile(db), options, now);
}
