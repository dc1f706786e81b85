// "Insert into chat": asks the active tab's content script to put the steering block into its composer.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabRequests } from '../../shared/protocol';

type Result = TabRequests['steering/insert']['result'];

export async function insertIntoActiveTab(): Promise<Result> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, reason: 'no active tab' };
  const reply = (await browser.tabs
    .sendMessage(tab.id, { type: 'steering/insert', payload: {} })
    .catch(() => null)) as Result | null;
  return reply ?? { ok: false, reason: 'open a supported assistant (ChatGPT, Claude, Gemini, LMArena) to insert your style' };
}

export function InsertSteering() {
  const [result, setResult] = useState<Result | null>(null);
  return (
    <div class="row">
      <button class="primary" data-attune="insert-steering" onClick={() => void insertIntoActiveTab().then(setResult)}>
        Insert into chat
      </button>
      <span class="muted" role="status" data-attune="insert-result">
        {result === null ? '' : result.ok ? 'Added at the start of your message — edit it before sending.' : result.reason}
      </span>
    </div>
  );
}
