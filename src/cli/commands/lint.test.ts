import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, type CliIo } from '../io';
import { lintCommand } from './lint';

const dir = mkdtempSync(join(tmpdir(), 'composure-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content: unknown): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content));
  return full;
}

const bank = join(dir, 'bank');
write('bank/avoid-rules.json', {
  rules: [
    {
      id: 'not-my-job',
      patterns: ["that's not my job"],
      severity: 'error',
      why: 'It tells the customer they are on their own.',
      alternatives: ['ownership.on-it', 'Let me find the right person for this.'],
    },
    { id: 'no-problem', patterns: ['no problem'], severity: 'info', why: 'Can sound like it was a bother.', alternatives: ['Happy to help.'] },
  ],
});
write('bank/ownership.json', {
  phrases: [
    {
      id: 'ownership.on-it',
      category: 'ownership',
      text: "I'll take this on myself,\n{{ticket.requester.first_name}}.",
      situations: [],
      moods: [],
      triggers: [],
      tone: 'warm',
      length: 'short',
    },
  ],
});

function capture(stdin = ''): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    readInput: (file) => (file === '-' ? stdin : readFileSync(file, 'utf8')),
  };
}

const draft = 'Hi,\n> that is not my job\nWell, thats NOT my job 😀 that’s not my job. No problem!\n';

describe('composure lint', () => {
  it('prints one line per finding with position, severity, rule, text found, why and alternatives; exits 1', async () => {
    const io = capture();
    const code = await lintCommand.run(['--bank', bank, write('draft.txt', draft)], io);
    expect(io.stdout).toEqual([
      `3:7  error  not-my-job  "thats NOT my job"  — It tells the customer they are on their own.  → I'll take this on myself. | Let me find the right person for this.`,
      `3:26  error  not-my-job  "that’s not my job"  — It tells the customer they are on their own.  → I'll take this on myself. | Let me find the right person for this.`,
      `3:45  info  no-problem  "No problem"  — Can sound like it was a bother.  → Happy to help.`,
      '3 lines to avoid: 2 errors, 1 info',
    ]);
    expect(code).toBe(1);
  });

  it('reads the draft from standard input with -', async () => {
    const io = capture("that's not my job");
    expect(await lintCommand.run(['--bank', bank, '-'], io)).toBe(1);
    expect(io.stdout[0]).toMatch(/^1:1 {2}error {2}not-my-job/);
  });

  it('exits 0 when only info findings or none are found', async () => {
    const info = capture('No problem at all.');
    expect(await lintCommand.run(['--bank', bank, '-'], info)).toBe(0);
    expect(info.stdout.at(-1)).toBe('1 line to avoid: 1 info');
    const clean = capture('Happy to help.');
    expect(await lintCommand.run(['--bank', bank, '-'], clean)).toBe(0);
    expect(clean.stdout).toEqual(['No lines to avoid.']);
  });

  it('--json prints the findings array with offsets into the draft and alternatives as stored', async () => {
    const io = capture(draft);
    expect(await lintCommand.run(['--json', '--bank', bank, '-'], io)).toBe(1);
    const findings = JSON.parse(io.stdout.join('\n'));
    expect(findings).toHaveLength(3);
    expect(findings[0]).toEqual({
      start: 31,
      end: 47,
      ruleId: 'not-my-job',
      found: 'thats NOT my job',
      why: 'It tells the customer they are on their own.',
      severity: 'error',
      alternatives: ["I'll take this on myself,\n{{ticket.requester.first_name}}.", 'Let me find the right person for this.'],
    });
    for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.found);
  });

  it('checks against the bundled phrase bank by default', async () => {
    const io = capture('Please calm down, that is not my job.');
    expect(await lintCommand.run(['-'], io)).toBe(1);
    const output = io.stdout.join('\n');
    expect(output).toMatch(/calm down/);
    expect(output).toMatch(/not my job/);
  });

  it('names a malformed rules file and where it breaks', () => {
    const broken = write('broken/avoid-rules.json', '{ "rules": [ { "id": "x", } ] }');
    expect(() => lintCommand.run(['--bank', broken, '-'], capture('hi'))).toThrow(/avoid-rules\.json:1:\d+/);
    const wrongShape = write('shape/avoid-rules.json', '[1, 2]');
    expect(() => lintCommand.run(['--bank', wrongShape, '-'], capture('hi'))).toThrow(/shape[\\/]avoid-rules\.json/);
  });

  it('refuses a bank with no usable rules', () => {
    expect(() => lintCommand.run(['--bank', join(bank, 'ownership.json'), '-'], capture('hi'))).toThrow(/no usable avoid-rules/);
  });

  it('warns about rules with errors and still runs the good ones', async () => {
    const mixed = write('mixed/avoid-rules.json', {
      rules: [
        { id: 'calm-down', patterns: ['calm down'], severity: 'error', why: 'Dismisses feelings.', alternatives: ['I hear you.'] },
        { id: 'bad', patterns: [], severity: 'loud', why: '', alternatives: [] },
      ],
    });
    const io = capture('Please calm down.');
    expect(await lintCommand.run(['--bank', mixed, '-'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/warning: \d+ error\(s\) in .*mixed[\\/]avoid-rules\.json/);
    expect(io.stdout[0]).toContain('calm-down');
  });

  it('rejects bad usage with a clear message', () => {
    const io = capture();
    expect(() => lintCommand.run([], io)).toThrow(UsageError);
    expect(() => lintCommand.run(['--bank'], io)).toThrow(/--bank needs a file or directory/);
    expect(() => lintCommand.run(['--fix', 'x'], io)).toThrow(/unknown option "--fix"/);
    expect(() => lintCommand.run(['a.txt', 'b.txt'], io)).toThrow(/one draft at a time/);
    expect(() => lintCommand.run(['--bank', bank, join(dir, 'nope.txt')], io)).toThrow(/cannot read the draft ".*nope\.txt"/);
  });
});
