// Validates, authorizes and dispatches one incoming message. Pure (no extension APIs), so it is unit-tested.
import { parseMessage } from '../shared/protocol-schema';
import { ValidationError } from '../shared/schema';
import type { Reply, RequestType } from '../shared/protocol';
import { handlers, type HandlerContext } from './handlers';
import { classifySender, mayRequest, type SenderInfo } from './senders';

export interface RouterConfig {
  extensionId: string;
  extensionOrigin: string;
  context: HandlerContext;
}

/** Errors starting with "rejected:" are final; the content script retries any other failure. */
export async function route(raw: unknown, sender: SenderInfo, config: RouterConfig): Promise<Reply<unknown>> {
  const kind = classifySender(sender, config.extensionId, config.extensionOrigin);
  if (typeof kind === 'object') return { ok: false, error: `rejected: ${kind.reject}` };
  let message;
  try {
    message = parseMessage(raw);
  } catch (error) {
    return { ok: false, error: `rejected: ${error instanceof ValidationError ? error.message : 'malformed message'}` };
  }
  if (!mayRequest(kind, message.type)) return { ok: false, error: `rejected: ${message.type} is not allowed from this sender` };
  try {
    const handler = handlers[message.type] as (p: unknown, c: HandlerContext) => Promise<unknown>;
    return { ok: true, value: await handler(message.payload, config.context) };
  } catch (error) {
    return { ok: false, error: `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export type { RequestType };
