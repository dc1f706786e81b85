// Steering: compose a short style block from the profile, within hard-coded bounds.
export { checkInstruction, describeRule, RULES, BOUND_CATEGORIES } from './bounds/index';
export type { BoundCategory, BoundRule, CheckResult, Verdict } from './bounds/index';
export {
  FIXED_LINE,
  DEFAULT_COMPOSE,
  composeSteering,
  ensureFixedLine,
  finalizeForComposer,
  detectContextFromDraft,
  effectiveAxes,
} from './compose';
export type { BoundedAxis, ComposeOptions, ComposeResult, ExcludedLine, FinalizedBlock, LineSource, PinnedLine, SteeringLine } from './compose';
export { AXIS_PHRASES, COMBO_PHRASES, PROTECTED_AXES } from './phrases';
export { MAX_INSTRUCTION_CHARS, normalizeInstruction } from './normalize';
