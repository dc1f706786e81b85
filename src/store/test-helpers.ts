// Test data builders for the store (fake-indexeddb gives each test file a fresh in-memory IndexedDB).
import type { ChoiceInput, ObservedResponse } from '../shared/records';

let n = 0;
export const uniqueDbName = (): string => `attune-test-${Date.now()}-${n++}`;

export function response(over: Partial<ObservedResponse> = {}): ObservedResponse {
  return {
    key: 'chatgpt:m-1',
    site: 'chatgpt',
    conversationId: 'c-1',
    messageId: 'm-1',
    prompt: 'How do I sort a list?',
    text: 'Use `sorted()`.',
    model: 'gpt-5',
    observedAt: 1_700_000_000_000,
    ...over,
  };
}

export function choice(over: Partial<ChoiceInput> = {}): ChoiceInput {
  return {
    site: 'chatgpt',
    conversationId: 'c-1',
    prompt: 'Write a haiku',
    source: 'comparison',
    outcome: 'preference',
    chosen: 'Cold rain on maples',
    rejected: 'Rain is wet.',
    chosenModel: null,
    rejectedModel: null,
    ...over,
  };
}
