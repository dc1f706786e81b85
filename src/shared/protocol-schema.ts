// Payload validators for every request type in protocol.ts, keyed by type so none can be forgotten.
import { keyListSchema, choiceInputSchema, observedResponseSchema, MAX_TEXT } from './record-schema';
import { settingsSchema } from '../store/settings';
import { CONTEXTS } from '../model/context';
import { nullable, num, object, oneOf, str, ValidationError, isPlainObject, arrayOf, type Check } from './schema';
import type { Message, Payload, RequestType, SiteHealth } from './protocol';

const siteId = str({ max: 64, min: 1, pattern: /^[a-z0-9-]+$/ });

const healthSchema: Check<SiteHealth> = object({
  site: str({ max: 64, min: 1, pattern: /^[a-z0-9-]+$/ }),
  status: oneOf('working', 'degraded', 'not-conversation'),
  missing: arrayOf(str({ max: 80 }), { max: 10 }),
  url: str({ max: 2048 }),
  checkedAt: num({ min: 0, integer: true }),
});

export const payloadSchemas: { [K in RequestType]: Check<Payload<K>> } = {
  'response/observe': object({ response: observedResponseSchema }),
  'rating/set': object({
    response: observedResponseSchema,
    source: oneOf('inline', 'vendor'),
    label: nullable(oneOf('up', 'down')),
  }),
  'rating/get': object({ keys: keyListSchema }),
  'choice/record': object({ choice: choiceInputSchema }),
  'health/report': object({ health: healthSchema }),
  'stats/get': object({}),
  'health/get': object({ site: str({ max: 64, min: 1 }) }),
  'data/delete-all': object({ confirm: oneOf('delete-all') }),
  'profile/get': object({}),
  'settings/get': object({}),
  'settings/set': object({ settings: settingsSchema }),
  'steering/preview': object({ context: nullable(oneOf(...CONTEXTS)) }),
  'steering/compose': object({ site: siteId, draft: str({ max: MAX_TEXT }) }),
  'steering/settings': object({ site: siteId }),
};

/** Checks a raw message's envelope and payload; throws ValidationError naming the problem. */
export function parseMessage(raw: unknown): Message {
  if (!isPlainObject(raw)) throw new ValidationError('message', 'must be an object');
  const { type, payload } = raw;
  if (typeof type !== 'string' || !Object.hasOwn(payloadSchemas, type)) {
    throw new ValidationError('message.type', `unknown request type ${JSON.stringify(String(type)).slice(0, 80)}`);
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'type' && key !== 'payload') throw new ValidationError(`message.${key}`, 'is not an allowed field');
  }
  const check = payloadSchemas[type as RequestType] as Check<unknown>;
  return { type: type as RequestType, payload: check(payload, 'payload') as Payload<RequestType> };
}
