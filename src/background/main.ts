// Background worker (Chrome service worker / Firefox event page). The only writer of Attune's IndexedDB.
import browser from 'webextension-polyfill';
import { getDB } from '../store/db';
import type { SiteHealth } from '../shared/protocol';
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
