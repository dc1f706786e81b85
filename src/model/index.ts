// Public API of the preference model (pure TypeScript; safe in a service worker, the popup and the CLI).
//
// Background worker, typical use:
//   const learner = createLearner({ halfLifeDays: 180 });
//   for (const r of storedObserved) learner.observe({ prompt: r.prompt, text: r.text });
//   learner.addJudgments(storedJudgments.map(fromStoredJudgment).filter(isJudgment));   // one full refit
//   …on each new finished response: learner.observe({ prompt, text })
//   …on each new judgment: learner.addJudgment(j)    // instant online update (≈0.03 ms)
//   …debounced (e.g. 2 s after the last judgment): learner.refit()  // exact, applies recency
//   store(learner.profile()); popup: topAxes(profile, 5)
export { AXES, DIM, AXIS_INDEX, extractFeatures, rawFeatures, extendLexicon, LEXICON_BITS, type AxisInfo } from './features';
export { CONTEXTS, CONTEXT_DESCRIPTIONS, classifyContext, contextScores, extendContextCues } from './context';
export {
  createLearner,
  refit,
  buildPrior,
  estimatePopulationSpread,
  parseTime,
  DEFAULT_WEIGHTS,
  type Learner,
  type LearnerOptions,
  type ModelJudgment,
  type PairJudgment,
  type ThumbJudgment,
  type ObservedText,
  type CandidatePair,
  type RankedPair,
} from './learner';
export {
  predictPair,
  predictPairFeatures,
  predictThumb,
  scoreResponse,
  explainProfile,
  topAxes,
  rankByInformationGain,
  emptyProfile,
  profileProblem,
  weightsFor,
  type TopAxis,
} from './profile-utils';
export { fromStoredJudgment } from './adapters';
export { chooseDirections, fitPopulation, type DirectionsChoice, type PopulationFitOptions } from './population';
export { populationProblem, type PopulationPrior } from './population-prior';
export { judgmentFromLine, type LineResult } from './lines';
export { AXIS_NAMES, type AxisEstimate, type AxisName, type ContextName, type Profile, type ProfileBaseline } from './profile-types';
