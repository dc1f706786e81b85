// Converts the store's judgment records (src/shared/records.ts) into model judgments.
import type { Judgment } from '../shared/records';
import type { ModelJudgment } from './learner';

/** A stored rating/choice as a model judgment; null for ties and "both bad" (they carry no preference). */
export function fromStoredJudgment(j: Judgment): ModelJudgment | null {
  if (j.kind === 'rating') {
    return { kind: 'thumb', prompt: j.prompt, completion: j.completion, label: j.label === 'up', weight: j.weight, at: j.updatedAt ?? j.createdAt };
  }
  if (j.outcome !== 'preference') return null;
  return { kind: 'pair', prompt: j.prompt, chosen: j.chosen, rejected: j.rejected, weight: j.weight, at: j.updatedAt ?? j.createdAt };
}
