import { describe, expect, it } from 'vitest';
import { KNOWN_PLACEHOLDERS } from '../types';
import { fillPlaceholders, isKnownPlaceholder, listPlaceholders, type FillContext } from './index';

const ticket: FillContext['ticket'] = {
  requesterName: 'Jane Doe',
  requesterFirstName: 'Jane',
  ticketId: '4521',
  subject: 'Where is my parcel?',
  agentFirstName: 'Sam',
};
const fill = (text: string, context: FillContext = {}) => fillPlaceholders(text, context);
const text = (source: string, context: FillContext = {}) => fill(source, context).text;

describe('fillPlaceholders: values', () => {
  it('fills every known placeholder from the ticket', () => {
    const result = fill(
      'Hi {{ticket.requester.first_name}} ({{ticket.requester.name}}), about #{{ticket.id}} "{{ticket.title}}" — {{current_user.first_name}}',
      { ticket },
    );
    expect(result.text).toBe('Hi Jane (Jane Doe), about #4521 "Where is my parcel?" — Sam');
    expect(result.missing).toEqual([]);
    expect(result.slots).toEqual([]);
  });

  it('takes the first name from the full name when the first name is unknown', () => {
    expect(text('Hi {{ticket.requester.first_name}},', { ticket: { requesterName: '  Maria  de la Cruz ' } })).toBe('Hi Maria,');
  });

  it('does not use an e-mail address as a first name', () => {
    expect(text('Hi {{ticket.requester.first_name}}, thanks', { ticket: { requesterName: 'jane@example.com' } })).toBe('Hi, thanks');
  });

  it('puts values on one line, trimmed', () => {
    expect(text('Re: {{ticket.title}}.', { ticket: { subject: '  Broken\n  lid ' } })).toBe('Re: Broken lid.');
  });

  it('is case-sensitive and allows spaces inside the braces', () => {
    const result = fill('{{ ticket.id }} {{Ticket.Id}}', { ticket });
    expect(result.text).toBe('4521 {{Ticket.Id}}');
    expect(result.missing).toEqual(['Ticket.Id']);
  });
});

describe('fillPlaceholders: a missing value leaves no gap', () => {
  it.each([
    ['Hi {{ticket.requester.first_name}}, thanks', 'Hi, thanks'],
    ['Hi {{ticket.requester.first_name}}!', 'Hi!'],
    ['Thanks, {{current_user.first_name}}', 'Thanks'],
    ['Thanks, {{current_user.first_name}}.', 'Thanks.'],
    ['Kind regards — {{current_user.first_name}}', 'Kind regards'],
    ['Your order {{ticket.id}} is on its way.', 'Your order is on its way.'],
    ['{{ticket.requester.first_name}}, thanks for waiting.', 'Thanks for waiting.'],
    ['{{ticket.requester.first_name}} thanks for waiting.', 'Thanks for waiting.'],
    ['Sorry again. {{ticket.requester.first_name}} we will fix it.', 'Sorry again. We will fix it.'],
    ['About your ticket ({{ticket.id}}) today', 'About your ticket today'],
    ['Best,\n{{current_user.first_name}}', 'Best,'],
    ['Best,\n{{current_user.first_name}}\nSupport team', 'Best,\nSupport team'],
    ["I'll see to it,\n{{current_user.first_name}}.", "I'll see to it."],
    ['{{ticket.requester.first_name}}. Thanks for waiting.', 'Thanks for waiting.'],
    ['Best,\r\n{{current_user.first_name}}\r\nSupport team', 'Best,\r\nSupport team'],
    ['Hi {{ticket.requester.first_name}} {{ticket.requester.name}}, thanks', 'Hi, thanks'],
    ['{{ticket.requester.first_name}}', ''],
  ])('%j → %j', (source, expected) => {
    const result = fill(source);
    expect(result.text).toBe(expected);
    expect(result.text).not.toMatch(/ {2}| [,.!?]|\{\{/);
  });

  it('reports the missing placeholders once each, in order', () => {
    expect(fill('{{ticket.id}} {{current_user.first_name}} {{ticket.id}}').missing).toEqual(['ticket.id', 'current_user.first_name']);
  });

  it('a blank value counts as missing', () => {
    expect(fill('Hi {{ticket.requester.first_name}}, ok', { ticket: { requesterFirstName: '   ' } })).toMatchObject({
      text: 'Hi, ok',
      missing: ['ticket.requester.first_name'],
    });
  });
});

describe('fillPlaceholders: unknown placeholders and slots', () => {
  it('leaves unknown placeholders as written and reports them', () => {
    const result = fill('See {{ticket.foo}} and {{fill:Order}} now', { ticket });
    expect(result.text).toBe('See {{ticket.foo}} and {{fill:Order}} now');
    expect(result.missing).toEqual(['ticket.foo', 'fill:Order']);
  });

  it('fills slots from the agent and marks the rest with a visible stand-in', () => {
    const result = fill('Order {{fill:order_number}} ships on {{fill:ship_date}}.', { slots: { ship_date: 'Friday' } });
    expect(result.text).toBe('Order [order number] ships on Friday.');
    expect(result.slots).toEqual(['order_number']);
    expect(result.missing).toEqual([]);
  });

  it('does not read slot names off the object prototype', () => {
    expect(fill('{{fill:constructor}}', { slots: {} }).slots).toEqual(['constructor']);
  });
});

describe('fillPlaceholders: segments', () => {
  it('cut the text into text, values, missing placeholders and slots, and join to the text', () => {
    const result = fill('Hi {{ticket.requester.first_name}}, order {{fill:order_number}} {{ticket.foo}} by {{current_user.first_name}}', {
      ticket: { requesterFirstName: 'Jane' },
    });
    expect(result.segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'value', text: 'Jane', name: 'ticket.requester.first_name' },
      { kind: 'text', text: ', order ' },
      { kind: 'slot', text: '[order number]', name: 'order_number' },
      { kind: 'text', text: ' ' },
      { kind: 'missing', text: '{{ticket.foo}}', name: 'ticket.foo' },
      { kind: 'text', text: ' by' },
      { kind: 'missing', text: '', name: 'current_user.first_name' },
    ]);
    expect(result.segments.map((s) => s.text).join('')).toBe(result.text);
  });

  it('a slot filled by the agent is a value named after its placeholder', () => {
    expect(fill('{{fill:order_number}}', { slots: { order_number: 'A-1' } }).segments).toEqual([
      { kind: 'value', text: 'A-1', name: 'fill:order_number' },
    ]);
  });
});

describe('fillPlaceholders: idempotent', () => {
  it('never re-expands braces brought in by a value', () => {
    const context: FillContext = { ticket: { requesterName: 'Eve {{ticket.id}}', ticketId: '7', subject: '{{current_user.first_name}}' } };
    const once = fill('Hi {{ticket.requester.name}}: {{ticket.title}}', context);
    expect(once.text).toBe('Hi Eve ((ticket.id)): ((current_user.first_name))');
    expect(text(once.text, context)).toBe(once.text);
  });

  it('does not let literal braces around a removed placeholder form a new one', () => {
    const context: FillContext = { ticket: { ticketId: '7' } };
    for (const source of ['{{{{ticket.requester.first_name}}ticket.id}}', '{{{{current_user.first_name}}}}', '{ {{ticket.title}}{ticket.id}}']) {
      const once = text(source, context);
      expect(text(once, context)).toBe(once);
    }
  });

  it('holds for random texts mixing placeholders, braces, spaces and punctuation', () => {
    let seed = 3;
    const next = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const pieces = ['{{', '}}', '{', '}', ' ', ', ', '.', '\n', 'Hi', 'thanks', '(', ')', ...KNOWN_PLACEHOLDERS.map((p) => `{{${p}}}`),
      '{{fill:order}}', '{{ticket.foo}}', 'ticket.id', '\uD800', '—'];
    const contexts: FillContext[] = [{}, { ticket: { ...ticket, requesterName: '{{ticket.id}}' }, slots: { order: '}}{{' } }];
    for (let n = 0; n < 3000; n++) {
      let source = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) source += pieces[Math.floor(next() * pieces.length)];
      const context = contexts[n % 2]!;
      const once = fill(source, context);
      expect(once.segments.map((s) => s.text).join('')).toBe(once.text);
      expect(text(once.text, context)).toBe(once.text);
      for (const name of listPlaceholders(once.text)) expect(KNOWN_PLACEHOLDERS as readonly string[]).not.toContain(name);
    }
  });

  it('stays fast on pathological texts', () => {
    for (const source of [
      `${' '.repeat(200_000)}{{ticket.id}}${' '.repeat(200_000)}`.repeat(5),
      '{{ticket.id}} '.repeat(50_000),
      '{ {{ticket.foo}}'.repeat(50_000),
    ]) {
      const began = performance.now();
      fill(source);
      expect(performance.now() - began).toBeLessThan(1000);
    }
  });
});

describe('listPlaceholders and isKnownPlaceholder', () => {
  it('lists every placeholder name once, in order, known or not', () => {
    expect(listPlaceholders('{{ticket.id}} {{fill:order}} {{ticket.id}} {{ ticket.foo }} {{ticket.id}')).toEqual([
      'ticket.id',
      'fill:order',
      'ticket.foo',
    ]);
  });

  it('knows the ticket placeholders and well-formed fill slots', () => {
    for (const name of KNOWN_PLACEHOLDERS) expect(isKnownPlaceholder(name)).toBe(true);
    expect(isKnownPlaceholder('fill:order_number')).toBe(true);
    expect(isKnownPlaceholder('fill:Order')).toBe(false);
    expect(isKnownPlaceholder('fill:')).toBe(false);
    expect(isKnownPlaceholder('fill:order-number')).toBe(false);
    expect(isKnownPlaceholder('ticket.foo')).toBe(false);
    expect(isKnownPlaceholder('Ticket.id')).toBe(false);
  });
});
