import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../types';
import { analyse } from './index';
import { HEAD_WINDOW, LATEST_WINDOW } from './window';

function snapshot(messages: TicketSnapshot['messages'], subject?: string): TicketSnapshot {
  const latest = messages.filter((m) => m.role === 'customer').at(-1)?.text ?? '';
  return { helpdesk: 'generic', messages, latestCustomerMessage: latest, ...(subject ? { subject } : {}) };
}

describe('analyse', () => {
  it('reads a string as one customer message', () => {
    const analysis = analyse('You idiots charged me twice!!! I want a refund NOW or I call my lawyer');
    expect(analysis.situations.map((s) => s.id)).toEqual(['billing', 'refund']);
    expect(analysis.mood.mood).toBe('angry');
    expect(analysis.abuse.abusive).toBe(true);
  });

  it('gives evidence offsets into the latest customer message of a snapshot', () => {
    const latest = 'Still nothing. Where is my order? This is ridiculous.';
    const analysis = analyse(
      snapshot([
        { role: 'customer', text: 'Hello, I ordered a lamp last week.' },
        { role: 'agent', text: 'Sorry for the delay, we are checking.' },
        { role: 'customer', text: latest },
      ]),
    );
    const evidence = [...analysis.situations.flatMap((s) => s.evidence), ...analysis.mood.evidence];
    expect(evidence.length).toBeGreaterThan(1);
    for (const e of evidence) expect(latest.slice(e.start, e.end)).toBe(e.text);
  });

  it('does not read the agent’s words as the customer’s', () => {
    const analysis = analyse(
      snapshot([
        { role: 'customer', text: 'Hi, can you check my order please?' },
        { role: 'agent', text: 'This is ridiculous, you idiots, I hate refunds and cancellations' },
      ]),
    );
    expect(analysis.mood.mood).toBe('calm');
    expect(analysis.abuse.abusive).toBe(false);
    expect(analysis.situations).toEqual([]);
  });

  it('counts earlier customer messages and the subject a little, never more than the latest message', () => {
    const earlier = 'I want a refund. Where is my refund? I was promised my money back.';
    const latest = 'Where is my money?';
    const alone = analyse(snapshot([{ role: 'customer', text: latest }])).situations;
    const withHistory = analyse(
      snapshot([
        { role: 'customer', text: earlier },
        { role: 'agent', text: 'We are looking into it.' },
        { role: 'customer', text: latest },
      ]),
    ).situations;
    expect(alone.map((s) => s.id)).toEqual(['refund']);
    expect(withHistory.map((s) => s.id)).toEqual(['refund']);
    expect(withHistory[0]!.score).toBeGreaterThan(alone[0]!.score);

    const switched = analyse(
      snapshot([
        { role: 'customer', text: earlier },
        { role: 'customer', text: 'Also the invoice is wrong.' },
      ]),
    ).situations;
    expect(switched[0]!.id).toBe('billing');

    expect(analyse(snapshot([{ role: 'customer', text: 'Any news?' }], 'Refund not received')).situations[0]?.id).toBe('refund');
  });

  it('reads only the head and the end of a huge paste, with offsets into the full text', () => {
    const lorem = 'lorem ipsum dolor sit amet '.repeat(400);
    const middle = 'my promo code was not applied '.repeat(33_000);
    const text = `${lorem}${middle}${lorem}where is my package, this is ridiculous`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const analysis = analyse(text);
    expect(analysis.situations.map((s) => s.id)).not.toContain('discount');
    const delivery = analysis.situations.find((s) => s.id === 'delivery');
    expect(delivery?.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['where is my package']);
    const read = (e: { start: number }) => e.start < HEAD_WINDOW || e.start > text.length - LATEST_WINDOW;
    for (const hit of analysis.situations) for (const e of hit.evidence) expect(read(e)).toBe(true);
    for (const e of analysis.mood.evidence) expect(e.start).toBeGreaterThan(text.length - LATEST_WINDOW);
  });
});

describe('analyse: a problem stated above a long pasted log', () => {
  it('still finds the situation in the first lines, with evidence at their real offsets', () => {
    const opening = 'I was charged twice for my order and I want a refund. Here is the log:\n';
    const text = opening + 'ts=2026-11-24 level=debug component=sync msg="heartbeat ok"\n'.repeat(250);
    const found = analyse(text).situations;
    expect(found.map((s) => s.id)).toEqual(expect.arrayContaining(['billing', 'refund']));
    for (const hit of found) for (const e of hit.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
