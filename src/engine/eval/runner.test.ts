import { describe, expect, it } from 'vitest';
import type { Analysis, Situation } from '../types';
import { runEval } from './runner';

/** A stand-in analyser: the text names what it should answer, so each metric can be checked by hand. */
function fake(text: string): Analysis {
  const [situation, mood, abusive] = text.split(' ');
  return {
    situations: situation === '-' ? [] : [{ id: situation as Situation, score: 1, evidence: [] }],
    mood: { mood: mood as Analysis['mood']['mood'], intensity: 0, evidence: [] },
    abuse: { abusive: abusive === 'yes', evidence: [] },
  };
}

describe('runEval', () => {
  const reports = runEval(
    {
      situations: [
        { line: 0, id: 's0', text: 'refund calm no', situation: 'refund', abusive: false },
        { line: 1, id: 's1', text: 'waiting calm yes', situation: null, abusive: true },
        { line: 2, id: 's2', text: '- calm no', situation: 'billing', abusive: false },
        { line: 3, id: 's3', text: 'billing calm yes', situation: 'billing', abusive: false },
      ],
      emotion: [
        { line: 0, id: 'e0', text: '- angry no', emotion: 'frustrated' },
        { line: 1, id: 'e1', text: '- calm no', emotion: 'calm' },
        { line: 2, id: 'e2', text: '- frustrated no', emotion: 'calm' },
      ],
      abuse: [
        { line: 0, id: 'a0', text: '- calm yes', abusive: true },
        { line: 1, id: 'a1', text: '- calm no', abusive: true },
      ],
    },
    fake,
  );
  const byName = Object.fromEntries(reports.map((r) => [r.name, r]));

  it('scores situations by the first detected one, counting situations outside the eight labels as null', () => {
    const { confusion } = byName.situations!.metrics.all;
    const cell = (gold: string, predicted: string) =>
      confusion.counts[confusion.labels.indexOf(gold)]![confusion.labels.indexOf(predicted)];
    expect(cell('null', 'null')).toBe(1); // "waiting" predicted, outside the eight labels
    expect(cell('billing', 'null')).toBe(1);
    expect(byName.situations!.scores.all.accuracy).toBeCloseTo(3 / 4);
    expect(byName.situations!.metrics.even.total).toBe(2);
    expect(byName.situations!.metrics.odd.total).toBe(2);
  });

  it('scores upset as angry or frustrated against calm, with balanced accuracy', () => {
    expect(byName.upset!.scores.all.balancedAccuracy).toBeCloseTo((1 + 0.5) / 2);
  });

  it('scores Bitext abuse as recall on tagged rows and false positives on the rest, and reports missed targets', () => {
    expect(byName['abusive-bitext']!.scores.all.recall).toBe(1);
    expect(byName['abusive-bitext']!.scores.all.falsePositiveRate).toBeCloseTo(1 / 3);
    expect(byName['abusive-bitext']!.missed).toEqual(['abusive-bitext falsePositiveRate 0.333 > 0.03']);
    expect(byName.abusive!.scores.all.balancedAccuracy).toBeCloseTo(0.5);
  });
});
