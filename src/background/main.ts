// Background worker (Chrome service worker / Firefox event page). The only writer of Attune's IndexedDB.
import browser from 'webextension-polyfill';
import { getDB } from '../store/db';
import type { SiteHealth, TabRequests } from '../shared/protocol';
import { route } from './router';
import { createProfileService } from './profile-service';

const health = new Map<string, SiteHealth>();
const extensionOrigin = browser.runtime.getURL('');
const profiles = createProfileService({ db: getDB });

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) =>
  route(raw, sender, {
    extensionId: browser.runtime.id,
    extensionOrigin,
    context: { db: getDB, judgmentsChanged: profiles.changed, health, profiles },
  }),
);

// The keyboard shortcut asks the active tab's content script to insert the steering block.
browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'insert-steering') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: { type: keyof TabRequests; payload: Record<string, never> } = { type: 'steering/insert', payload: {} };
  await browser.tabs.sendMessage(tab.id, message).catch(() => {
    // Not a supported assistant tab: nothing to insert into.
  });
});
