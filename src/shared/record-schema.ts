// Validators for stored records. Used on every message from a content script and on every imported record.
import { arrayOf, nullable, num, object, oneOf, str, type Check } from './schema';
import type { ChoiceInput, ChoiceJudgment, ObservedResponse, RatingJudgment } from './records';

/** Texts above this are not a chat answer anyone rated; they are refused rather than stored. */
export const MAX_TEXT = 200_000;
export const MAX_ID = 512;

const site = str({ max: 64, min: 1, pattern: /^[a-z0-9-]+$/ });
const id = str({ max: MAX_ID, min: 1 });
const text = str({ max: MAX_TEXT });
const time = num({ min: 0, max: 8.64e15, integer: true });
const model = nullable(str({ max: 256 }));

export const observedResponseSchema: Check<ObservedResponse> = object({
  key: id,
  site,
  conversationId: nullable(str({ max: MAX_ID })),
  messageId: nullable(str({ max: MAX_ID })),
  prompt: text,
  text,
  model,
  observedAt: time,
});

export const choiceInputSchema: Check<ChoiceInput> = object({
  site,
  conversationId: nullable(str({ max: MAX_ID })),
  prompt: text,
  source: oneOf('comparison', 'battle', 'version'),
  outcome: oneOf('preference', 'tie', 'both-bad'),
  chosen: text,
  rejected: text,
  chosenModel: model,
  rejectedModel: model,
});

const judgmentBase = {
  id,
  site,
  conversationId: nullable(str({ max: MAX_ID })),
  prompt: text,
  weight: num({ min: 0, max: 10 }),
  createdAt: time,
  updatedAt: time,
};

export const ratingJudgmentSchema: Check<RatingJudgment> = object({
  ...judgmentBase,
  kind: oneOf('rating'),
  source: oneOf('inline', 'vendor', 'import'),
  responseKey: id,
  completion: text,
  label: oneOf('up', 'down'),
  model,
});

export const choiceJudgmentSchema: Check<ChoiceJudgment> = object({
  ...judgmentBase,
  kind: oneOf('choice'),
  source: oneOf('comparison', 'battle', 'version', 'import'),
  outcome: oneOf('preference', 'tie', 'both-bad'),
  chosen: text,
  rejected: text,
  chosenModel: model,
  rejectedModel: model,
});

export const judgmentSchema: Check<RatingJudgment | ChoiceJudgment> = (v, path) => {
  const k = (v as { kind?: unknown } | null)?.kind;
  return k === 'choice' ? choiceJudgmentSchema(v, path) : ratingJudgmentSchema(v, path);
};

export const keyListSchema = arrayOf(id, { max: 500 });
