// Style wishes the bounds must always let through (issue 5's contract): checked by the rule and classifier tests.
// Bounded personalization means these are personal style, not a weakening of honesty, accuracy or safety.
import { deepFreeze } from './freeze';

export const MUST_PASS_STYLE_WISHES: readonly string[] = deepFreeze([
  'Be blunt.',
  'Skip the pleasantries.',
  "Don't over-apologize.",
  'No emoji.',
  'Answer in German.',
  "Assume I'm an expert.",
  'Disagree with me when warranted.',
  'Act as a patient tutor.',
]);
