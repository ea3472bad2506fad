// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../cli/load-bank';
import { validateBank } from '../bank';
import type { Bank, Phrase } from '../types';
import { importInto } from './merge';
import type { ImportSource } from './types';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/import', name), 'utf8');
const bundled: Bank = loadBank().bank;

/** The errors `validateBank` finds in a merged bank. */
function bankErrors(bank: Bank): string[] {
  const { problems } = validateBank([{ fileName: 'merged', data: { phrases: bank.phrases, rules: bank.rules, playbooks: bank.playbooks } }]);
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.id}: ${p.field}: ${p.message}`);
}

const statuses = (rows: { row: number | string; status: string }[]) => rows.map((r) => `${r.row}:${r.status}`);

describe('importInto the bundled bank', () => {
  const before = JSON.stringify(bundled);
  const plan = importInto(bundled, 'zendesk', fixture('zendesk-macros.json'));

  it('previews every macro against the bank: copies are duplicates, lines to avoid make a row invalid', () => {
    expect(statuses(plan.preview)).toEqual([
      '360001:new', '360002:new', '360003:invalid', '360004:new', '360005:new',
      '360006:new', '360007:new', '360008:invalid', '360009:duplicate', '360010:invalid',
    ]);
    expect(plan.preview[8]).toEqual({
      row: 360009,
      title: 'Refund issued (copy)',
      status: 'duplicate',
      reason: 'same text as "reassurance.imported-billing-refund-issued"',
      phraseId: 'reassurance.imported-billing-refund-issued',
    });
    expect(plan.preview[9]!.reason).toBe(
      `contains a line to avoid: "any inconvenience this may have caused" (rule stock-apology); reword it, since the bank's rules would flag it`,
    );
  });

  it('returns a merged bank that passes validateBank, holding the new phrases with their labels', () => {
    expect(bankErrors(plan.merged)).toEqual([]);
    expect(plan.merged.phrases).toHaveLength(bundled.phrases.length + 6);
    const added = plan.merged.phrases.slice(bundled.phrases.length) as Phrase[];
    expect(added.map((p) => [p.id, p.label])).toEqual(
      plan.preview.filter((r) => r.status === 'new').map((r) => [r.phraseId, r.title]),
    );
    expect(plan.merged.rules).toEqual(bundled.rules);
    expect(plan.merged.playbooks).toEqual(bundled.playbooks);
  });

  it('changes nothing in the bank it was given', () => {
    expect(JSON.stringify(bundled)).toBe(before);
    expect(plan.merged).not.toBe(bundled);
  });

  it('gives back the bank itself, no rows and the problem when the file is unusable', () => {
    const bad = importInto(bundled, 'zendesk', fixture('bad-syntax.json'));
    expect(bad).toEqual({ preview: [], merged: bundled, problem: expect.objectContaining({ line: 4, column: 15 }), notes: [] });
    expect(bad.merged).toBe(bundled);
  });
});

describe('importing again', () => {
  const first = importInto(bundled, 'zendesk', fixture('zendesk-macros.json')).merged;

  it('finds every macro already there when nothing changed', () => {
    const again = importInto(first, 'zendesk', fixture('zendesk-macros.json'));
    expect(statuses(again.preview)).toEqual([
      '360001:duplicate', '360002:duplicate', '360003:invalid', '360004:duplicate', '360005:duplicate',
      '360006:duplicate', '360007:duplicate', '360008:invalid', '360009:duplicate', '360010:invalid',
    ]);
    expect(again.preview[1]!.reason).toBe('already in the bank as "apology.imported-apologies-late-delivery"');
    expect(again.merged.phrases).toEqual(first.phrases);
  });

  it('updates an edited macro by its title, keeping its id and what was set by hand since', () => {
    const tuned: Bank = {
      ...first,
      phrases: first.phrases.map((p) => (p.id === 'apology.imported-apologies-late-delivery' ? { ...p, moods: ['angry'], tone: 'warm', situations: ['delivery'] } : p)),
    };
    const edited = fixture('zendesk-macros.json').replace("I'm sorry your order", "I'm so sorry your order");
    const plan = importInto(tuned, 'zendesk', edited);
    expect(plan.preview[1]).toEqual({ row: 360002, title: 'Apologies::Late delivery', status: 'changed', phraseId: 'apology.imported-apologies-late-delivery' });
    expect(plan.merged.phrases.find((p) => p.id === 'apology.imported-apologies-late-delivery')).toMatchObject({
      text: expect.stringMatching(/^I'm so sorry your order/),
      moods: ['angry'],
      tone: 'warm',
      situations: ['delivery'],
    });
    expect(plan.merged.phrases).toHaveLength(first.phrases.length);
    expect(bankErrors(plan.merged)).toEqual([]);
  });
});

describe('importing a bank file', () => {
  const existing = bundled.phrases[0]!;
  const file = (phrases: unknown[]) => JSON.stringify({ phrases });

  it('replaces a phrase with the same id, finds an identical one and a copied text as duplicates', () => {
    const plan = importInto(bundled, 'bank', file([
      { ...existing, text: `${existing.text.replace(/\.$/, '')}, truly.` },
      { ...bundled.phrases[1]! },
      { ...existing, id: `${existing.category}.copy-of-first`, text: bundled.phrases[2]!.text },
    ]));
    expect(statuses(plan.preview)).toEqual([`${existing.id}:changed`, `${bundled.phrases[1]!.id}:duplicate`, `${existing.category}.copy-of-first:duplicate`]);
    expect(plan.preview[2]!.reason).toBe(`same text as "${bundled.phrases[2]!.id}"`);
    expect(plan.merged.phrases[0]!.text).toMatch(/, truly\.$/);
    expect(bankErrors(plan.merged)).toEqual([]);
  });
});

describe('every fixture, one after the other', () => {
  it('builds a bank that passes validateBank', () => {
    const steps: [ImportSource, string][] = [
      ['zendesk', 'zendesk-macros.json'],
      ['zendesk', 'zendesk-paged.json'],
      ['freshdesk', 'freshdesk-canned.json'],
      ['csv', 'canned-responses.csv'],
      ['bank', 'bank-export.json'],
    ];
    const bank = steps.reduce((b, [source, name]) => importInto(b, source, fixture(name)).merged, bundled);
    expect(bank.phrases.length - bundled.phrases.length).toBe(6 + 3 + 3 + 4 + 2);
    expect(bankErrors(bank)).toEqual([]);
  });
});

describe('a large export', () => {
  /**
   * 5 000 macros in 40 folders: HTML and plain bodies; every 100th repeats the text of the one before it, every
   * 250th has no reply action, and titles come round again after 4 900 macros.
   */
  function macros(count: number): string {
    const body = (k: number) =>
      k % 3 === 0
        ? `Hi {{ticket.requester.first_name}},\nCase ${k}: your request is being handled and we will update you by {{fill:date}}.`
        : `<p>Hi {{ticket.requester.first_name}},</p><p>About case <b>${k}</b>:</p><ul><li>step one</li><li>step two</li></ul>`;
    const list = Array.from({ length: count }, (_, i) => {
      const k = i % 100 === 99 ? i - 1 : i;
      const reply = { field: k % 3 === 0 ? 'comment_value' : 'comment_value_html', value: body(k) };
      return {
        id: 900000 + i,
        title: `Topic ${(i % 4900) % 40}::Answer ${i % 4900}`,
        active: i % 17 !== 0,
        actions: i % 250 === 7 ? [{ field: 'status', value: 'pending' }] : [{ field: 'status', value: 'pending' }, reply],
      };
    });
    return JSON.stringify({ macros: list, next_page: null, count });
  }

  it('imports 5 000 macros into the bundled bank: unique ids, repeated texts found, the merged bank valid', () => {
    const plan = importInto(bundled, 'zendesk', macros(5000));
    const count = (status: string) => plan.preview.filter((r) => r.status === status).length;
    expect(plan.preview).toHaveLength(5000);
    expect([count('new'), count('changed'), count('duplicate'), count('invalid')]).toEqual([4930, 0, 50, 20]);
    expect(plan.preview[99]).toMatchObject({ row: 900099, status: 'duplicate', phraseId: plan.preview[98]!.phraseId });
    expect(plan.preview[7]).toMatchObject({ row: 900007, status: 'invalid', reason: expect.stringMatching(/^no reply text/) });
    const ids = plan.preview.filter((r) => r.status === 'new').map((r) => r.phraseId);
    expect(new Set(ids).size).toBe(4930);
    expect(plan.preview[4900]!.phraseId).toBe(`${plan.preview[0]!.phraseId}-2`);
    expect(plan.merged.phrases).toHaveLength(bundled.phrases.length + 4930);
    expect(bankErrors(plan.merged)).toEqual([]);
  });
});
