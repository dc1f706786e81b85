// Requests from extension pages to the background worker, through the one protocol.
import browser from 'webextension-polyfill';
import type { PageRequests, Reply } from '../shared/protocol';

export async function request<K extends keyof PageRequests>(type: K, payload: PageRequests[K]['payload']): Promise<PageRequests[K]['result']> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<PageRequests[K]['result']> | undefined;
  if (!reply) throw new Error('The Attune background worker did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
