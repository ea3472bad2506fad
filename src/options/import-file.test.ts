import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinBank, mergePersonal } from '../bank/builtin';
import { exportBank } from '../engine/import';
import { appliedMessage, detectSource, MAX_IMPORT_BYTES, prepareImport, sizeProblem, type AgentBank, type PreparedImport } from './import-file';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../tests/fixtures/import', name), 'utf8');

function agentWith(personal: Record<string, unknown>[], limit = 5000): AgentBank {
  return { bank: mergePersonal({ phrases: personal, disabled: [] }).bank, personal, limit };
}

function planned(prepared: PreparedImport) {
  if (prepared.kind !== 'plan') throw new Error(`expected a plan, got: ${prepared.message}`);
  return prepared;
}

describe('detectSource', () => {
  it.each([
    ['zendesk-macros.json', 'zendesk'],
    ['zendesk-paged.json', 'zendesk'],
    ['freshdesk-canned.json', 'freshdesk'],
    ['canned-responses.csv', 'csv'],
    ['bank-export.json', 'bank'],
    ['bank-export.yaml', 'bank'],
  ])('tells %s is %s', (name, source) => {
    expect(detectSource(name, fixture(name))).toBe(source);
  });

  it('reads the content when the name says nothing', () => {
    expect(detectSource('export', fixture('zendesk-macros.json'))).toBe('zendesk');
    expect(detectSource('export.txt', fixture('canned-responses.csv'))).toBe('csv');
    expect(detectSource('export', '# mine\nphrases:\n  - id: x\n')).toBe('bank');
    expect(detectSource('download', JSON.stringify([{ id: 1, title: 'Hi', content_html: '<p>Hi</p>' }]))).toBe('freshdesk');
    expect(detectSource('download', JSON.stringify([{ id: 1, title: 'Hi', actions: [] }]))).toBe('zendesk');
  });

  it('says nothing about files it cannot tell', () => {
    expect(detectSource('wrong-shape.json', fixture('wrong-shape.json'))).toBeUndefined();
    expect(detectSource('bad-syntax.json', fixture('bad-syntax.json'))).toBeUndefined();
    expect(detectSource('notes.txt', 'Dear customer, thanks.')).toBeUndefined();
  });
});

describe('sizeProblem', () => {
  it('takes files up to 10 MB and refuses larger ones, saying how large they are', () => {
    expect(sizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(sizeProblem(12.3 * 1024 * 1024)).toMatch(/^The file is 12\.3 MB; the import reads files up to 10\.0 MB\./);
  });
});

describe('prepareImport', () => {
  it('plans a Zendesk export against the built-in bank: the statuses the CLI reports, and only new and changed get applied', () => {
    const plan = planned(prepareImport(agentWith([]), 'auto', 'zendesk-macros.json', fixture('zendesk-macros.json')));
    expect(plan).toMatchObject({ source: 'zendesk', detected: true, counts: { new: 6, changed: 0, duplicate: 1, invalid: 3 } });
    expect(plan.toApply.map((p) => p.id)).toEqual(plan.rows.filter((r) => r.status === 'new').map((r) => r.phraseId));
    expect(plan.toApply[0]).toMatchObject({ id: 'reassurance.imported-billing-refund-issued', label: 'Billing::Refund issued' });
    expect(plan.blocked).toBeUndefined();
  });

  it('finds what the agent already has: a second import of the same file changes nothing, an edited macro updates their phrase', () => {
    const first = planned(prepareImport(agentWith([]), 'zendesk', 'm.json', fixture('zendesk-macros.json')));
    const again = planned(prepareImport(agentWith(first.toApply), 'zendesk', 'm.json', fixture('zendesk-macros.json')));
    expect(again.counts).toEqual({ new: 0, changed: 0, duplicate: 7, invalid: 3 });
    expect(again.toApply).toEqual([]);

    const edited = fixture('zendesk-macros.json').replace('is late.', 'is running late.');
    const update = planned(prepareImport(agentWith(first.toApply), 'zendesk', 'm.json', edited));
    expect(update.counts).toMatchObject({ new: 0, changed: 1 });
    expect(update.toApply).toEqual([expect.objectContaining({ id: 'apology.imported-apologies-late-delivery', text: expect.stringContaining('is running late.') })]);
  });

  it('catches a duplicate of a built-in phrase', () => {
    const builtin = builtinBank().phrases[0]!;
    const csv = `title,text\nMine,"${builtin.text.replace(/"/g, '""')}"\n`;
    const plan = planned(prepareImport(agentWith([]), 'auto', 'sheet.csv', csv));
    expect(plan.rows[0]).toMatchObject({ status: 'duplicate', reason: `same text as "${builtin.id}"` });
    expect(plan.toApply).toEqual([]);
  });

  it('re-imports the agent\'s own export as all duplicates (JSON and YAML)', () => {
    const mine = planned(prepareImport(agentWith([]), 'auto', 'b.yaml', fixture('bank-export.yaml'))).toApply;
    for (const format of ['json', 'yaml'] as const) {
      const plan = planned(prepareImport(agentWith(mine), 'auto', `composure-phrases.${format}`, exportBank(mine, format)));
      expect(plan.counts).toEqual({ new: 0, changed: 0, duplicate: 3, invalid: 0 });
    }
  });

  it('says so when a new phrase takes the id of a stored phrase that was broken', () => {
    const broken = { id: 'empathy.team-verstehe-sie', category: 'empathy', text: 'Hallo {{ticket.nme}}', tone: 'warm', length: 'short' };
    const plan = planned(prepareImport(agentWith([broken]), 'bank', 'b.yaml', fixture('bank-export.yaml')));
    expect(plan.rows[0]).toMatchObject({ status: 'new', reason: 'replaces your phrase "empathy.team-verstehe-sie", which had an error and was not suggested' });
  });

  it('blocks an import that would pass the personal phrase limit', () => {
    const plan = planned(prepareImport(agentWith([], 5), 'zendesk', 'm.json', fixture('zendesk-macros.json')));
    expect(plan.blocked).toBe('This would make 6 phrases of your own; the limit is 5. Import a smaller file, or delete phrases you no longer use.');
  });

  it('turns an unusable file into one problem, with the line and column when known, and nothing to apply', () => {
    expect(prepareImport(agentWith([]), 'auto', 'bad-syntax.json', fixture('bad-syntax.json'))).toEqual({
      kind: 'problem',
      detected: true,
      message: `line 4, column 15: not valid JSON: missing comma: expected ',' or '}' after the property value, found '"'`,
    });
    expect(prepareImport(agentWith([]), 'auto', 'bad.yaml', fixture('bad-syntax.yaml'))).toMatchObject({
      kind: 'problem',
      source: 'bank',
      message: 'line 4, column 11: not valid YAML: a quoted text starts here with " and is never closed',
    });
    expect(prepareImport(agentWith([]), 'freshdesk', 'z.json', fixture('zendesk-macros.json'))).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/it looks like Zendesk macros, import it as those$/),
    });
    expect(prepareImport(agentWith([]), 'auto', 'wrong-shape.json', fixture('wrong-shape.json'))).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/^Could not tell what kind of export this file is/),
    });
    expect(prepareImport(agentWith([]), 'auto', 'empty.json', '')).toMatchObject({ kind: 'problem', message: 'the file is empty' });
  });
});

describe('appliedMessage', () => {
  it('gives the counts of what was written and what was skipped', () => {
    expect(appliedMessage({ new: 6, changed: 0, duplicate: 1, invalid: 3 }, 'macros.json')).toBe(
      'Imported 6 phrases from macros.json: 6 new, 0 changed. Skipped 1 duplicate and 3 invalid rows.',
    );
    expect(appliedMessage({ new: 0, changed: 1, duplicate: 0, invalid: 0 }, 'm.json')).toBe('Imported 1 phrase from m.json: 0 new, 1 changed.');
  });
});
