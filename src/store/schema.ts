import type { DBSchema } from 'idb';
import type { Judgment, ObservedResponse } from '../shared/records';

export interface AttuneSchema extends DBSchema {
  judgments: { key: string; value: Judgment; indexes: { 'by-updated': number; 'by-site': string } };
  responses: { key: string; value: ObservedResponse; indexes: { 'by-observed': number } };
  meta: { key: string; value: unknown };
}
