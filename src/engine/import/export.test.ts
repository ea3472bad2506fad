// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBankFile } from './bank-format';
import { exportBank } from './export';
import { importInto } from './merge';
import type { Bank } from '../types';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/import', name), 'utf8');

/** Personal phrases as storage keeps them: plain objects, fields in any order, optional lists left out. */
const personal: Record<string, unknown>[] = [
  { text: 'Ich verstehe Ihren Ärger – das hätte nicht passieren dürfen.', id: 'empathy.personal-verstehe', category: 'empathy', tone: 'warm', length: 'short' },
  {
    id: 'delay-update.personal-multi-line',
    category: 'delay-update',
    label: 'Status: "in transit"',
    text: 'Hi {{ticket.requester.first_name}},\n\nyour parcel is on its way: # {{fill:tracking}}\n- no action needed',
    situations: ['delivery'],
    moods: ['calm'],
    triggers: ['where is', 'yes', 'null'],
    tone: 'neutral',
    length: 'long',
  },
  { id: 'closing.personal-arabic', category: 'closing', text: 'شكرًا لصبرك، {{ticket.requester.first_name}}.', tone: 'warm', length: 'short' },
];

describe('exportBank', () => {
  it.each(['json', 'yaml'] as const)('writes phrases the bank importer reads back unchanged (%s)', (format) => {
    const text = exportBank(personal, format);
    const back = importBankFile(text);
    expect(back.problem).toBeUndefined();
    expect(back.rows.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    expect(back.phrases).toEqual(personal.map((p) => ({ situations: [], moods: [], triggers: [], ...p })));
  });

  it('re-imported into the bank that holds them, every phrase is a duplicate: nothing would change', () => {
    const bank: Bank = { phrases: importBankFile(exportBank(personal, 'json')).phrases, rules: [], playbooks: [] };
    for (const format of ['json', 'yaml'] as const) {
      expect(importInto(bank, 'bank', exportBank(personal, format)).preview.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    }
  });

  it('orders fields as the bank files do, keeps a YAML text readable, and starts YAML with a comment saying what it is', () => {
    const json = exportBank(personal, 'json');
    expect(Object.keys(JSON.parse(json).phrases[0])).toEqual(['id', 'category', 'text', 'tone', 'length']);
    expect(json.endsWith('}\n')).toBe(true);
    const yaml = exportBank(personal, 'yaml');
    expect(yaml.split('\n')[0]).toMatch(/^# Composure phrases\. Import this file/);
    expect(yaml).toContain('    text: |-\n      Hi {{ticket.requester.first_name}},\n\n      your parcel is on its way');
    expect(yaml).toContain('  - id: empathy.personal-verstehe\n    category: empathy\n    text: Ich verstehe Ihren Ärger – das hätte nicht passieren dürfen.\n');
    // Word lists on one line, as a person types them; words YAML would read as something else stay quoted.
    expect(yaml).toContain('    situations: [delivery]\n    moods: [calm]\n    triggers: [where is, yes, "null"]\n');
  });

  it('keeps a phrase the validator rejects, so an export loses nothing; importing it again reports it', () => {
    const broken = { id: 'closing.personal-typo', category: 'closing', text: 'Bye {{ticket.nme}}', tone: 'warm', length: 'short', note: 'mine' };
    const back = importBankFile(exportBank([broken], 'yaml'));
    expect(back.rows[0]).toMatchObject({ status: 'invalid', reason: expect.stringContaining('{{ticket.nme}}') });
    expect(exportBank([broken], 'yaml')).toContain('    note: mine\n');
  });

  it('round-trips the YAML fixture through an export without change', () => {
    const phrases = importBankFile(fixture('bank-export.yaml')).phrases;
    expect(importBankFile(exportBank(phrases, 'yaml')).phrases).toEqual(phrases);
  });
});
