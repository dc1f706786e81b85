// Composes steering blocks from the stored profile and the user's steering settings. Every block passes the
// hard-coded bounds twice: line by line in composeSteering, and as a whole in finalizeForComposer.
import { composeSteering, detectContextFromDraft, finalizeForComposer, FIXED_LINE, type ComposeResult } from '../steering/compose';
import type { ContextName, Profile } from '../model/profile-types';
import type { SteeringSettings } from '../store/settings';

function options(settings: SteeringSettings) {
  return { pinnedAxes: settings.pinnedAxes, muted: settings.mutedAxes, edits: settings.edits, custom: settings.customLines };
}

export function previewSteering(profile: Profile, settings: SteeringSettings, context: ContextName | null): ComposeResult {
  return composeSteering(profile, context, options(settings));
}

/** The block for a draft, or null when the profile is unsure of everything and the user wrote no lines. */
export function steeringForDraft(profile: Profile, settings: SteeringSettings, draft: string): string | null {
  const context = draft.trim() ? detectContextFromDraft(draft) : null;
  const composed = composeSteering(profile, context, options(settings));
  if (composed.lines.every((l) => l.source === 'fixed')) return null;
  const { text } = finalizeForComposer(composed.text);
  return text === FIXED_LINE ? null : text;
}
