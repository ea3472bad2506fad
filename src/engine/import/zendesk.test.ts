// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importZendesk } from './zendesk';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/import', name), 'utf8');

describe('importZendesk: a realistic macros.json', () => {
  const result = importZendesk(fixture('zendesk-macros.json'));
  const phrase = (row: number) => result.phrases.find((p) => p.id === result.rows.find((r) => r.row === row)?.phraseId);

  it('gives one row per macro, by macro id, invalid ones with the reason', () => {
    expect(result.problem).toBeUndefined();
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [360001, 'new'], [360002, 'new'], [360003, 'invalid'], [360004, 'new'], [360005, 'new'],
      [360006, 'new'], [360007, 'new'], [360008, 'invalid'], [360009, 'new'], [360010, 'new'],
    ]);
    expect(result.rows.find((r) => r.row === 360003)).toEqual({
      row: 360003,
      title: 'Escalate to Tier 2',
      status: 'invalid',
      reason: 'no reply text: the macro has no comment_value_html or comment_value action (it only sets "group_id", "priority")',
    });
    expect(result.rows.find((r) => r.row === 360008)?.reason).toMatch(/^uses Liquid logic/);
  });

  it('turns HTML into clean text: paragraphs, a list, a link, entities; placeholders translated and reported', () => {
    expect(phrase(360001)).toEqual({
      id: 'reassurance.imported-billing-refund-issued',
      category: 'reassurance',
      label: 'Billing::Refund issued',
      text: [
        'Hi {{ticket.requester.first_name}},',
        'Your refund of {{fill:refund_amount}} has been issued today and should reach your account within 5–7 business days.',
        'What happens next:',
        "- You'll get a confirmation email from our payment provider.",
        '- The amount appears on your statement as ACME Store.',
        'Details are in our refund guide (https://help.example.com/refunds?lang=en&src=macro).',
        'Best,',
        '{{current_user.first_name}}',
      ].join('\n'),
      situations: ['refund', 'billing'],
      moods: [],
      triggers: [],
      tone: 'neutral',
      length: 'long',
    });
    expect(result.rows[0]!.reason).toBe(
      'dropped the Liquid filter in {{ticket.requester.first_name | capitalize}}; {{dc.refund_amount}} has no equivalent: it became {{fill:refund_amount}}, for the agent to fill in',
    );
  });

  it('reads a comment_value given as ["channel:all", text] and takes the category from the title prefix', () => {
    expect(phrase(360002)).toMatchObject({
      id: 'apology.imported-apologies-late-delivery',
      text: "I'm sorry your order #{{ticket.id}} is late.\nI've asked the carrier for an update and will write again by {{fill:date}}.",
    });
  });

  it('imports an inactive macro and flags it on its row', () => {
    expect(result.rows.find((r) => r.row === 360004)?.reason).toBe('inactive in Zendesk');
  });

  it('keeps German, Chinese and Arabic text untouched; a title with no Latin letters gets an id from the macro id', () => {
    expect(phrase(360004)?.text).toBe(
      'Hallo {{ticket.requester.first_name}},\nvielen Dank für Ihre Geduld. Ihre Rückerstattung über {{fill:amount}} ist unterwegs – Sie erhalten sie spätestens am {{fill:date}}.',
    );
    expect(phrase(360005)).toMatchObject({ id: 'reassurance.imported-row-360005', label: '退款确认', text: '{{ticket.requester.name}} 您好，\n您的退款已处理，预计 3–5 个工作日到账。' });
    expect(phrase(360006)?.text).toBe('مرحبا {{ticket.requester.first_name}}، تم شحن طلبك اليوم.');
  });

  it('drops the script and style of a macro and files a question asking for details under info-gathering', () => {
    expect(phrase(360007)).toMatchObject({
      category: 'info-gathering',
      text: 'Thanks for getting in touch.\nCould you send me your order number so I can look into this?',
    });
  });
});

describe('importZendesk: other shapes', () => {
  it('reads several pages saved together as a list', () => {
    const result = importZendesk(fixture('zendesk-paged.json'));
    expect(result.rows.map((r) => [r.row, r.status, r.phraseId])).toEqual([
      [1, 'new', 'closing.imported-closings-thanks'],
      [2, 'new', 'reassurance.imported-shipping-tracking-link'],
      [3, 'new', 'follow-up.imported-follow-up-no-reply'],
    ]);
    expect(result.phrases[1]!).toMatchObject({ situations: ['delivery'], text: 'Your parcel is on its way: track it here (https://track.example.com/{{ticket.id}}).' });
  });

  it('reads a single macro ({"macro": …}) and names entries without an id by their position', () => {
    const one = importZendesk(JSON.stringify({ macro: { title: 'Hi', actions: [{ field: 'comment_value', value: 'Hello there.' }] } }));
    expect(one.rows).toEqual([{ row: 'macro', title: 'Hi', status: 'new', phraseId: 'reassurance.imported-hi' }]);
  });

  it('reports entries it cannot read as invalid rows, with where they are and what was wrong', () => {
    const result = importZendesk(
      JSON.stringify({
        macros: [
          'not a macro',
          { id: 7, title: 'No actions' },
          { id: 8, title: 'Odd value', actions: [{ field: 'comment_value', value: 42 }] },
          { id: 9, title: '  ', actions: [{ field: 'comment_value', value: 'Text.' }] },
          { id: 10, title: 'Bad braces', actions: [{ field: 'comment_value', value: 'Use {{ticket.id} now.' }] },
          { id: 11, title: 'Same title', actions: [{ field: 'comment_value', value: 'One.' }] },
          { id: 12, title: 'Same title', actions: [{ field: 'comment_value', value: 'Two.' }] },
        ],
      }),
    );
    expect(result.rows).toEqual([
      { row: 'macros[0]', title: '', status: 'invalid', reason: 'expected a macro object, found the string "not a macro"' },
      { row: 7, title: 'No actions', status: 'invalid', reason: 'has no "actions" list (found an object)' },
      { row: 8, title: 'Odd value', status: 'invalid', reason: "the comment_value action's value is the number 42: expected the reply text" },
      { row: 9, title: '', status: 'invalid', reason: 'has no title' },
      { row: 10, title: 'Bad braces', status: 'invalid', reason: expect.stringMatching(/^text: unbalanced braces near "Use \{\{ticket\.id\} now\."/) },
      { row: 11, title: 'Same title', status: 'new', phraseId: 'reassurance.imported-same-title' },
      { row: 12, title: 'Same title', status: 'new', phraseId: 'reassurance.imported-same-title-2' },
    ]);
  });
});

describe('importZendesk: files it cannot use', () => {
  it.each([
    ['bad-syntax.json', { message: "not valid JSON: missing comma: expected ',' or '}' after the property value, found '\"'", line: 4, column: 15 }],
    ['empty.json', { message: 'the file is empty' }],
    [
      'wrong-shape.json',
      { message: 'expected Zendesk macros: {"macros": [ … ]} as /api/v2/macros.json returns them, or a list of such pages; found an object with the keys "tickets", "count"' },
    ],
    ['freshdesk-canned.json', { message: expect.stringMatching(/found an object with the keys "folders", "canned_responses" — it looks like Freshdesk canned responses/) }],
  ])('%s → one problem, nothing imported', (name, problem) => {
    expect(importZendesk(fixture(name))).toEqual({ phrases: [], rows: [], problem, notes: [] });
  });

  it('says so when the macros list is empty', () => {
    expect(importZendesk('{"macros": []}').problem).toEqual({ message: 'the file holds no macros (the "macros" list is empty)' });
  });
});
