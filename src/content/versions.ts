// Regenerated versions ("< 2/3 >" on ChatGPT, "N / M" on Claude): only the shown version is in the DOM, so the
// content script remembers the text of every version it saw per response slot (conversation + prompt). When the
// user continues the conversation from one version (a later response appears after it while it is shown), that
// version is recorded as preferred over each other version seen — a weak, inferred choice (source 'version').
import type { VersionInfo } from '../sites/adapter';
import type { ChoiceInput, ObservedResponse } from '../shared/records';

export interface VersionSighting {
  response: Pick<ObservedResponse, 'conversationId' | 'prompt' | 'text' | 'model'>;
  /** From the page's counter; null when it shows none (a single version, index 1). */
  version: VersionInfo | null;
  /** No other response (finished or streaming) comes after it on the page. */
  isTail: boolean;
}

interface Slot {
  /** text by version index */
  seen: Map<number, { text: string; model: string | null }>;
  /** Text shown while this slot was the last response: continuing from it is the signal. */
  tailText: string | null;
}

export interface VersionTracker {
  /** Feeds one pass's finished responses in page order; returns the choices the user just made. */
  observe(sightings: readonly VersionSighting[]): Omit<ChoiceInput, 'site'>[];
}

export function createVersionTracker(maxSlots = 200): VersionTracker {
  const slots = new Map<string, Slot>();

  const slotFor = (key: string): Slot => {
    let slot = slots.get(key);
    if (!slot) {
      slots.set(key, (slot = { seen: new Map(), tailText: null }));
      if (slots.size > maxSlots) slots.delete(slots.keys().next().value!);
    }
    return slot;
  };

  return {
    observe(sightings) {
      const choices: Omit<ChoiceInput, 'site'>[] = [];
      for (const { response, version, isTail } of sightings) {
        if (!response.prompt || !response.text) continue;
        const slot = slotFor(`${response.conversationId ?? ''}\u0000${response.prompt}`);
        slot.seen.set(version?.index ?? 1, { text: response.text, model: response.model });
        if (isTail) {
          slot.tailText = response.text;
          continue;
        }
        const continued = slot.tailText === response.text;
        slot.tailText = null;
        if (!continued) continue;
        const others = new Map<string, string | null>();
        for (const v of slot.seen.values()) if (v.text !== response.text) others.set(v.text, v.model);
        for (const [rejected, rejectedModel] of others) {
          choices.push({
            conversationId: response.conversationId,
            prompt: response.prompt,
            source: 'version',
            outcome: 'preference',
            chosen: response.text,
            rejected,
            chosenModel: response.model,
            rejectedModel,
          });
        }
      }
      return choices;
    },
  };
}
