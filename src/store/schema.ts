import type { DBSchema } from 'idb';
import type { Judgment, ObservedResponse } from '../shared/records';

/**
 * Version of the record shapes (shared/records.ts) that backups carry as `schemaVersion`. Schema v2 changed how
 * records are stored (buckets), not the records, so backups still say 1 and older Attune versions still read them.
 * Bump it (with a backup upgrade step) only when a migration changes the records themselves.
 */
export const RECORD_SCHEMA_VERSION = 1;

/**
 * Records are stored in buckets (schema v2): one IndexedDB record per bucket, holding every record whose key
 * hashes to it (store/buckets.ts), sorted by key, each as its JSON text. IndexedDB costs about the same per
 * stored record whatever its size, and reads values above 64 KB (kept as files) much faster than small ones, so
 * 100,000 judgments are ~500 big records instead of 166,000 small ones. Texts rather than objects: a backup is
 * the texts joined, with no object built or serialized again; a live write re-writes one bucket.
 * `T` is the record type the texts hold.
 */
export interface Bucket<T = unknown> {
  bucket: number;
  /** Judgment ids or response keys, sorted. */
  keys: string[];
  /** texts[i] = JSON.stringify of the record with key keys[i]. */
  texts: RecordText<T>[];
  /** times[i] = that record's time (judgments: updatedAt; responses: observedAt), so "most recent" reads parse only what they return. */
  times: number[];
}

/** The JSON text of a record of type T. */
export type RecordText<T> = string & { readonly __record?: T };

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
