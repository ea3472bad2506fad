import { describe, expect, it } from 'vitest';
import { readAbuseRows, readEmotionRows, readSituationRows } from './dataset';

describe('dataset readers', () => {
  it('keep valid rows with their line index and report the others by line', () => {
    const { rows, problems } = readSituationRows([
      { line: 0, value: { id: 'b-1', text: 'refund please', situation: 'refund', abusive: false } },
      { line: 1, value: { text: 'hi', situation: null, abusive: true } },
      { line: 2, value: { id: 'b-3', text: 'x', situation: 'lost', abusive: false } },
      { line: 3, value: ['not', 'an', 'object'] },
      { line: 4, value: { id: 'b-5', text: 'x', situation: null } },
    ]);
    expect(rows).toEqual([
      { line: 0, id: 'b-1', text: 'refund please', situation: 'refund', abusive: false },
      { line: 1, id: 'line-2', text: 'hi', situation: null, abusive: true },
    ]);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems[0]!.message).toContain('"situation" must be null or one of');
  });

  it('read emotion and abuse rows', () => {
    expect(readEmotionRows([{ line: 7, value: { id: 'g', text: 't', emotion: 'angry' } }]).rows).toEqual([
      { line: 7, id: 'g', text: 't', emotion: 'angry' },
    ]);
    expect(readEmotionRows([{ line: 0, value: { text: 't', emotion: 'sad' } }]).problems).toHaveLength(1);
    expect(readAbuseRows([{ line: 0, value: { text: 't', abusive: 'yes' } }]).problems[0]!.message).toBe(
      '"abusive" must be true or false',
    );
  });
});
