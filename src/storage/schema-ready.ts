import { migrateStorage } from './migrations';

let ready: Promise<unknown> | undefined;

/**
 * Resolves once the stored data is in the current schema: the first read or write of each page migrates
 * what an older version left (every page may be the first to run after an update; migrations are idempotent).
 * A failed migration leaves the old data in place, untouched, to be tried again by the next page.
 */
export function schemaReady(): Promise<unknown> {
  ready ??= migrateStorage().catch(() => undefined);
  return ready;
}

/** Tests start every case from empty storage, so the next access must look again. */
export function forgetSchemaCheck(): void {
  ready = undefined;
}
