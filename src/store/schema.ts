import type { DBSchema } from 'idb';
import type { Judgment, ObservedResponse } from '../shared/records';

/**
 * Records are stored in buckets (schema v2): one IndexedDB record per bucket, holding every record whose id hashes
 * to it (store/buckets.ts), sorted by id. IndexedDB costs about the same per stored record whatever its size, so a
 * 100,000-judgment import writes ~2,000 buckets instead of 166,000 records; a live write re-writes one small bucket.
 */
/**
 * Version of the record shapes (shared/records.ts) that backups carry as `schemaVersion`. Schema v2 changed how
 * records are stored (buckets), not the records, so backups still say 1 and older Attune versions still read them.
 * Bump it (with a backup upgrade step) only when a migration changes the records themselves.
 */
export const RECORD_SCHEMA_VERSION = 1;

export interface Bucket<T> {
  bucket: number;
  records: T[];
}

export interface AttuneSchema extends DBSchema {
  judgmentBuckets: { key: number; value: Bucket<Judgment> };
  responseBuckets: { key: number; value: Bucket<ObservedResponse> };
  meta: { key: string; value: unknown };
}

/** Stores of schema v1 (one record per judgment / response), removed by migration 2. Migrations only. */
export interface AttuneSchemaV1Stores {
  judgments: { key: string; value: Judgment; indexes: { 'by-updated': number; 'by-site': string } };
  responses: { key: string; value: ObservedResponse; indexes: { 'by-observed': number } };
}

/** Every store any schema version had: what migrations see. */
export interface AttuneSchemaHistory extends AttuneSchema, AttuneSchemaV1Stores {}
