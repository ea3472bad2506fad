// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { categoryFromHints, categoryFromText, DEFAULT_CATEGORY, lengthOf, situationsFromHints, toneOf } from './category';

describe('categoryFromHints', () => {
  it.each([
    [['Apologies'], 'apology'],
    [['closing'], 'closing'],
    [['Follow Ups'], 'follow-up'],
    [['Escalations'], 'escalation-handoff'],
    [['Info request'], 'info-gathering'],
    [['yes_if'], 'yes-if'],
    [['Refunds', 'Apologies'], 'apology'],
  ])('%j → %s', (hints, category) => {
    expect(categoryFromHints(hints)).toBe(category);
  });

  it('takes no category from a situation, a team or a vague folder name', () => {
    expect(categoryFromHints(['Refunds', 'Billing', 'Tier 2', 'General', 'Thanks', 'Greetings'])).toBeUndefined();
  });
});

describe('situationsFromHints', () => {
  it('finds situations in folder names and tags, once each, in vocabulary order', () => {
    expect(situationsFromHints(['Refunds', 'Shipping', 'billing', 'refund', 'billing_team', 'Payments'])).toEqual(['delivery', 'refund', 'billing']);
  });
});

describe('categoryFromText', () => {
  it.each([
    ["I'm so sorry your parcel is late.", 'apology'],
    ['Hi {{ticket.requester.first_name}},\nWe apologize that the item arrived broken. A new one is on its way.', 'apology'],
    ['My apologies for the mix-up.', 'apology'],
    ['Thanks for your patience!', 'closing'],
    ['Is there anything else I can help you with?', 'closing'],
    ['Just following up on my last message.', 'follow-up'],
    ["I've escalated this to our billing specialists, who will reply by {{fill:date}}.", 'escalation-handoff'],
    ['Thanks for getting in touch. Could you send me your order number?', 'info-gathering'],
    ['Your refund has been processed. Do you have any other questions?', DEFAULT_CATEGORY],
    ['Your refund has been processed and will arrive by {{fill:date}}.', DEFAULT_CATEGORY],
    ['Ihre Rückerstattung ist unterwegs.', DEFAULT_CATEGORY],
  ])('%s → %s', (text, category) => {
    expect(categoryFromText(text)).toBe(category);
  });
});

describe('tone and length', () => {
  it('calls "Dear …" formal and everything else neutral', () => {
    expect(toneOf('Dear Ms Smith,\nThank you.')).toBe('formal');
    expect(toneOf('Hi Sam, thanks.')).toBe('neutral');
  });

  it('calls one sentence short, more long, counting CJK full stops and lines', () => {
    expect(lengthOf('Your order shipped today.')).toBe('short');
    expect(lengthOf('Your order shipped. It arrives Monday.')).toBe('long');
    expect(lengthOf('注文は発送されました。月曜日に届きます。')).toBe('long');
    expect(lengthOf('Best,\n{{current_user.first_name}}')).toBe('long');
  });
});
