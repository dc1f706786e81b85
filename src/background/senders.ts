// Who may send what. Content scripts (on assistant pages) may only record and read ratings; only the
// extension's own pages may read stats or delete data. Messages from anywhere else are rejected.
import { CONTENT_REQUEST_TYPES, PAGE_REQUEST_TYPES, type RequestType } from '../shared/protocol';
import { adapterFor } from '../sites/registry';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'content' | 'page';

/** Classifies a sender, or returns a reason to reject it. */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | { reject: string } {
  if (sender.id !== extensionId) return { reject: 'not from this extension' };
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab && adapterFor(url)) return 'content';
  return { reject: 'sender is neither an Attune page nor a supported assistant site' };
}

export function mayRequest(kind: SenderKind, type: RequestType): boolean {
  return kind === 'content'
    ? (CONTENT_REQUEST_TYPES as readonly string[]).includes(type)
    : (PAGE_REQUEST_TYPES as readonly string[]).includes(type);
}
