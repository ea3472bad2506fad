import { describe, expect, it } from 'vitest';
import { detectSituations } from './situations';

const ids = (text: string) => detectSituations(text).map((s) => s.id);
const first = (text: string) => detectSituations(text)[0]?.id ?? null;

describe('detectSituations', () => {
  it('reads typos and everyday phrasings', () => {
    expect(first('I need a refnd for order 123')).toBe('refund');
    expect(ids('my delivry never arrived')).toContain('delivery');
    expect(first('you charged me twice for one order')).toBe('billing');
    expect(first('where is my package??')).toBe('delivery');
    expect(ids('I have been waiting 3 weeks for an answer')).toContain('waiting');
    expect(first('Please close my premium account')).toBe('cancellation');
    expect(first('can I talk to a real person')).toBe('escalation');
    expect(first('I forgot my password')).toBe('technical');
    expect(first('I want to file a complaint against your company')).toBe('complaint');
    expect(first('the screen arrived cracked and broken')).toBe('faulty');
    expect(first('my promo code does not work')).toBe('discount');
    expect(first('the blue one is out of stock again')).toBe('unavailable');
  });

  it('finds nothing in an everyday request or small talk', () => {
    expect(ids('Hi, thanks for the quick reply, have a nice day')).toEqual([]);
    expect(ids('what shipping options do you offer to Canada?')).toEqual([]);
    expect(ids('which payment methods do you accept?')).toEqual([]);
    expect(ids('I want to unsubscribe from the newsletter, cancel it please')).not.toContain('cancellation');
  });

  it('does not read an ordinary word as a typo of a term word', () => {
    expect(ids('I need to change my delivery address')).not.toContain('billing');
    expect(ids('tracking number please')).toEqual(['delivery']);
  });

  it('needs more than one weak hint', () => {
    expect(ids('the package')).toEqual([]);
    expect(ids('the package was shipped')).toEqual(['delivery']);
  });

  it('ranks the situation with the most evidence first, with scores in 0..1', () => {
    const hits = detectSituations('Where is my order? It never arrived. Also I want a refund.');
    expect(hits.map((h) => h.id)).toEqual(['delivery', 'refund']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThan(1);
    }
  });

  it('points at the words it used, with offsets into the text', () => {
    const text = 'Hello. You CHARGED ME TWICE and I want my money back.';
    for (const hit of detectSituations(text)) {
      expect(hit.evidence.length).toBeGreaterThan(0);
      for (const e of hit.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    const billing = detectSituations(text).find((h) => h.id === 'billing')!;
    expect(billing.evidence.map((e) => e.text)).toEqual(['CHARGED ME TWICE']);
  });

  it('lets up to three words stand inside a gapped pattern, not more', () => {
    expect(first('please close my old gold account')).toBe('cancellation');
    expect(ids('close the window that shows my account')).not.toContain('cancellation');
  });
});
