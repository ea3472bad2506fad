import { describe, expect, it } from 'vitest';
import { detectAbuse } from './abuse';
import { readMood, readMoodSignals } from './mood';
import { tokenise } from '../text/tokenise';

const mood = (text: string) => {
  const tokens = tokenise(text);
  return readMood(text, tokens, detectAbuse(text, tokens));
};

describe('readMood', () => {
  it('reads a plain request as calm, with no evidence', () => {
    expect(mood('Hi, could you send me the invoice for order 123? Thanks!')).toEqual({ mood: 'calm', intensity: 0, evidence: [] });
  });

  it('reads annoyance and disappointment as frustrated', () => {
    expect(mood('This is really disappointing, the update is annoying.').mood).toBe('frustrated');
    expect(mood('Honestly this is ridiculous.').mood).toBe('frustrated');
  });

  it('reads hostility, threats, swearing and shouting as angry', () => {
    expect(mood('I am FURIOUS. I will file a chargeback and call my lawyer!!!').mood).toBe('angry');
    expect(mood('this is fucking unacceptable').mood).toBe('angry');
    expect(mood('I HATE THIS COMPANY').mood).toBe('angry');
  });

  it('handles negation both ways', () => {
    expect(mood('not good at all').mood).not.toBe('calm');
    expect(mood('Honestly, not bad.').mood).toBe('calm');
    expect(mood("I don't know, maybe tomorrow is fine").mood).toBe('calm');
  });

  it('grows with intensifiers, shouting and repeated contact', () => {
    const plain = mood('this is annoying').intensity;
    expect(mood('this is so annoying').intensity).toBeGreaterThan(plain);
    expect(mood('this is annoying!!!').intensity).toBeGreaterThan(plain);
    const repeated = mood('This is the third time I ask, and again nothing');
    expect(repeated.mood).not.toBe('calm');
    expect(repeated.evidence.map((e) => e.text)).toContain('third time');
  });

  it('softens complaint words in a plain question, but not threats', () => {
    expect(mood("The tracking page doesn't load.").mood).toBe('frustrated');
    expect(mood("Why doesn't the tracking page load?").mood).toBe('calm');
    // An exclamation makes it a protest, not a question.
    expect(mood("Why doesn't the tracking page load?!").mood).not.toBe('calm');
    expect(mood('Do I need to get my lawyer involved?').mood).not.toBe('calm');
  });

  it('lets the clause after "but" carry the mood', () => {
    expect(mood('Thanks for the reply, but this is still useless.').mood).toBe('frustrated');
    expect(mood('The first courier was useless, but your team sorted it out quickly, thank you.').mood).toBe('calm');
  });

  it('reads typed faces like emoji, and not inside links or words', () => {
    const score = (text: string) => readMoodSignals(text, tokenise(text)).upset;
    expect(score('Not urgent at all, whenever you get a chance :)')).toBeLessThan(
      score('Not urgent at all, whenever you get a chance'),
    );
    expect(mood('Wrong size again, but happy to swap it <3').mood).toBe('calm');
    expect(score('Status:Done, see http://example.com/:D')).toBe(score('Status Done, see http example com D'));
  });

  it('does not read everyday or contrastive wording as a grievance', () => {
    expect(mood('I have a problem with my login, it should have sent me a code.').mood).toBe('calm');
    expect(mood('I mean, I can wait until Monday if needed.').mood).toBe('calm');
    expect(mood('Whether or not it ships today, please let me know.').mood).toBe('calm');
    expect(mood('My psychologist recommended your app.').mood).toBe('calm');
    expect(mood('No rush on this one.').mood).toBe('calm');
    // "not as" is a comparison, but "not as described" is a complaint.
    expect(mood('The item is not as described.').mood).toBe('frustrated');
  });

  it('does not treat shouting alone as anger', () => {
    expect(mood('GO TEAM!!! BEST DAY EVER').mood).toBe('calm');
  });

  it('keeps intensity within 0..1 and evidence spans true to the text', () => {
    const text = 'WORST. SERVICE. EVER. You are USELESS, I hate you, I want my money back NOW!!! Lawyer!';
    const reading = mood(text);
    expect(reading.intensity).toBeGreaterThan(0.5);
    expect(reading.intensity).toBeLessThanOrEqual(1);
    for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
