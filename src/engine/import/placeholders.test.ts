// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { slotFor, translatePlaceholders } from './placeholders';

describe('translatePlaceholders', () => {
  it('keeps our placeholders and slots as they are, with nothing to report', () => {
    const text = 'Hi {{ticket.requester.first_name}}, re #{{ticket.id}} ({{ticket.title}}) by {{fill:date}}. {{current_user.first_name}}';
    expect(translatePlaceholders(text)).toEqual({ text, notes: [] });
  });

  it('maps Freshdesk names and other spellings that mean exactly ours, silently', () => {
    expect(translatePlaceholders('{{ticket.requester.firstname}} {{ ticket.subject }} {{ticket.agent.first_name}} {{Ticket.ID}}')).toEqual({
      text: '{{ticket.requester.first_name}} {{ticket.title}} {{current_user.first_name}} {{ticket.id}}',
      notes: [],
    });
  });

  it('drops Liquid filters, saying so once per placeholder', () => {
    const { text, notes } = translatePlaceholders('Hi {{ticket.requester.first_name | capitalize}}, {{ticket.requester.first_name | capitalize}} {{fill:date | upcase}}');
    expect(text).toBe('Hi {{ticket.requester.first_name}}, {{ticket.requester.first_name}} {{fill:date}}');
    expect(notes).toEqual([
      'dropped the Liquid filter in {{ticket.requester.first_name | capitalize}}',
      'dropped the Liquid filter in {{fill:date | upcase}}',
    ]);
  });

  it('turns a placeholder with no equivalent into a slot the agent fills, and reports it', () => {
    const { text, notes } = translatePlaceholders('{{dc.refund_policy}} / {{ticket.agent.name}} / {{ticket.requester.email}}');
    expect(text).toBe('{{fill:refund_policy}} / {{fill:agent_name}} / {{fill:requester_email}}');
    expect(notes).toEqual([
      '{{dc.refund_policy}} has no equivalent: it became {{fill:refund_policy}}, for the agent to fill in',
      '{{ticket.agent.name}} has no equivalent: it became {{fill:agent_name}}, for the agent to fill in',
      '{{ticket.requester.email}} has no equivalent: it became {{fill:requester_email}}, for the agent to fill in',
    ]);
  });

  it('refuses text with Liquid logic, which would otherwise insert every branch', () => {
    const result = translatePlaceholders('{% if ticket.requester.tags contains "vip" %}VIP{% else %}Hi{% endif %}');
    expect(result.blocker).toBe('uses Liquid logic ({% if ticket.requester.tags c…), which Composure cannot run: rewrite it as plain text');
  });
});

describe('slotFor', () => {
  it.each([
    ['ticket.organization.name', 'organization_name'],
    ['current_user.name', 'agent_name'],
    ['dc.promo_2024', 'promo'],
    ['fill:Order Number', 'order_number'],
    ['???', 'text'],
  ])('%s → %s', (name, slot) => {
    expect(slotFor(name)).toBe(slot);
  });
});
