import { describe, expect, it } from 'vitest';
import { computeMetrics } from './metrics';

const pairs = (list: [string, string][]) => list.map(([gold, predicted]) => ({ gold, predicted }));

describe('computeMetrics', () => {
  const m = computeMetrics(
    pairs([
      ['a', 'a'],
      ['a', 'a'],
      ['a', 'b'],
      ['b', 'b'],
      ['b', 'a'],
      ['c', 'c'],
    ]),
    ['a', 'b', 'c', 'd'],
  );

  it('counts a confusion table with gold rows and predicted columns', () => {
    expect(m.confusion).toEqual({
      labels: ['a', 'b', 'c', 'd'],
      counts: [
        [2, 1, 0, 0],
        [1, 1, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 0],
      ],
    });
  });

  it('computes accuracy, per-class precision/recall/F1, macro-F1 over all labels and balanced accuracy over present classes', () => {
    expect(m.total).toBe(6);
    expect(m.accuracy).toBeCloseTo(4 / 6);
    const a = m.perClass[0]!;
    expect([a.support, a.precision, a.recall, a.f1]).toEqual([3, 2 / 3, 2 / 3, 2 / 3]);
    const b = m.perClass[1]!;
    expect(b.precision).toBeCloseTo(0.5);
    expect(b.recall).toBeCloseTo(0.5);
    expect(m.perClass[3]).toEqual({ label: 'd', support: 0, precision: 0, recall: 0, f1: 0 });
    expect(m.macroF1).toBeCloseTo((2 / 3 + 0.5 + 1 + 0) / 4);
    expect(m.balancedAccuracy).toBeCloseTo((2 / 3 + 0.5 + 1) / 3);
  });

  it('rejects a label outside the set instead of silently dropping the row', () => {
    expect(() => computeMetrics(pairs([['a', 'z']]), ['a'])).toThrow('label outside');
  });
});
