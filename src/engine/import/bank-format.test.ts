// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBankFile } from './bank-format';

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
