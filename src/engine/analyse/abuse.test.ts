import { describe, expect, it } from 'vitest';
import { detectAbuse } from './abuse';

describe('detectAbuse', () => {
  it('flags insults aimed at the agent or company, weighing them more than swearing about a thing', () => {
    const aimed = detectAbuse('you idiots lost my parcel');
    const mild = detectAbuse('where is this damn package');
    expect(aimed.abusive).toBe(true);
    expect(aimed.targeted).toBe(true);
    expect(mild.abusive).toBe(true);
    expect(mild.targeted).toBe(false);
    expect(aimed.score).toBeGreaterThan(mild.score);
  });

  it('counts criticism words only when they are aimed at someone', () => {
    expect(detectAbuse('this app is useless and the update is stupid').abusive).toBe(false);
    expect(detectAbuse('you are useless').abusive).toBe(true);
    expect(detectAbuse('your stupid company').abusive).toBe(true);
    expect(detectAbuse('Nobody answers and your tracking page is useless.').abusive).toBe(false);
  });

  it('flags slurs and strong insults wherever they are', () => {
    expect(detectAbuse('what a bunch of assholes').abusive).toBe(true);
    expect(detectAbuse('f*** off').abusive).toBe(false); // masked swearing is not read: no invented matches
    expect(detectAbuse('fucking joke of a shop').abusive).toBe(true);
  });

  it('leaves clean text and near-miss words alone', () => {
    for (const text of ['Thanks, that solved it', 'Two batches were shipped', 'Hello, I assume the class is full', 'Scunthorpe office']) {
      expect(detectAbuse(text)).toMatchObject({ abusive: false, score: 0, evidence: [] });
    }
  });

  it('gives evidence spans into the text, shifted by an offset when given one', () => {
    const text = 'You morons, seriously.';
    expect(detectAbuse(text).evidence).toEqual([{ start: 4, end: 10, text: 'morons' }]);
    expect(detectAbuse(text, undefined, 100).evidence).toEqual([{ start: 104, end: 110, text: 'morons' }]);
  });

  it('counts a long insult once, not once per word inside it', () => {
    const reading = detectAbuse('shut the fuck up');
    expect(reading.evidence.map((e) => e.text)).toEqual(['shut the fuck up']);
  });
});
