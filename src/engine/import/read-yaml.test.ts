// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readYaml } from './read-yaml';

describe('readYaml', () => {
  it('reads a bank written in YAML, non-English text and a byte-order mark included', () => {
    expect(readYaml('\uFEFF# team bank\nphrases:\n  - text: |-\n      Hallo,\n      danke für Ihre Geduld.\n    label: 退款确认\n')).toEqual({
      data: { phrases: [{ text: 'Hallo,\ndanke für Ihre Geduld.', label: '退款确认' }] },
    });
  });

  it('points an unclosed quote at where it was opened, not at the end of the file where the parser notices', () => {
    const text = ['phrases:', "  - text: I'm here for you.", '    label: "Sorry', '  - text: Bye.', '    tone: warm', ''].join('\n');
    expect(readYaml(text)).toEqual({ problem: { message: 'not valid YAML: a quoted text starts here with " and is never closed', line: 3, column: 12 } });
    expect(readYaml("phrases:\n  - label: 'it''s late\n  - text: x\n")).toEqual({
      problem: { message: "not valid YAML: a quoted text starts here with ' and is never closed", line: 2, column: 12 },
    });
  });

  it('reports other syntax errors with their line and column, in plain words where the parser speaks of its API', () => {
    expect(readYaml('phrases:\n  - id: a\n   text: b\n')).toEqual({
      problem: { message: 'not valid YAML: Sequence item without - indicator', line: 3, column: 1 },
    });
    expect(readYaml('phrases: []\nphrases: []\n')).toEqual({ problem: { message: 'not valid YAML: the same key is written twice in one object', line: 2, column: 1 } });
    expect(readYaml('phrases: []\n---\nphrases: []\n')).toEqual({
      problem: { message: 'not valid YAML: the file holds several YAML documents (separated by "---"); a bank file is one', line: 2, column: 1 },
    });
    expect(readYaml('\tphrases: []\n')).toMatchObject({ problem: { message: 'not valid YAML: a tab is used to indent; YAML indents with spaces only', line: 1 } });
  });

  it('says an empty file is empty, and refuses aliases that expand without end or point at nothing', () => {
    expect(readYaml(' \n\n')).toEqual({ problem: { message: 'the file is empty' } });
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(readYaml(laughs)).toMatchObject({ problem: { message: expect.stringMatching(/^not usable YAML: .*alias/i) } });
    expect(readYaml('a: *nowhere\n')).toMatchObject({ problem: { message: expect.stringMatching(/^not usable YAML: Unresolved alias/) } });
  });
});
