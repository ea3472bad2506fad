// @vitest-environment node
// `composure import`: the preview it prints, the bank file it writes, and that a bad file writes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { UsageError, type CliIo } from '../../src/cli/io';
import { loadBank } from '../../src/cli/load-bank';
import { validateBank } from '../../src/engine/bank';
import { importBankFile } from '../../src/engine/import';

const FIXTURES = resolve(__dirname, '../fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);
const dir = mkdtempSync(join(tmpdir(), 'composure-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let outputs = 0;
const freshOut = () => join(dir, `out-${++outputs}.json`);

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(args: string[], stdin = ''): Promise<Run> {
  const result: Run = { code: -1, out: [], err: [] };
  const io: CliIo = {
    out: (text) => result.out.push(...text.replace(/\n$/, '').split('\n')),
    err: (text) => result.err.push(...text.replace(/\n$/, '').split('\n')),
    readInput: (file) => (file === '-' ? stdin : readFileSync(file, 'utf8')),
  };
  result.code = await importCommand.run(args, io);
  return result;
}

describe('composure import --from zendesk', () => {
  const out = freshOut();

  it('prints the counts, the invalid rows with reasons and the notes, writes the phrases, and exits 1', async () => {
    const { code, out: lines } = await run(['--from', 'zendesk', fixture('zendesk-macros.json'), '-o', out]);
    expect(lines).toEqual([
      `${fixture('zendesk-macros.json')}: 10 Zendesk macros`,
      '  new            6',
      '  changed        0',
      '  duplicate      1',
      '  invalid        3',
      'Invalid (not imported):',
      '  360003 "Escalate to Tier 2": no reply text: the macro has no comment_value_html or comment_value action (it only sets "group_id", "priority")',
      '  360008 "VIP greeting": uses Liquid logic ({% if ticket.requester.tags c…), which Composure cannot run: rewrite it as plain text',
      `  360010 "Stock apology": contains a line to avoid: "any inconvenience this may have caused" (rule stock-apology); reword it, since the bank's rules would flag it`,
      'Notes:',
      '  360001 "Billing::Refund issued" → new reassurance.imported-billing-refund-issued: dropped the Liquid filter in {{ticket.requester.first_name | capitalize}}; {{dc.refund_amount}} has no equivalent: it became {{fill:refund_amount}}, for the agent to fill in',
      '  360004 "Retour – Rückerstattung (DE)" → new reassurance.imported-retour-ruckerstattung-de: inactive in Zendesk',
      '  360009 "Refund issued (copy)" → duplicate: same text as "reassurance.imported-billing-refund-issued"',
      `Wrote 6 phrases to ${out} (6 new or changed).`,
    ]);
    expect(code).toBe(1);
  });

  it('writes a bank file in our format that reads back whole and joins the bundled bank without errors', () => {
    const written = readFileSync(out, 'utf8');
    const back = importBankFile(written);
    expect(back.rows.map((r) => r.status)).toEqual(Array(6).fill('new'));
    expect(back.phrases.find((p) => p.id === 'reassurance.imported-row-360005')).toMatchObject({ label: '退款确认' });
    const { problems } = validateBank([...loadBank().files, { fileName: out, data: { phrases: back.phrases } }]);
    expect(problems.filter((p) => p.severity === 'error' && p.file === out)).toEqual([]);
  });

  it('finds everything already there when run again, and leaves OUT as it was', async () => {
    const before = readFileSync(out, 'utf8');
    const again = await run(['--from', 'zendesk', fixture('zendesk-macros.json'), '-o', out]);
    expect(again.out.slice(1, 5)).toEqual(['  new            0', '  changed        0', '  duplicate      7', '  invalid        3']);
    expect(again.out.at(-1)).toBe(`Nothing new or changed: ${out} left as it was.`);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('adds to OUT on a later import of another file, keeping what it held', async () => {
    const { code } = await run(['--from', 'zendesk', fixture('zendesk-paged.json'), '-o', out]);
    expect(code).toBe(0);
    expect(importBankFile(readFileSync(out, 'utf8')).phrases).toHaveLength(9);
  });
});

describe('composure import: other sources', () => {
  it('names CSV rows by line, reads standard input with -, and --dry-run writes nothing', async () => {
    const out = freshOut();
    const csv = readFileSync(fixture('canned-responses.csv'), 'utf8');
    const { code, out: lines } = await run(['--from', 'csv', '-', '-o', out, '--dry-run'], csv);
    expect(lines).toContain('  line 9 "Too many": has 5 values but the header has 4 columns: a value holding a comma must be in double quotes');
    expect(lines.at(-1)).toBe('Dry run: nothing written.');
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('imports Freshdesk canned responses', async () => {
    const out = freshOut();
    const { out: lines } = await run(['--from', 'freshdesk', fixture('freshdesk-canned.json'), '-o', out]);
    expect(lines.slice(1, 5)).toEqual(['  new            3', '  changed        0', '  duplicate      0', '  invalid        2']);
    expect(importBankFile(readFileSync(out, 'utf8')).phrases.map((p) => p.label)).toEqual(['Damaged item', 'Refund timeline', "Demande d'informations"]);
  });
});

describe('composure import: what it refuses, writing nothing', () => {
  it.each([
    ['zendesk', 'bad-syntax.json', `bad-syntax.json:4:15: not valid JSON: missing comma: expected ',' or '}' after the property value, found '"' — nothing imported`],
    ['zendesk', 'empty.json', 'empty.json: the file is empty — nothing imported'],
    ['zendesk', 'wrong-shape.json', 'wrong-shape.json: expected Zendesk macros: {"macros": [ … ]} as /api/v2/macros.json returns them, or a list of such pages; found an object with the keys "tickets", "count" — nothing imported'],
    ['freshdesk', 'zendesk-macros.json', 'it looks like Zendesk macros, import it as those — nothing imported'],
    ['csv', 'bad-header.csv', 'bad-header.csv:1:1: the header (line 1) reads "name,body": unknown column "name"'],
    ['csv', 'unclosed-quote.csv', 'unclosed-quote.csv:3:8: the quote opened at line 3, column 8 is never closed'],
  ])('--from %s %s', async (source, name, message) => {
    const out = freshOut();
    await expect(run(['--from', source, fixture(name), '-o', out])).rejects.toThrow(UsageError);
    await expect(run(['--from', source, fixture(name), '-o', out])).rejects.toThrow(message);
    expect(existsSync(out)).toBe(false);
  });

  it('does not overwrite an OUT that is not a bank file it can add to', async () => {
    const out = join(dir, 'notes.json');
    writeFileSync(out, '{"todo": ["write macros"]}');
    await expect(run(['--from', 'zendesk', fixture('zendesk-paged.json'), '-o', out])).rejects.toThrow(
      `${out}: expected a Composure bank file: {"phrases": [ … ]}; found an object with the key "todo"; it is not a bank file this import can add to — choose another -o`,
    );
    expect(readFileSync(out, 'utf8')).toBe('{"todo": ["write macros"]}');
  });

  it.each([
    [[fixture('zendesk-paged.json'), '-o', 'x.json'], 'where from? Give --from zendesk|freshdesk|csv|bank'],
    [['--from', 'intercom', fixture('zendesk-paged.json'), '-o', 'x.json'], 'unknown source "intercom"; expected one of zendesk, freshdesk, csv, bank'],
    [['--from', 'zendesk', fixture('zendesk-paged.json')], 'where to? Give -o FILE for the bank file to write, or --dry-run to only preview'],
    [['--from', 'zendesk', '-o', 'x.json'], 'which file? Give the export to import, or - to read standard input'],
    [['--from', 'zendesk', join(dir, 'missing.json'), '--dry-run'], `cannot read "${join(dir, 'missing.json')}"`],
    [['--from', 'zendesk', 'a.json', '--force'], 'unknown option "--force"'],
  ])('%j → %s', async (args, message) => {
    await expect(run(args)).rejects.toThrow(message);
  });
});
