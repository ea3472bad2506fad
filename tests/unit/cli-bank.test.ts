// @vitest-environment node
// The CLI runs in node: file system, paths relative to the working directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/cli/command';
import { commands } from '../../src/cli/commands';
import { statsCommand } from '../../src/cli/commands/stats';
import { validateCommand } from '../../src/cli/commands/validate';
import type { CliIo } from '../../src/cli/io';
import { DEFAULT_BANK_DIR, loadBankFiles } from '../../src/cli/load-bank';
import { main } from '../../src/cli/main';

const FIXTURES = resolve(__dirname, '../fixtures/banks');
/** How the CLI prints a fixture's path: relative to the working directory. */
const shown = (name: string): string => relative(process.cwd(), join(FIXTURES, name));

interface Run {
  code: number;
  out: string[];
  err: string[];
}

/** Runs a command the way `composure` does, through `main`, capturing what it prints. */
async function run(command: Command, args: string[]): Promise<Run> {
  const result: Run = { code: -1, out: [], err: [] };
  const io: CliIo = {
    out: (text) => result.out.push(...text.replace(/\n$/, '').split('\n')),
    err: (text) => result.err.push(...text.replace(/\n$/, '').split('\n')),
    readInput: () => {
      throw new Error('bank commands read files, not standard input');
    },
  };
  result.code = await main([command.name, ...args], io);
  return result;
}

// One broken fixture per kind of mistake, and the exact `file: id: field` each must be reported at.
const BROKEN: [fixture: string, where: string][] = [
  ['json-syntax-error.json', ':6:7: JSON'],
  ['duplicate-key.json', ':18:7: JSON'],
  ['not-an-object.json', ': (file)'],
  ['unknown-top-level-key.json', ': rule'],
  ['entry-not-an-object.json', ': phrases[1]: (entry)'],
  ['unknown-field.json', ': empathy.hear-you: situtions'],
  ['missing-field.json', ': empathy.hear-you: text'],
  ['wrong-type.json', ': empathy.hear-you: situations'],
  ['unknown-category.json', ': empathy.hear-you: category'],
  ['unknown-situation.json', ': empathy.hear-you: situations[0]'],
  ['unknown-mood.json', ': empathy.hear-you: moods[0]'],
  ['unknown-tone.json', ': empathy.hear-you: tone'],
  ['unknown-length.json', ': empathy.hear-you: length'],
  ['unknown-severity.json', ': no-calm-down: severity'],
  ['unknown-when-field.json', ': angry-customer: when.mood'],
  ['duplicate-id.json', ': empathy.hear-you: id'],
  ['empty-text.json', ': empathy.hear-you: text'],
  ['unknown-placeholder.json', ': empathy.hear-you: text'],
  ['placeholder-wrong-case.json', ': empathy.hear-you: text'],
  ['unbalanced-braces.json', ': empathy.hear-you: text'],
  ['bad-slot-name.json', ': empathy.hear-you: text'],
  ['id-not-matching-category.json', ': closing.check-again: id'],
  ['bad-id-format.json', ': Follow-Up.Check Again: id'],
  ['bad-rule-id.json', ': No Calm Down: id'],
  ['bad-trigger.json', ': empathy.hear-you: triggers[1]'],
  ['empty-trigger.json', ': empathy.hear-you: triggers[1]'],
  ['empty-patterns.json', ': no-calm-down: patterns'],
  ['empty-alternatives.json', ': no-calm-down: alternatives'],
  ['empty-steps.json', ': angry-customer: steps'],
  ['missing-alternative-phrase.json', ': no-calm-down: alternatives[0]'],
  ['rule-flags-own-phrase.json', ': no-calm-down: patterns'],
];

describe('composure validate --team', () => {
  const team = (name: string) => relative(process.cwd(), resolve(__dirname, '../fixtures/team-banks', name));

  it('checks a team file over the built-in bank, as the extension does: its rules may name built-in phrases', async () => {
    const file = team('names-builtin.json');
    expect(await run(validateCommand, ['--team', file])).toEqual({
      code: 0,
      out: [`${file} as a team bank over the built-in one: 1 phrase, 1 rule, 0 playbooks: 0 errors, 0 warnings`],
      err: [],
    });
    // Alone, the same file names a phrase it does not hold.
    const alone = await run(validateCommand, [file]);
    expect(alone.code).toBe(1);
    expect(alone.out[0]).toContain('alternatives[0]: error: no phrase has the id "empathy.waiting-long"');
  });

  it('reads YAML, and refuses a team rule that flags a built-in phrase, naming both', async () => {
    const file = team('flags-builtin.yaml');
    const { code, out } = await run(validateCommand, ['--team', file]);
    expect(code).toBe(1);
    expect(out[0]).toMatch(new RegExp(`^${file}: team-no-wear-down: patterns: error: flags the bank's own phrase "empathy\\.waiting-long"`));
    expect(out[1]).toBe(`${file} as a team bank over the built-in one: 0 phrases, 1 rule, 0 playbooks: 1 error, 0 warnings`);
  });

  it('says where a YAML file is broken, and takes exactly one file', async () => {
    const file = team('broken.yaml');
    const { code, out } = await run(validateCommand, ['--team', file]);
    expect(code).toBe(1);
    expect(out).toEqual([`${file}:4:1: YAML: error: Flow sequence in block collection must be sufficiently indented and end with a ]`, `${file}: not usable as a team bank`]);
    expect((await run(validateCommand, ['--team'])).err).toEqual(['composure validate: --team checks one file: composure validate --team FILE']);
  });
});

describe('composure validate', () => {
  it.each(BROKEN)('%s: reports exactly one error, at%s, and exits 1', async (fixture, where) => {
    const { code, out } = await run(validateCommand, [join(FIXTURES, fixture)]);
    expect(code).toBe(1);
    expect(out).toHaveLength(2);
    expect(out[0]!.startsWith(`${shown(fixture)}${where}: error: `)).toBe(true);
    expect(out[1]).toMatch(/^1 file, \d+ phrases?, \d+ rules?, \d+ playbooks?: 1 error, 0 warnings$/);
  });

  it('passes the valid fixture with no output but the summary, exit 0', async () => {
    const { code, out, err } = await run(validateCommand, [join(FIXTURES, 'valid.json')]);
    expect({ code, out, err }).toEqual({ code: 0, out: ['1 file, 2 phrases, 1 rule, 1 playbook: 0 errors, 0 warnings'], err: [] });
  });

  it('reads a directory as one bank: every file, counted in the summary', async () => {
    const { code, out } = await run(validateCommand, [FIXTURES]);
    expect(code).toBe(1);
    expect(out.at(-1)).toMatch(new RegExp(`^${BROKEN.length + 1} files, .*: \\d+ errors, \\d+ warnings$`));
    // Merged, the fixtures repeat each other's ids: every broken file is reported, the valid one for duplicates.
    for (const [fixture] of BROKEN) expect(out.some((line) => line.startsWith(`${shown(fixture)}:`))).toBe(true);
    expect(out).toContain(
      `${shown('valid.json')}: empathy.hear-you: id: error: duplicate: another phrase in ${shown('bad-id-format.json')} already has the id "empathy.hear-you"; ids must be unique`,
    );
  });

  it('gives the message a team lead needs, not just the place', async () => {
    const { out } = await run(validateCommand, [join(FIXTURES, 'unknown-situation.json'), join(FIXTURES, 'json-syntax-error.json')]);
    expect(out).toContain(
      `${shown('unknown-situation.json')}: empathy.hear-you: situations[0]: error: unknown situation "shipping"; expected one of "delivery", "refund", "faulty", "billing", "discount", "cancellation", "unavailable", "technical", "waiting", "escalation" or "complaint"`,
    );
    expect(out).toContain(`${shown('json-syntax-error.json')}:6:7: JSON: error: missing comma: expected ',' or '}' after the property value, found '"'`);
  });

  it('treats a path that does not exist, and an unknown option, as usage errors (exit 2)', async () => {
    expect(await run(validateCommand, ['no/such/bank.json'])).toEqual({ code: 2, out: [], err: ['composure validate: no such file or directory: no/such/bank.json'] });
    expect(await run(statsCommand, ['--strict'])).toEqual({ code: 2, out: [], err: ['composure stats: unknown option "--strict"; known: --json'] });
  });

  it('is registered as a composure command', () => {
    expect(commands).toContain(validateCommand);
    expect(commands).toContain(statsCommand);
  });
});

describe('composure stats', () => {
  it('prints the bankStats object with --json', async () => {
    const { code, out } = await run(statsCommand, ['--json', join(FIXTURES, 'valid.json')]);
    expect(code).toBe(0);
    const stats = JSON.parse(out.join('\n'));
    expect(stats).toMatchObject({ phrases: 2, rules: 1, rulesWithAlternatives: 1, playbooks: 1 });
    expect(stats.categories).toMatchObject({ empathy: 1, 'follow-up': 1, apology: 0 });
    expect(stats.situations).toMatchObject({ delivery: 1, refund: 0 });
    expect(stats.moods).toEqual({ calm: 0, frustrated: 1, angry: 0 });
  });

  it('prints readable counts, and notes on stderr when broken entries were left out', async () => {
    const valid = await run(statsCommand, [join(FIXTURES, 'valid.json')]);
    expect(valid.out.slice(0, 3)).toEqual(['phrases: 2', 'rules: 1 (1 with alternatives)', 'playbooks: 1']);
    expect(valid.out).toContain('  empathy                1');
    expect(valid.err).toEqual([]);
    const broken = await run(statsCommand, [join(FIXTURES, 'unknown-tone.json')]);
    expect(broken.out[0]).toBe('phrases: 1');
    expect(broken.err).toEqual(['note: the bank has 1 error; entries with errors are not counted (run composure validate)']);
  });
});

describe('loadBankFiles', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('defaults to our phrasebank/, found from the module, not the working directory', () => {
    expect(resolve(DEFAULT_BANK_DIR)).toBe(resolve(__dirname, '../../phrasebank'));
  });

  it('reads *.json recursively, skips signals/ and schema/, and captures syntax errors as problems', () => {
    dir = mkdtempSync(join(tmpdir(), 'composure-bank-'));
    for (const sub of ['phrases', 'signals', 'schema', '.hidden']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'phrases', 'empathy.json'), '{"phrases": []}');
    writeFileSync(join(dir, 'rules.json'), '{"rules": [}');
    writeFileSync(join(dir, 'signals', 'lexicon.json'), '{"words": []}');
    writeFileSync(join(dir, 'schema', 'bank.schema.json'), '{}');
    writeFileSync(join(dir, '.hidden', 'x.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), 'not a bank');
    const loaded = loadBankFiles([dir], dir);
    expect(loaded.fileNames).toEqual([join('phrases', 'empathy.json'), 'rules.json']);
    expect(loaded.files).toEqual([{ fileName: join('phrases', 'empathy.json'), data: { phrases: [] } }]);
    expect(loaded.problems).toEqual([
      { file: 'rules.json', field: 'JSON', severity: 'error', line: 1, column: 12, message: "unexpected '}' where a value was expected" },
    ]);
  });

  it('reports a directory with no bank file', () => {
    dir = mkdtempSync(join(tmpdir(), 'composure-bank-'));
    expect(loadBankFiles([dir], dir).problems).toEqual([
      { file: relative(dir, dir) || dir.split(/[\\/]/).pop(), field: '(directory)', severity: 'error', message: 'no bank files (*.json) found here' },
    ]);
  });
});
