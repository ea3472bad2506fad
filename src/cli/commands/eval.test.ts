import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { UsageError } from '../io';
import { evalCommand } from './eval';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), readInput: () => '' };
  return { io, out, err };
}

describe('composure eval', () => {
  it('says clearly when the data directory is missing', () => {
    const { io } = capture();
    expect(() => evalCommand.run(['--data', '/nonexistent/eval'], io)).toThrow(UsageError);
    expect(() => evalCommand.run(['--data', '/nonexistent/eval'], io)).toThrow(/no evaluation data at/);
  });

  it('reports every task as JSON, naming bad rows by file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'composure-eval-'));
    writeFileSync(
      join(dir, 'situations.dev.jsonl'),
      '{"id":"1","text":"where is my refund","situation":"refund","abusive":false}\n{broken\n',
    );
    writeFileSync(join(dir, 'emotion.dev.jsonl'), '{"id":"2","text":"this is ridiculous","emotion":"frustrated"}\n');
    writeFileSync(join(dir, 'abuse.dev.jsonl'), '{"id":"3","text":"you idiots","abusive":true}\n');
    const { io, out, err } = capture();
    const code = await evalCommand.run(['--json', '--data', dir], io);
    const reports = JSON.parse(out.join('\n'));
    expect(reports.map((r: { name: string }) => r.name)).toEqual(['situations', 'upset', 'mood', 'abusive', 'abusive-bitext']);
    expect(reports[0].metrics.all.total).toBe(1);
    expect(err).toEqual([expect.stringMatching(/situations\.dev\.jsonl:2: not valid JSON/)]);
    expect(code).toBe(1); // one row per task cannot meet every target (no clean Bitext row, for one)
  });
});
