// Background worker (Chrome service worker / Firefox event page). The only writer of Attune's IndexedDB.
import browser from 'webextension-polyfill';
import { getDB } from '../store/db';
import type { SiteHealth, TabRequests } from '../shared/protocol';
import { route } from './router';
import { createProfileService } from './profile-service';
import { adapters } from '../sites/registry';

const health = new Map<string, SiteHealth>();
const extensionOrigin = browser.runtime.getURL('');
const profiles = createProfileService({ db: getDB });

function tellTabs<K extends keyof TabRequests>(type: K, payload: TabRequests[K]['payload']): void {
  // Host permissions cover exactly the assistant sites, so this finds only tabs where Attune runs.
  void browser.tabs
    .query({ url: adapters.flatMap((a) => [...a.matches]) })
    .then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type, payload }).catch(() => {});
    })
    .catch(() => {});
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) =>
  route(raw, sender, {
    extensionId: browser.runtime.id,
    extensionOrigin,
    context: {
      db: getDB,
      judgmentsChanged: profiles.changed,
      health,
      profiles,
      ratingsChanged: (keys) => tellTabs('ratings/changed', { keys }),
    },
  }),
);

// The keyboard shortcut asks the active tab's content script to insert the steering block.
browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'insert-steering') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'steering/insert', payload: {} }).catch(() => {
    // Not a supported assistant tab: nothing to insert into.
  });
});
