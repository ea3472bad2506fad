// @vitest-environment node
// `composure import` with YAML bank files: read by extension or content, written by the extension of -o.
// (The other sources and the preview it prints are tested in tests/unit/cli-import.test.ts.)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBankFile } from '../../engine/import';
import type { CliIo } from '../io';
import { importCommand } from './import';

const fixture = (name: string) => resolve(__dirname, '../../../tests/fixtures/import', name);
const dir = mkdtempSync(join(tmpdir(), 'composure-import-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(...text.replace(/\n$/, '').split('\n')),
    err: () => {},
    readInput: (file) => (file === '-' ? stdin : readFileSync(file, 'utf8')),
  };
  return { code: await importCommand.run(args, io), out };
}

describe('composure import --from bank, YAML', () => {
  it('reads a .yaml bank and writes YAML to a .yaml OUT, which reads back as the same phrases', async () => {
    const out = join(dir, 'team.yaml');
    const { code, out: lines } = await run(['--from', 'bank', fixture('bank-export.yaml'), '-o', out]);
    expect(lines.slice(1, 5)).toEqual(['  new            3', '  changed        0', '  duplicate      0', '  invalid        1']);
    expect(code).toBe(1);
    const written = readFileSync(out, 'utf8');
    expect(written).toMatch(/^# Composure phrases/);
    expect(importBankFile(written, 'yaml').phrases).toEqual(importBankFile(readFileSync(fixture('bank-export.yaml'), 'utf8')).phrases.slice(0, 3));
  });

  it('adds to a YAML OUT on the next run: what it holds is read as YAML, and nothing is duplicated', async () => {
    const out = join(dir, 'team.yml');
    await run(['--from', 'bank', fixture('bank-export.yaml'), '-o', out]);
    const before = readFileSync(out, 'utf8');
    const again = await run(['--from', 'bank', fixture('bank-export.yaml'), '-o', out]);
    expect(again.out.slice(1, 5)).toEqual(['  new            0', '  changed        0', '  duplicate      3', '  invalid        1']);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('writes JSON to a .json OUT, and reads YAML from standard input by its content', async () => {
    const out = join(dir, 'team.json');
    await run(['--from', 'bank', '-', '-o', out], readFileSync(fixture('bank-export.yaml'), 'utf8'));
    expect(JSON.parse(readFileSync(out, 'utf8')).phrases.map((p: { id: string }) => p.id)).toEqual([
      'empathy.team-verstehe-sie',
      'delay-update.team-japanese-follow-up',
      'closing.team-arabic-thanks',
    ]);
  });

  it('refuses a broken YAML file with its line and column, writing nothing', async () => {
    const out = join(dir, 'never.yaml');
    await expect(run(['--from', 'bank', fixture('bad-syntax.yaml'), '-o', out])).rejects.toThrow(
      `${fixture('bad-syntax.yaml')}:4:11: not valid YAML: a quoted text starts here with " and is never closed — nothing imported`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('trusts the extension over the content: a .yaml file of JSON-looking text is read as YAML', async () => {
    const file = join(dir, 'flow.yaml');
    writeFileSync(file, '{phrases: [{id: closing.flow-style, category: closing, text: Bye for now., tone: warm, length: short}]}\n');
    const { code } = await run(['--from', 'bank', file, '--dry-run']);
    expect(code).toBe(0);
  });
});
