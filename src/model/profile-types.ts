// The profile contract shared by the model (issue 4), steering (issue 5), the UI and exports (issue 6).
// The model owns this file; extend it, but keep these fields stable.

/** Posterior belief about one style axis: positive mean = the user prefers more of it. */
export interface AxisEstimate {
  /** Stable machine name, e.g. "length", "lists", "emoji". */
  axis: string;
  /** Posterior mean of the weight (standardized feature units). */
  mean: number;
  /** Posterior variance of the weight. */
  variance: number;
  /** Effective number of judgments that informed this axis (after recency and judgment weights). */
  evidence: number;
}

/** Local prompt categories; extendable. */
export type ContextName = 'coding' | 'writing' | 'learning' | 'advice' | 'factual' | 'casual';

export interface Profile {
  format: 'attune-profile';
  version: 1;
  updatedAt: number;
  /** Number of judgments the fit used. */
  judgments: number;
  /** Global preference vector. */
  global: AxisEstimate[];
  /** Per-context deviations from the global vector (effective weight = global + deviation). */
  contexts: Partial<Record<ContextName, AxisEstimate[]>>;
  /** Recency half-life used for the fit, in days (null = no decay). */
  halfLifeDays: number | null;
  /**
   * Optional (added by the model): effective per-context weights (global + deviation) with their joint variance,
   * which is smaller than the sum of the two marginal variances. Consumers that only need directions may use it.
   */
  effective?: Partial<Record<ContextName, AxisEstimate[]>>;
  /** Optional (added by the model): the user's baseline response features, so thumbs can be scored later. */
  baseline?: ProfileBaseline;
}

/** Mean standardized features (AXIS_NAMES order) of the responses a user observed, overall and per context. */
export interface ProfileBaseline {
  count: number;
  global: number[];
  contexts: Partial<Record<ContextName, { count: number; mean: number[] }>>;
}

/**
 * The style axes every part of Attune agrees on (model features, steering phrases, exports).
 * The model may add axes; steering says nothing about an axis it has no phrasing for.
 */
export const AXIS_NAMES = [
  'length',
  'lists',
  'headings',
  'tables',
  'code',
  'bold',
  'examples',
  'steps',
  'summary_first',
  'wrap_up',
  'hedging',
  'confidence',
  'warmth',
  'enthusiasm',
  'emoji',
  'formality',
  'reading_level',
  'questions',
  'citations',
  'disclaimers',
  'first_person',
  'validation',
] as const;
export type AxisName = (typeof AXIS_NAMES)[number];
