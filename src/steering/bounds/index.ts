// Hard-coded bounds: rules as frozen data, and the checker. Nothing here reads storage, settings or messages.
export { RULES } from './rules';
export { checkInstruction, describeRule } from './check';
export { BOUND_CATEGORIES } from './types';
export type { BoundCategory, BoundRule, CheckResult, Verdict } from './types';
