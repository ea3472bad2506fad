import { putRecords, readRecords, removeRecords } from './record-store';
import { MAX_ID_LENGTH, type RecordKind } from './records';

/**
 * A list the agent writes entry by entry (personal phrases, personal lines to avoid): each entry its own
 * record keyed by its `id`, holding its position in the list, so adding, editing or deleting one writes
 * that one record and two tabs never drop each other's entries.
 */
export interface OrderedEntries {
  read(): Promise<Record<string, unknown>[]>;
  /** An existing id is replaced in place, a new one appended (or placed right after entry `after`). One write. */
  put(entries: readonly object[], options?: { after?: string }): Promise<void>;
  /** Saves an edited entry whose id changed: the new record takes the old one's place, then the old goes. */
  rename(oldId: string, entry: object): Promise<void>;
  remove(id: string): Promise<void>;
}

type Stored = { order: number };

export function orderedEntries<S extends Stored>(
  kind: RecordKind<S>,
  /** What one entry is called in messages ("Phrase 2 has no usable id"). */
  noun: string,
  limit: number,
  wrap: (order: number, entry: Record<string, unknown>) => S,
  unwrap: (stored: S) => Record<string, unknown>,
): OrderedEntries {
  const idOf = (entry: object, index: number): string => {
    const id = (entry as { id?: unknown }).id;
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
      throw new Error(`${noun} ${index + 1} has no usable id (a text of 1 to ${MAX_ID_LENGTH} characters).`);
    }
    return id;
  };
  const byOrder = (a: [string, S], b: [string, S]) => a[1].order - b[1].order || a[0].localeCompare(b[0]);

  return {
    read: async () => [...(await readRecords(kind))].sort(byOrder).map(([, stored]) => unwrap(stored)),
    put: async (entries, options = {}) => {
      const ids = entries.map(idOf);
      const existing = await readRecords(kind);
      const adding = new Set(ids.filter((id) => !existing.has(id))).size;
      if (existing.size + adding > limit) {
        throw new Error(`That would make ${existing.size + adding} ${noun.toLowerCase()}s; the limit is ${limit}.`);
      }
      const orders = [...existing.values()].map((s) => s.order).sort((a, b) => a - b);
      const anchor = options.after === undefined ? undefined : existing.get(options.after)?.order;
      // New entries go after the last one (or between `after` and its neighbour), in the order given.
      const start = anchor ?? Math.max(Date.now(), (orders.at(-1) ?? 0) + 1);
      const end = anchor === undefined ? start + entries.length : (orders.find((o) => o > anchor) ?? anchor + 1);
      const step = (end - start) / (entries.length + 1);
      await putRecords(
        kind,
        entries.map((entry, i) => [ids[i]!, wrap(existing.get(ids[i]!)?.order ?? start + step * (i + 1), entry as Record<string, unknown>)] as const),
      );
    },
    rename: async (oldId, entry) => {
      const id = idOf(entry, 0);
      const order = (await readRecords(kind)).get(oldId)?.order ?? Date.now();
      await putRecords(kind, [[id, wrap(order, entry as Record<string, unknown>)]]);
      if (oldId !== id) await removeRecords(kind, [oldId]);
    },
    remove: (id) => removeRecords(kind, [id]),
  };
}
