import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { analyzeCommand } from './analyze';

function io(stdin: string, files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readInput: (file) => {
      if (file === '-') return stdin;
      if (file in files) return files[file]!;
      throw new Error(`ENOENT: no such file '${file}'`);
    },
  };
  return { value, out, err };
}

describe('composure analyze', () => {
  it('answers one JSON line per input line and reports bad lines by number without stopping', async () => {
    const run = io(
      [
        '{"id":"a","text":"you charged me twice, this is ridiculous"}',
        'not json',
        '',
        '{"id":"b"}',
        '{"id":"c","text":"thanks, all good"}',
      ].join('\n'),
    );
    expect(await analyzeCommand.run([], run.value)).toBe(2);
    expect(run.out.map((l) => JSON.parse(l))).toEqual([
      { id: 'a', situations: [{ id: 'billing', score: expect.any(Number) }], mood: 'frustrated', abusive: false },
      { id: 'c', situations: [], mood: 'calm', abusive: false },
    ]);
    expect(run.err).toHaveLength(2);
    expect(run.err[0]).toMatch(/^line 2: not valid JSON/);
    expect(run.err[1]).toBe('line 4: "text" must be a string');
  });

  it('prints a readable analysis of one text with its evidence', async () => {
    const run = io('', { 'ticket.txt': 'Where is my parcel?? You idiots lost it.' });
    expect(await analyzeCommand.run(['ticket.txt'], run.value)).toBe(0);
    const text = run.out.join('\n');
    expect(text).toContain('delivery');
    expect(text).toContain('"Where is my parcel" (0–18)');
    expect(text).toMatch(/Abusive: yes\n {2}"idiots"/);
  });

  it('explains a file it cannot read', () => {
    expect(() => analyzeCommand.run(['missing.txt'], io('').value)).toThrow(UsageError);
    expect(() => analyzeCommand.run(['missing.txt'], io('').value)).toThrow(/cannot read missing\.txt/);
  });
});
