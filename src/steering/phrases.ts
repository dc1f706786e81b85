// How each learned preference is said to the assistant: natural phrasing per axis and direction, as data.
// Steering says nothing about an axis it has no phrase for. Protected axes (see PROTECTED_AXES) are phrased in their
// bounded form in the risky direction, and their learned strength is clamped.
import { deepFreeze } from './bounds/freeze';

export type Direction = 'more' | 'less';

export interface AxisPhrases {
  readonly more: string;
  readonly less: string;
}

export const AXIS_PHRASES: Readonly<Record<string, AxisPhrases>> = deepFreeze({
  length: {
    more: "Give thorough, detailed answers; I'd rather have more depth than less.",
    less: 'Keep answers short — a few sentences unless I ask for more.',
  },
  lists: { more: 'Use bullet lists when there are several points.', less: 'Write in flowing prose rather than bullet lists.' },
  headings: { more: 'Use headings to break up longer answers.', less: 'Skip section headings; plain paragraphs are fine.' },
  tables: { more: 'Use a table when comparing options side by side.', less: 'Avoid tables; describe comparisons in text.' },
  code: { more: 'Show code when it helps, in fenced code blocks.', less: 'Keep code to a minimum unless I ask for it.' },
  bold: { more: 'Bold the key terms and takeaways.', less: "Don't use bold for emphasis." },
  examples: { more: 'Include a concrete example to illustrate the point.', less: 'Skip examples unless I ask for them.' },
  steps: { more: 'Lay out procedures as numbered steps.', less: "Don't break answers into step-by-step lists unless it's needed." },
  summary_first: { more: 'Start with a one-line summary, then the details.', less: 'Get straight into the answer without an up-front summary.' },
  wrap_up: { more: 'End with a short wrap-up of the key points.', less: "Don't end with a summary or wrap-up paragraph." },
  hedging: { more: "It's fine to qualify claims and point out nuances.", less: "Be direct; skip needless hedging, but say when you're genuinely unsure." },
  confidence: { more: "Be assertive where the evidence is strong, and say plainly when you're unsure.", less: 'Use measured, tentative wording.' },
  warmth: { more: 'Use a warm, personal tone.', less: 'Keep the tone neutral and matter-of-fact.' },
  enthusiasm: { more: 'Feel free to sound enthusiastic.', less: 'Keep the tone calm — no exclamation marks or hype.' },
  emoji: { more: 'Emoji are welcome.', less: "Don't use emoji." },
  formality: { more: 'Write in a formal, polished register.', less: 'Keep it casual and conversational.' },
  reading_level: { more: 'Technical vocabulary is fine; no need to simplify.', less: 'Use plain, simple words and short sentences.' },
  questions: { more: 'Feel free to ask me clarifying questions.', less: "Don't end with questions back to me unless something is unclear." },
  citations: { more: 'Link to sources when you make factual claims.', less: 'Skip links and references unless I ask.' },
  disclaimers: { more: 'Caveats are welcome where they are relevant.', less: 'Skip boilerplate disclaimers, but keep warnings that matter for safety or accuracy.' },
  first_person: { more: 'You can speak in the first person and share your view.', less: "Keep an impersonal voice; don't talk about yourself." },
  validation: { more: "Be kind, but don't flatter me or agree just to please me.", less: "Skip compliments like 'great question' — just answer." },
});

/** Two confident axes that read better as one line (replaces both single lines). */
export interface ComboPhrase {
  readonly id: string;
  readonly parts: readonly (readonly [axis: string, direction: Direction])[];
  readonly text: string;
}

export const COMBO_PHRASES: readonly ComboPhrase[] = deepFreeze([
  { id: 'headings+lists:more', parts: [['headings', 'more'], ['lists', 'more']], text: 'Use headings and bullet lists for anything longer than a paragraph.' },
  { id: 'headings+lists:less', parts: [['headings', 'less'], ['lists', 'less']], text: 'Write in plain paragraphs — no headings or bullet lists.' },
  { id: 'length+summary_first:less+more', parts: [['length', 'less'], ['summary_first', 'more']], text: 'Lead with the answer in a sentence or two; keep the rest short.' },
  { id: 'warmth+enthusiasm:less', parts: [['warmth', 'less'], ['enthusiasm', 'less']], text: 'Keep the tone neutral and calm — no hype, no exclamation marks.' },
] as ComboPhrase[]);

/**
 * Axes whose learned preference could erode honesty or safety in one direction. In that direction the learned mean is
 * clamped to `limit` (standardized units) and the line uses the bounded phrase above; `reason` is shown in the UI next
 * to the "bounded" badge.
 */
export interface ProtectedAxis {
  readonly axis: string;
  readonly risky: Direction;
  readonly limit: number;
  readonly reason: string;
}

export const PROTECTED_AXES: readonly ProtectedAxis[] = deepFreeze([
  { axis: 'validation', risky: 'more', limit: 0, reason: 'More validation or agreement would make the assistant tell you what you want to hear, so Attune never steers toward it.' },
  { axis: 'confidence', risky: 'more', limit: 0.5, reason: 'Certainty has to follow the evidence, so Attune caps how much it pushes for assertive wording and keeps room for "I\'m not sure".' },
  { axis: 'hedging', risky: 'less', limit: 0.5, reason: 'Less hedging is fine up to a point; real uncertainty is still said.' },
  { axis: 'disclaimers', risky: 'less', limit: 0.5, reason: 'Boilerplate disclaimers can go, but warnings that matter for safety or accuracy stay.' },
] as ProtectedAxis[]);
