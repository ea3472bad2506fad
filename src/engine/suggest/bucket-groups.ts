// The situation-set buckets that fit a ticket, grouped by the ticket's situations they hold. Every bucket of a
// group scores the same situation part, so candidate gathering can read the groups best part first and stop
// reading a category once no group left can reach its leaders.
import type { BankIndex } from './bank-index';

export interface BucketGroups {
  /** Per group, the detected situations its buckets hold, as bits; 0 for the bucket of phrases for any situation. */
  situations: Int32Array;
  /** Group g's buckets are `buckets[start[g]]` up to `start[g + 1]`, in bank order. */
  start: Int32Array;
  buckets: Int32Array;
}

/** A situation-set bucket fits a ticket when it holds a detected situation, or when it is for any situation (mask 0). */
export function bucketFits(mask: number, detectedMask: number): boolean {
  return mask === 0 || (mask & detectedMask) !== 0;
}

/**
 * Groupings kept per bank and set of detected situations. Only eleven situations exist and a ticket names a
 * few, so sets recur from ticket to ticket; a bank sees a bounded number before the cache starts over.
 */
const MAX_KEPT = 512;
const kept = new WeakMap<BankIndex, Map<number, BucketGroups>>();

/** The fitting buckets of a ticket whose detected situations are the bits of `detectedMask`, grouped. */
export function bucketGroups(index: BankIndex, detectedMask: number): BucketGroups {
  let byMask = kept.get(index);
  if (!byMask) kept.set(index, (byMask = new Map()));
  let groups = byMask.get(detectedMask);
  if (!groups) {
    if (byMask.size >= MAX_KEPT) byMask.clear();
    byMask.set(detectedMask, (groups = group(index.situationSets.masks, detectedMask)));
  }
  return groups;
}

function group(masks: Int32Array, detectedMask: number): BucketGroups {
  const bySituations = new Map<number, number[]>();
  for (let b = 0; b < masks.length; b++) {
    const mask = masks[b]!;
    if (!bucketFits(mask, detectedMask)) continue;
    const shared = mask & detectedMask;
    const members = bySituations.get(shared);
    if (members) members.push(b);
    else bySituations.set(shared, [b]);
  }
  const situations = Int32Array.from(bySituations.keys());
  const start = new Int32Array(situations.length + 1);
  const buckets = new Int32Array([...bySituations.values()].flat());
  [...bySituations.values()].forEach((members, g) => (start[g + 1] = start[g]! + members.length));
  return { situations, start, buckets };
}
