import { describe, expect, it } from 'vitest';
import { buildBankIndex, situationBit } from './bank-index';
import { bucketGroups } from './bucket-groups';
import { phrase } from './fixture-bank';

const index = buildBankIndex([
  phrase('empathy.late', 'Sorry it is late.', { situations: ['delivery'] }),
  phrase('empathy.any', 'I see.'),
  phrase('apology.late-refund', 'Sorry for the wait and the refund.', { situations: ['delivery', 'refund'] }),
  phrase('apology.billing', 'Sorry about the bill.', { situations: ['billing'] }),
  phrase('ownership.refund', 'I will refund you.', { situations: ['refund'] }),
  phrase('delay-update.late', 'A new date follows.', { situations: ['delivery'] }),
]);

/** Each group as the situations it shares with the ticket and the ids of its buckets' phrases. */
function described(detected: number) {
  const groups = bucketGroups(index, detected);
  return Array.from(groups.situations, (situations, g) => ({
    situations,
    phrases: Array.from(groups.buckets.subarray(groups.start[g], groups.start[g + 1]), (b) =>
      index.phrases.filter((p) => p.situations.reduce((mask, s) => mask | situationBit(s), 0) === index.situationSets.masks[b]).map((p) => p.id),
    ).flat(),
  }));
}

describe('bucketGroups', () => {
  it('groups the fitting buckets by the detected situations they share, and leaves out the rest', () => {
    const delivery = situationBit('delivery');
    const refund = situationBit('refund');
    expect(described(delivery | refund)).toEqual([
      { situations: delivery, phrases: ['empathy.late', 'delay-update.late'] },
      { situations: 0, phrases: ['empathy.any'] },
      { situations: delivery | refund, phrases: ['apology.late-refund'] },
      { situations: refund, phrases: ['ownership.refund'] },
    ]);
    // A bucket shares only the detected situations: billing is not, so its phrases fit no group.
    expect(described(refund)).toEqual([
      { situations: 0, phrases: ['empathy.any'] },
      { situations: refund, phrases: ['apology.late-refund', 'ownership.refund'] },
    ]);
  });

  it('gives the same grouping when asked again for the same situations', () => {
    expect(bucketGroups(index, situationBit('billing'))).toBe(bucketGroups(index, situationBit('billing')));
  });
});
