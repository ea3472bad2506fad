// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankFormatOfName, bankFormatOfText, importBankFile } from './bank-format';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/import', name), 'utf8');

describe('importBankFile', () => {
  const result = importBankFile(fixture('bank-export.json'));

  it('takes valid phrases as written (optional lists filled in), with their label', () => {
    expect(result.phrases).toEqual([
      {
        id: 'empathy.team-hear-you',
        category: 'empathy',
        label: 'Hear you',
        text: 'I hear you, and I want to get this sorted for you today.',
        situations: ['complaint'],
        moods: ['frustrated', 'angry'],
        triggers: ['unacceptable', 'ridiculous'],
        tone: 'warm',
        length: 'short',
      },
      {
        id: 'closing.team-sign-off',
        category: 'closing',
        text: 'Thanks for bearing with us, {{ticket.requester.first_name}}.',
        situations: [],
        moods: [],
        triggers: [],
        tone: 'warm',
        length: 'short',
      },
    ]);
  });

  it('reports every error of an invalid phrase on its row, in the validator\'s words', () => {
    expect(result.rows.slice(2)).toEqual([
      {
        row: 'closing.Bad Id',
        title: 'closing.Bad Id',
        status: 'invalid',
        reason: 'id: "closing.Bad Id" is not a phrase id: expected "<category>.<name>" in lowercase letters, digits and dashes — for example "closing.bad-id"',
      },
      {
        row: 'apology.team-typo',
        title: 'apology.team-typo',
        status: 'invalid',
        reason: expect.stringMatching(/^text: unknown placeholder \{\{ticket\.nme\}\}.*; tone: unknown tone "loud"/),
      },
    ]);
  });

  it('says that rules and playbooks are not imported', () => {
    expect(result.notes).toEqual(['1 rule not imported: only phrases are']);
  });

  it('reports a repeated id, a bad label, and files that are not bank files', () => {
    const phrase = { id: 'closing.x', category: 'closing', text: 'Bye.', tone: 'warm', length: 'short' };
    const repeated = importBankFile(JSON.stringify({ phrases: [phrase, { ...phrase, text: 'Ciao.', label: 'Line\nbreak' }, { ...phrase, text: 'Ciao.' }] }));
    expect(repeated.rows.map((r) => r.reason)).toEqual([
      undefined,
      'label: expected a one-line title, found the string "Line\\nbreak"',
      'id: another phrase earlier in this file already has the id "closing.x"',
    ]);
    expect(importBankFile('{"rules": []}').problem).toEqual({ message: 'expected a Composure bank file: {"phrases": [ … ]}; found an object with the key "rules"' });
    expect(importBankFile('{"phrases": {}}').problem).toEqual({ message: '"phrases" should be a list [ … ] of phrase objects; found an object' });
    expect(importBankFile('{"phrases": []}').problem).toEqual({ message: 'the file holds no phrases (the "phrases" list is empty)' });
  });
});

describe('importBankFile, YAML', () => {
  const result = importBankFile(fixture('bank-export.yaml'));

  it('reads a non-English bank kept in YAML: block text with its line break, labels, lists in flow style', () => {
    expect(result.problem).toBeUndefined();
    expect(result.phrases.map((p) => [p.id, p.label, p.text])).toEqual([
      ['empathy.team-verstehe-sie', 'Ärger verstehen (DE)', 'Ich verstehe Ihren Ärger, {{ticket.requester.first_name}} – das hätte nicht passieren dürfen.'],
      ['delay-update.team-japanese-follow-up', '配送状況の確認', '配送業者に確認いたします。\n{{fill:date}}までにご連絡いたします。'],
      ['closing.team-arabic-thanks', undefined, 'شكرًا لصبرك، {{ticket.requester.first_name}}.'],
    ]);
    expect(result.phrases[0]).toMatchObject({ moods: ['frustrated', 'angry'], triggers: ['unverschämt', 'schon wieder'], situations: [] });
  });

  it('checks each phrase as the JSON reader does', () => {
    expect(result.rows[3]).toMatchObject({ row: 'closing.team-typo', status: 'invalid', reason: expect.stringMatching(/^text: unknown placeholder \{\{ticket\.requester\.fist_name\}\}/) });
  });

  it('reports a broken YAML file with the line and column at fault, and imports nothing', () => {
    expect(importBankFile(fixture('bad-syntax.yaml'))).toEqual({
      phrases: [],
      rows: [],
      problem: { message: 'not valid YAML: a quoted text starts here with " and is never closed', line: 4, column: 11 },
      notes: [],
    });
  });

  it('tells YAML from JSON by the name when given, else by the text', () => {
    expect(bankFormatOfName('team.YML')).toBe('yaml');
    expect(bankFormatOfName('team.yaml')).toBe('yaml');
    expect(bankFormatOfName('team.json')).toBe('json');
    expect(bankFormatOfName('team.txt')).toBeUndefined();
    expect(bankFormatOfText('\uFEFF  {"phrases": []}')).toBe('json');
    expect(bankFormatOfText('# bank\nphrases: []')).toBe('yaml');
    // A JSON mistake is explained by the JSON reader; told it is YAML, the same text is read as YAML.
    expect(importBankFile('{"phrases": [}').problem?.message).toMatch(/^not valid JSON/);
    expect(importBankFile('{"phrases": [}', 'yaml').problem?.message).toMatch(/^not valid YAML/);
    expect(importBankFile('phrases: {}').problem).toEqual({ message: '"phrases" should be a list [ … ] of phrase objects; found an object' });
    expect(importBankFile('rules: []').problem).toEqual({ message: 'expected a Composure bank file: a top-level "phrases:" list; found an object with the key "rules"' });
  });
});
